// Who is who on the map in May 2022, and where names and capitals go.
import type { MemberId } from '../engine';
import { hasString, memberName, t, type StringKey } from './strings';
import { byId } from '../engine';

export type Role = 'russia' | 'member' | 'nato' | 'aspirant' | 'turkey' | 'azerbaijan' | 'afghanistan' | 'other';

export const MEMBER_IDS: readonly MemberId[] = ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'];

/** NATO's thirty members in May 2022; Turkey is drawn as a rival of its own. */
const NATO = ['ALB', 'BEL', 'BGR', 'CAN', 'HRV', 'CZE', 'DNK', 'GRL', 'FRO', 'EST', 'FRA', 'DEU', 'GRC', 'HUN', 'ISL', 'ITA', 'LVA', 'LTU', 'LUX', 'MNE', 'NLD', 'MKD', 'NOR', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'GBR', 'USA'];
/** Finland and Sweden applied on 18 May 2022; Georgia, Bosnia and Herzegovina and Ukraine seek membership. */
const ASPIRANTS = ['FIN', 'SWE', 'ALA', 'GEO', 'BIH', 'UKR'];

export function roleOf(id: string): Role {
  if (id === 'RUS') return 'russia';
  if ((MEMBER_IDS as readonly string[]).includes(id)) return 'member';
  if (id === 'TUR') return 'turkey';
  if (id === 'AZE') return 'azerbaijan';
  if (id === 'AFG') return 'afghanistan';
  if (ASPIRANTS.includes(id)) return 'aspirant';
  if (NATO.includes(id)) return 'nato';
  return 'other';
}

export function isMember(id: string | null): id is MemberId {
  return id !== null && (MEMBER_IDS as readonly string[]).includes(id);
}

/** A country's name in the game's language, or its code when the map has no name for it. */
export function countryName(id: string): string {
  const key = `map.country.${id}`;
  return memberName(id) ?? (hasString(key) ? t(key) : id);
}

/**
 * Capitals renamed while the game runs, and the month from which the new name shows:
 * Nur-Sultan became Astana again on 17 September 2022, so a month shows the name the city had at its end.
 */
const RENAMED: Readonly<Record<string, { from: string; before: StringKey }>> = { KAZ: { from: '2022-09', before: 'map.capital.KAZ.before' } };

/** A capital's name in the month shown ("YYYY-MM"), or null when the map has no name for it. */
export function capitalName(id: string, month: string): string | null {
  const renamed = byId(RENAMED, id);
  if (renamed && month < renamed.from) return t(renamed.before);
  const key = `map.capital.${id}`;
  return hasString(key) ? t(key) : null;
}

type LonLat = [number, number];

/** Capitals drawn on the map: the members, Moscow, and the places the game talks about. */
export const CAPITALS: Readonly<Record<string, LonLat>> = {
  RUS: [37.62, 55.75],
  ARM: [44.51, 40.18],
  BLR: [27.56, 53.9],
  KAZ: [71.43, 51.13],
  KGZ: [74.59, 42.87],
  TJK: [68.78, 38.56],
  UKR: [30.52, 50.45],
  AZE: [49.87, 40.41],
  AFG: [69.17, 34.53],
  TUR: [32.85, 39.93],
  GEO: [44.79, 41.72],
  FIN: [24.94, 60.17],
  SWE: [18.07, 59.33],
  BIH: [18.41, 43.86],
};

export interface LabelSpec {
  id: string;
  at: LonLat;
  /** Larger is placed first and wins collisions. */
  priority: number;
  size: 'large' | 'medium' | 'small';
}

/** Name positions, hand-placed where the name reads best (not always the centroid). */
export const LABELS: readonly LabelSpec[] = [
  { id: 'RUS', at: [98, 63], priority: 100, size: 'large' },
  { id: 'KAZ', at: [67.5, 48.2], priority: 90, size: 'medium' },
  { id: 'BLR', at: [28, 53.2], priority: 90, size: 'medium' },
  { id: 'ARM', at: [45, 39.2], priority: 90, size: 'medium' },
  { id: 'KGZ', at: [75.5, 41.6], priority: 90, size: 'medium' },
  { id: 'TJK', at: [71.2, 38.9], priority: 90, size: 'medium' },
  { id: 'UKR', at: [31.5, 49.3], priority: 80, size: 'medium' },
  { id: 'TUR', at: [34.5, 39.0], priority: 75, size: 'medium' },
  { id: 'AFG', at: [65.5, 33.2], priority: 75, size: 'medium' },
  { id: 'AZE', at: [47.9, 40.75], priority: 75, size: 'small' },
  { id: 'GEO', at: [43.2, 42.4], priority: 74, size: 'small' },
  { id: 'FIN', at: [26.5, 63.5], priority: 70, size: 'small' },
  { id: 'SWE', at: [15.5, 63.2], priority: 70, size: 'small' },
  { id: 'BIH', at: [17.8, 44.3], priority: 60, size: 'small' },
  { id: 'CHN', at: [100, 36], priority: 50, size: 'medium' },
  { id: 'IND', at: [79, 22], priority: 45, size: 'medium' },
  { id: 'IRN', at: [54.5, 32.5], priority: 45, size: 'medium' },
  { id: 'MNG', at: [103, 46.5], priority: 45, size: 'medium' },
  { id: 'UZB', at: [63.5, 41.8], priority: 40, size: 'small' },
  { id: 'TKM', at: [59, 39.2], priority: 40, size: 'small' },
  { id: 'PAK', at: [69.5, 29], priority: 35, size: 'small' },
  { id: 'POL', at: [19.3, 52.1], priority: 35, size: 'small' },
  { id: 'NOR', at: [10, 61.5], priority: 30, size: 'small' },
  { id: 'DEU', at: [10.3, 51], priority: 30, size: 'small' },
  { id: 'FRA', at: [2.5, 46.8], priority: 30, size: 'small' },
  { id: 'ROU', at: [25, 45.9], priority: 30, size: 'small' },
  { id: 'SAU', at: [44.5, 24], priority: 25, size: 'small' },
  { id: 'IRQ', at: [43.5, 33.2], priority: 20, size: 'small' },
  { id: 'ESP', at: [-3.6, 40.2], priority: 20, size: 'small' },
  { id: 'ITA', at: [12.6, 42.8], priority: 20, size: 'small' },
  { id: 'GBR', at: [-1.8, 52.8], priority: 20, size: 'small' },
  { id: 'JPN', at: [138.5, 36.5], priority: 20, size: 'small' },
  { id: 'MDA', at: [28.6, 47.2], priority: 15, size: 'small' },
  { id: 'SYR', at: [38.5, 35.2], priority: 15, size: 'small' },
  { id: 'EGY', at: [29.5, 26.5], priority: 15, size: 'small' },
  { id: 'KOR', at: [127.8, 36.4], priority: 10, size: 'small' },
  { id: 'PRK', at: [126.8, 40.2], priority: 10, size: 'small' },
  { id: 'MMR', at: [96, 21.5], priority: 10, size: 'small' },
  { id: 'LVA', at: [25.6, 56.9], priority: 10, size: 'small' },
  { id: 'LTU', at: [23.9, 55.3], priority: 10, size: 'small' },
  { id: 'EST', at: [25.8, 58.7], priority: 10, size: 'small' },
];

/** Where rockets from IS-K start: northern Afghanistan, across the Panj from Tajikistan. */
export const ISK_ORIGIN: LonLat = [68.9, 36.7];
