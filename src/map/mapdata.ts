// Everything the map draws, in asset units, computed once from the asset.
import type { GeoProjection } from 'd3-geo';
import { countryAt, countryContains, decodeMap, type MapAsset, type MapGeometry } from './asset';
import { CAPITALS, ISK_ORIGIN, LABELS, type LabelSpec } from './countries';
import { OCCUPIED_2022 } from './occupied';
import { makeProjection } from './projection';
import { hasId } from '../engine';

export interface PlacedLabel extends LabelSpec {
  x: number;
  y: number;
}

export interface MapData {
  geometry: MapGeometry;
  projection: GeoProjection;
  frame: { width: number; height: number };
  /** Occupied areas of Ukraine (unclipped; drawn clipped to Ukraine). */
  occupied: Float64Array;
  capitals: Readonly<Record<string, [number, number]>>;
  labels: readonly PlacedLabel[];
  /** Meridians and parallels every 10°, for the paper-map look. */
  graticule: Float64Array[];
  iskOrigin: [number, number];
  /** Where the word "occupied" goes: the land bridge between Donbas and Crimea. */
  occupiedLabel: [number, number];
  /** Where the off-map United States points from: the Atlantic, west of Europe. */
  atlantic: [number, number];
  /** Asset units of a [lon, lat]. */
  project(lonLat: readonly [number, number]): [number, number];
  /** ISO alpha-3 of the country drawn at [lon, lat], or null over sea. */
  pick(lon: number, lat: number): string | null;
  /** Whether a point in asset units lies in the occupied part of Ukraine. */
  isOccupied(x: number, y: number): boolean;
}

function graticule(project: (p: [number, number]) => [number, number]): Float64Array[] {
  const lines: Float64Array[] = [];
  for (let lon = -30; lon <= 190; lon += 10) {
    const line: number[] = [];
    for (let lat = 0; lat <= 80; lat += 2) line.push(...project([lon, lat]));
    lines.push(Float64Array.from(line));
  }
  for (let lat = 10; lat <= 80; lat += 10) {
    const line: number[] = [];
    for (let lon = -30; lon <= 190; lon += 2) line.push(...project([lon, lat]));
    lines.push(Float64Array.from(line));
  }
  return lines;
}

export function buildMapData(asset: MapAsset): MapData {
  const geometry = decodeMap(asset);
  const projection = makeProjection(asset.projection);
  const project = (p: readonly [number, number]): [number, number] => {
    const out = projection([p[0], p[1]]);
    return out ? [out[0], out[1]] : [NaN, NaN];
  };
  const occupied = Float64Array.from(OCCUPIED_2022.flatMap((p) => project(p)));
  const occupiedShape = { id: 'occupied', rings: [occupied], bbox: [0, 0, 0, 0] as [number, number, number, number] };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < occupied.length; i += 2) {
    x0 = Math.min(x0, occupied[i] as number); x1 = Math.max(x1, occupied[i] as number);
    y0 = Math.min(y0, occupied[i + 1] as number); y1 = Math.max(y1, occupied[i + 1] as number);
  }
  occupiedShape.bbox = [x0, y0, x1, y1];
  const capitals: Record<string, [number, number]> = {};
  for (const [id, at] of Object.entries(CAPITALS)) capitals[id] = project(at);
  const labels = LABELS.filter((label) => hasId(geometry.byId, label.id))
    .map((label) => ({ ...label, x: project(label.at)[0], y: project(label.at)[1] }))
    .sort((a, b) => b.priority - a.priority);
  return {
    geometry,
    projection,
    frame: { width: asset.width, height: asset.height },
    occupied,
    capitals,
    labels,
    graticule: graticule(project),
    iskOrigin: project(ISK_ORIGIN),
    occupiedLabel: project([35.6, 46.85]),
    atlantic: project([-12, 46]),
    project,
    pick(lon, lat) {
      const [x, y] = project([lon, lat]);
      return Number.isFinite(x) ? countryAt(geometry, x, y) : null;
    },
    isOccupied(x, y) {
      return countryContains(occupiedShape, x, y);
    },
  };
}
