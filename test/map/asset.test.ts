import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildMap } from '../../src/cli/build-map';
import type { MapAsset } from '../../src/map/asset';
import { buildMapData } from '../../src/map/mapdata';

const text = readFileSync(new URL('../../assets/map/eurasia.json', import.meta.url), 'utf8');
const asset = JSON.parse(text) as MapAsset;
const map = buildMapData(asset);

describe('the shipped map asset', () => {
  it('is at most 80 kB gzip', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(80 * 1024);
  });

  it('is what `npm run build:map` makes from world-atlas', () => {
    expect(buildMap().asset).toEqual(asset);
  });

  it('holds the members, Russia, the rivals, the aspirants and the neighbours the game names', () => {
    for (const id of ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'RUS', 'UKR', 'AZE', 'AFG', 'TUR', 'GEO', 'FIN', 'SWE', 'BIH', 'POL', 'CHN']) {
      expect(asset.countries[id], id).toBeDefined();
    }
  });
});

describe('pick: the country drawn at a place', () => {
  it.each([
    ['Crimea (Simferopol)', 34.1, 44.95, 'UKR'],
    ['Sevastopol', 33.52, 44.6, 'UKR'],
    ['Kerch', 36.45, 45.35, 'UKR'],
    ['Moscow', 37.62, 55.75, 'RUS'],
    ['Yerevan', 44.51, 40.18, 'ARM'],
    ['Dushanbe', 68.78, 38.56, 'TJK'],
    ['Bishkek', 74.59, 42.87, 'KGZ'],
    ['Minsk', 27.56, 53.9, 'BLR'],
    ['Karaganda', 73.1, 49.8, 'KAZ'],
    ['Mariupol', 37.55, 47.1, 'UKR'],
    ['Kabul', 69.17, 34.53, 'AFG'],
    ['Baku', 49.87, 40.41, 'AZE'],
    ['Ankara', 32.85, 39.93, 'TUR'],
    ['Chukotka, across the antimeridian', -172, 66.5, 'RUS'],
    ['Portugal, on the Atlantic coast', -8.0, 39.5, 'PRT'],
  ])('%s is %s', (_, lon, lat, id) => {
    expect(map.pick(lon, lat)).toBe(id);
  });

  it.each([
    ['the Black Sea', 34, 43.5],
    ['the Caspian Sea', 51, 42],
    ['the Sea of Azov', 36.5, 46.2],
    ['the Arctic Ocean', 60, 80],
  ])('%s is sea', (_, lon, lat) => {
    expect(map.pick(lon, lat)).toBeNull();
  });

  it('never draws Crimea or the occupied areas as Russia', () => {
    for (let lon = 32.6; lon <= 36.5; lon += 0.25) {
      for (let lat = 44.5; lat <= 46; lat += 0.2) expect(map.pick(lon, lat)).not.toBe('RUS');
    }
    const [x, y] = map.project([34.1, 44.95]);
    expect(map.isOccupied(x, y)).toBe(true);
    const [kx, ky] = map.project([30.52, 50.45]);
    expect(map.isOccupied(kx, ky)).toBe(false);
  });
});

/** A country's drawn area in asset units²: its polygons' outer rings less their holes. */
function drawnArea(id: string): number {
  const { arcs, asset } = map.geometry;
  const ringArea = (refs: readonly number[]) => {
    const points: number[] = [];
    for (const ref of refs) {
      const arc = arcs[ref < 0 ? ~ref : ref]!;
      const n = arc.length / 2;
      for (let j = 0; j < n; j++) {
        const p = ref < 0 ? n - 1 - j : j;
        points.push(arc[2 * p]!, arc[2 * p + 1]!);
      }
    }
    let sum = 0;
    for (let i = 0; i < points.length; i += 2) {
      const k = (i + 2) % points.length;
      sum += points[i]! * points[k + 1]! - points[k]! * points[i + 1]!;
    }
    return Math.abs(sum / 2);
  };
  return asset.countries[id]!.reduce((total, polygon) => total + polygon.reduce((sum, refs, r) => sum + (r === 0 ? 1 : -1) * ringArea(refs), 0), 0);
}

describe('small members keep recognisable borders', () => {
  const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8')) as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryCollection).features;
  it.each([['ARM', '051'], ['KGZ', '417'], ['TJK', '762']])('%s: shape detail and area kept', (id, numeric) => {
    const shape = map.geometry.byId[id];
    const source = countries.find((f) => f.id === numeric);
    expect(shape && source).toBeTruthy();
    const points = shape!.rings.reduce((sum, ring) => sum + ring.length / 2, 0);
    expect(points).toBeGreaterThanOrEqual(60);
    // The projection is equal-area: relative to Kazakhstan, drawn areas match the sphere's.
    const kaz = countries.find((f) => f.id === '398')!;
    const expected = geoArea(source!) / geoArea(kaz);
    const drawn = drawnArea(id) / drawnArea('KAZ');
    expect(Math.abs(drawn / expected - 1)).toBeLessThan(0.02);
  });
});
