// The shipped map asset (assets/map/eurasia.json) and how it is read back.
// Geometry is a topology: shared borders are stored once, as arcs, so neighbours
// stay watertight after simplification and each border is stroked once.

export interface ProjectionSpec {
  /** d3 geoConicEqualArea parameters mapping [lon, lat] to asset units. */
  parallels: [number, number];
  rotate: [number, number];
  scale: number;
  translate: [number, number];
}

export interface MapAsset {
  version: 1;
  projection: ProjectionSpec;
  /** The frame, in asset units: panning is kept inside it. */
  width: number;
  height: number;
  /** The region the map opens on: [x0, y0, x1, y1] in asset units. */
  focus: [number, number, number, number];
  /** Quantized arcs: first point absolute, then deltas, flattened as x, y, dx, dy, … */
  arcs: number[][];
  /** Arcs along the antimeridian cut: filled across, never stroked. */
  seams: number[];
  /** ISO alpha-3 → polygons → rings → arc references (a negative ref ~i is arc i reversed). */
  countries: Record<string, number[][][]>;
}

export interface CountryShape {
  id: string;
  /** Closed rings in asset units, x, y interleaved; holes are rings too (even-odd fill). */
  rings: Float64Array[];
  bbox: [number, number, number, number];
}

export interface MapGeometry {
  asset: MapAsset;
  /** Absolute arc coordinates in asset units, x, y interleaved. */
  arcs: Float64Array[];
  countries: CountryShape[];
  byId: Readonly<Record<string, CountryShape>>;
  /** Arcs used by one country (coasts) and by two (land borders). */
  coastArcs: number[];
  borderArcs: number[];
}

function decodeArc(flat: readonly number[]): Float64Array {
  const out = new Float64Array(flat.length);
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    x += flat[i] as number;
    y += flat[i + 1] as number;
    out[i] = x;
    out[i + 1] = y;
  }
  return out;
}

function ringFromArcs(arcs: readonly Float64Array[], refs: readonly number[]): Float64Array {
  let length = 0;
  for (const ref of refs) length += (arcs[ref < 0 ? ~ref : ref] as Float64Array).length - 2;
  const out = new Float64Array(length + 2);
  let k = 0;
  refs.forEach((ref, index) => {
    const arc = arcs[ref < 0 ? ~ref : ref] as Float64Array;
    const n = arc.length / 2;
    // Each arc after the first starts where the previous one ended: skip that point.
    for (let j = index === 0 ? 0 : 1; j < n; j++) {
      const p = ref < 0 ? n - 1 - j : j;
      out[k++] = arc[2 * p] as number;
      out[k++] = arc[2 * p + 1] as number;
    }
  });
  return k === out.length ? out : out.slice(0, k);
}

export function decodeMap(asset: MapAsset): MapGeometry {
  const arcs = asset.arcs.map(decodeArc);
  const uses = new Array<number>(arcs.length).fill(0);
  const countries: CountryShape[] = [];
  for (const [id, polygons] of Object.entries(asset.countries)) {
    const rings: Float64Array[] = [];
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const polygon of polygons) {
      polygon.forEach((refs) => {
        for (const ref of refs) uses[ref < 0 ? ~ref : ref]! += 1;
        const ring = ringFromArcs(arcs, refs);
        rings.push(ring);
        for (let i = 0; i < ring.length; i += 2) {
          const x = ring[i] as number, y = ring[i + 1] as number;
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
      });
    }
    countries.push({ id, rings, bbox: [x0, y0, x1, y1] });
  }
  const seams = new Set(asset.seams);
  const coastArcs: number[] = [];
  const borderArcs: number[] = [];
  uses.forEach((count, i) => {
    if (seams.has(i) || count === 0) return;
    (count === 1 ? coastArcs : borderArcs).push(i);
  });
  const byId: Record<string, CountryShape> = {};
  for (const country of countries) byId[country.id] = country;
  return { asset, arcs, countries, byId, coastArcs, borderArcs };
}

/** Even-odd point-in-polygon over all of a country's rings (holes included). */
export function countryContains(country: CountryShape, x: number, y: number): boolean {
  const [x0, y0, x1, y1] = country.bbox;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let inside = false;
  for (const ring of country.rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = ring[i] as number, yi = ring[i + 1] as number;
      const xj = ring[j] as number, yj = ring[j + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The country drawn at a point in asset units, or null over sea. */
export function countryAt(geometry: MapGeometry, x: number, y: number): string | null {
  for (const country of geometry.countries) {
    if (countryContains(country, x, y)) return country.id;
  }
  return null;
}
