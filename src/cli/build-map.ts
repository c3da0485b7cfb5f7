// Builds assets/map/eurasia.json from Natural Earth 1:50m (npm world-atlas):
// picks the countries in the Eurasia frame, gives Crimea back to Ukraine,
// projects, simplifies each shared arc once and quantizes to integer units.
// Run: npm run build:map
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { mergeArcs } from 'topojson-client';
import type { Topology, Polygon, MultiPolygon, GeometryCollection } from 'topojson-specification';
import type { MapAsset, ProjectionSpec } from '../map/asset';
import { makeProjection } from '../map/projection';
import { NAME_TO_ALPHA3, NUMERIC_TO_ALPHA3 } from './iso-codes';
import { byId } from '../engine';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE = resolve(ROOT, 'node_modules/world-atlas/countries-50m.json');
const OUT = resolve(ROOT, 'assets/map/eurasia.json');

/** Central meridian and standard parallels: Russia and Central Asia least distorted. */
const CENTRAL_MERIDIAN = 80;
const PARALLELS: [number, number] = [35, 65];
/** The frame holds these [lon, lat]: Atlantic coast to Bering Strait, Arctic islands to southern India. */
const FRAME_ANCHORS: [number, number][] = [[-9.5, 37], [-24, 64], [-170, 66], [162, 52], [77.5, 7.5], [104, 77.7], [55, 81.5]];
/** The map opens on the alliance's world: Scandinavia and Belarus to the Altai, Turkey to Afghanistan. */
const FOCUS_ANCHORS: [number, number][] = [[14, 58], [28, 68], [88, 53], [80, 40], [65, 29], [27, 37]];
/** Asset units across the frame's width; one unit is about 1.4 km. */
const FRAME_WIDTH = 8192;
/** Douglas-Peucker tolerance in asset units; finer on the small members' and neighbours' borders. */
const TOLERANCE = 1.4;
const FINE_TOLERANCE = 0.6;
/** Land is kept this far (a fraction of the frame's width) beyond the frame, so no edge shows. */
const CLIP_MARGIN = 0.02;
/** Islands smaller than this (asset units², about 2 km² each) are dropped. */
const MIN_POLYGON_AREA = 40;
const FINE_COUNTRIES = new Set(['ARM', 'KGZ', 'TJK', 'AZE', 'GEO', 'BLR', 'KAZ', 'UKR']);
/** Crimea in world-atlas sits inside Russia's multipolygon; it is Ukraine's. */
const CRIMEA_BOX = { west: 32, east: 37, south: 44, north: 46.5 };

type Point = [number, number];
type CountryGeometry = (Polygon<{ name: string }> | MultiPolygon<{ name: string }>) & { id?: string };

function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  if (!t) throw new Error('expected a quantized topology');
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx as number;
      y += dy as number;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Point;
    });
  });
}

function polygonsOf(geometry: CountryGeometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

function ringPoints(arcs: Point[][], refs: number[]): Point[] {
  const out: Point[] = [];
  refs.forEach((ref, k) => {
    const arc = arcs[ref < 0 ? ~ref : ref] as Point[];
    const points = ref < 0 ? [...arc].reverse() : arc;
    out.push(...(k === 0 ? points : points.slice(1)));
  });
  return out;
}

function bboxOf(points: Point[]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

function ringArea(points: Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [xa, ya] = points[i] as Point;
    const [xb, yb] = points[(i + 1) % points.length] as Point;
    sum += xa * yb - xb * ya;
  }
  return Math.abs(sum / 2);
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas-Peucker keeping both ends, so arcs still meet at their junctions. */
function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  const first = points[0] as Point, last = points[points.length - 1] as Point;
  if (first[0] === last[0] && first[1] === last[1]) {
    // A closed arc (an island): split at its farthest point so both halves have distinct ends.
    let far = 1, best = -1;
    points.forEach((p, i) => {
      const d = Math.hypot(p[0] - first[0], p[1] - first[1]);
      if (d > best) { best = d; far = i; }
    });
    // Collapsed to a point (an island clamped onto the margin): nothing left to draw.
    if (best <= 0) return [first, last];
    const a = simplify(points.slice(0, far + 1), tolerance);
    const b = simplify(points.slice(far), tolerance);
    return [...a, ...b.slice(1)];
  }
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() as [number, number];
    let index = -1, max = tolerance;
    for (let k = i + 1; k < j; k++) {
      const d = distanceToSegment(points[k] as Point, points[i] as Point, points[j] as Point);
      if (d > max) { max = d; index = k; }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([i, index], [index, j]);
    }
  }
  return points.filter((_, k) => keep[k] === 1);
}

function alpha3Of(geometry: CountryGeometry): string | null {
  if (geometry.id !== undefined) return byId(NUMERIC_TO_ALPHA3, geometry.id) ?? null;
  return byId(NAME_TO_ALPHA3, geometry.properties?.name) ?? null;
}

export function buildMap(): { asset: MapAsset; bytes: number; gzipBytes: number; skipped: string[] } {
  const topology = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology;
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const arcsLonLat = decodeArcs(topology);

  // The frame: a unit projection, measured on the anchors, then scaled to FRAME_WIDTH.
  const unit: ProjectionSpec = { parallels: PARALLELS, rotate: [-CENTRAL_MERIDIAN, 0], scale: 1, translate: [0, 0] };
  const anchorsAt = (spec: ProjectionSpec, anchors: [number, number][]) => bboxOf(anchors.map((a) => makeProjection(spec)(a) as Point));
  const [ux0, uy0, ux1, uy1] = anchorsAt(unit, FRAME_ANCHORS);
  const scale = FRAME_WIDTH / (ux1 - ux0);
  const spec: ProjectionSpec = {
    parallels: PARALLELS,
    rotate: [-CENTRAL_MERIDIAN, 0],
    scale: Number(scale.toFixed(4)),
    translate: [Number((-ux0 * scale).toFixed(2)), Number((-uy0 * scale).toFixed(2))],
  };
  const project = makeProjection(spec);
  const width = FRAME_WIDTH;
  const height = Math.round((uy1 - uy0) * scale);
  const focus = anchorsAt(spec, FOCUS_ANCHORS).map((v) => Math.round(v)) as [number, number, number, number];
  const inFrame = ([x0, y0, x1, y1]: [number, number, number, number]) => x1 >= 0 && x0 <= width && y1 >= 0 && y0 <= height;

  // Countries by alpha-3, Crimea moved from Russia to Ukraine (merged, so no line at Perekop).
  const countries = new Map<string, number[][][]>();
  const skipped: string[] = [];
  let crimea: number[][] | null = null;
  for (const geometry of collection.geometries as CountryGeometry[]) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const id = alpha3Of(geometry);
    if (!id) {
      const reaches = polygonsOf(geometry).some((polygon) => inFrame(bboxOf(ringPoints(arcsLonLat, polygon[0] as number[]).map((p) => project(p) as Point))));
      if (reaches) skipped.push(geometry.properties?.name ?? String(geometry.id));
      continue;
    }
    let polygons = polygonsOf(geometry);
    if (id === 'RUS') {
      polygons = polygons.filter((polygon) => {
        const [x0, y0, x1, y1] = bboxOf(ringPoints(arcsLonLat, polygon[0] as number[]));
        const isCrimea = x0 >= CRIMEA_BOX.west && x1 <= CRIMEA_BOX.east && y0 >= CRIMEA_BOX.south && y1 <= CRIMEA_BOX.north;
        if (isCrimea) crimea = polygon;
        return !isCrimea;
      });
    }
    countries.set(id, polygons);
  }
  if (!crimea) throw new Error('Crimea not found in the Russia polygon');
  const ukraine = countries.get('UKR');
  if (!ukraine) throw new Error('Ukraine missing');
  const merged = mergeArcs(topology, [
    { type: 'MultiPolygon', arcs: ukraine },
    { type: 'Polygon', arcs: crimea },
  ] as never) as unknown as { arcs: number[][][] };
  countries.set('UKR', merged.arcs);

  // Keep polygons inside the frame; drop any that straddle the projection's cut meridian.
  const cut = CENTRAL_MERIDIAN - 180;
  const nearCut = (lon: number) => ((((lon - cut) % 360) + 540) % 360) - 180;
  const kept = new Map<string, number[][][]>();
  for (const [id, polygons] of countries) {
    const inside = polygons.filter((polygon) => {
      const ring = ringPoints(arcsLonLat, polygon[0] as number[]);
      const offsets = ring.map(([lon]) => nearCut(lon));
      if (offsets.some((d) => d > -20 && d < 0) && offsets.some((d) => d >= 0 && d < 20)) return false;
      return inFrame(bboxOf(ring.map((p) => project(p) as Point)));
    });
    if (inside.length > 0) kept.set(id, inside);
  }

  // Simplify each used arc once, in projected units, then quantize.
  const fineArcs = new Set<number>();
  const usedArcs = new Set<number>();
  for (const [id, polygons] of kept) {
    for (const ring of polygons.flat()) {
      for (const ref of ring) {
        const i = ref < 0 ? ~ref : ref;
        usedArcs.add(i);
        if (FINE_COUNTRIES.has(id)) fineArcs.add(i);
      }
    }
  }
  // Clip to the frame (with a margin) by clamping: an arc stays one arc, shared borders stay
  // shared, and whatever lies outside collapses onto the margin's edge, where simplification
  // removes it.
  const margin = Math.round(width * CLIP_MARGIN);
  const clamp = ([x, y]: Point): Point => [Math.min(width + margin, Math.max(-margin, x)), Math.min(height + margin, Math.max(-margin, y))];
  const quantized = new Map<number, Point[]>();
  for (const i of usedArcs) {
    const projected = (arcsLonLat[i] as Point[]).map((p) => clamp(project(p) as Point));
    const tolerance = fineArcs.has(i) ? FINE_TOLERANCE : TOLERANCE;
    const rounded: Point[] = [];
    for (const [x, y] of simplify(projected, tolerance)) {
      const q: Point = [Math.round(x), Math.round(y)];
      const prev = rounded[rounded.length - 1];
      if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) rounded.push(q);
    }
    if (rounded.length === 1) rounded.push(rounded[0] as Point);
    quantized.set(i, rounded);
  }

  // Drop rings that simplification made too small to see.
  const finalCountries: Record<string, number[][][]> = {};
  const order: number[] = [];
  const newIndex = new Map<number, number>();
  const ids = [...kept.keys()].sort();
  for (const id of ids) {
    const polygons: number[][][] = [];
    for (const polygon of kept.get(id) as number[][][]) {
      const rings = polygon.filter((refs) => ringArea(ringPoints([...Array(topology.arcs.length)].map((_, i) => quantized.get(i) ?? []), refs)) >= MIN_POLYGON_AREA);
      if (rings.length === 0 || rings[0] !== polygon[0]) continue;
      polygons.push(rings.map((refs) => refs.map((ref) => {
        const i = ref < 0 ? ~ref : ref;
        if (!newIndex.has(i)) {
          newIndex.set(i, order.length);
          order.push(i);
        }
        const j = newIndex.get(i) as number;
        return ref < 0 ? ~j : j;
      })));
    }
    if (polygons.length > 0) finalCountries[id] = polygons;
  }

  const arcs = order.map((i) => {
    const points = quantized.get(i) as Point[];
    const flat: number[] = [];
    let px = 0, py = 0;
    for (const [x, y] of points) {
      flat.push(x - px, y - py);
      px = x;
      py = y;
    }
    return flat;
  });
  const seams = order
    .map((i, j) => ((arcsLonLat[i] as Point[]).every(([lon]) => Math.abs(lon) > 179.99) ? j : -1))
    .filter((j) => j >= 0);

  const asset: MapAsset = { version: 1, projection: spec, width, height, focus, arcs, seams, countries: finalCountries };
  const text = JSON.stringify(asset);
  return { asset, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length, skipped };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { asset, bytes, gzipBytes, skipped } = buildMap();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(asset));
  const points = asset.arcs.reduce((sum, arc) => sum + arc.length / 2, 0);
  console.log(`${OUT}: ${Object.keys(asset.countries).length} countries, ${asset.arcs.length} arcs, ${points} points`);
  console.log(`${(bytes / 1024).toFixed(1)} kB raw, ${(gzipBytes / 1024).toFixed(1)} kB gzip; frame ${asset.width}×${asset.height}`);
  if (skipped.length > 0) console.log(`no ISO code, left out: ${skipped.join(', ')}`);
}
