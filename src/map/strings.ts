// The map's words are the game's translations (src/i18n), reached through i18n-link: the map's
// chunk and its painting worker carry no tables of their own and are handed the words they need.
import { i18n } from './i18n-link';

/** Every key the map reads. Each is in both translation files (test/i18n/keys.test.ts). */
export const STRING_KEYS = [
  'map.country.RUS', 'map.country.ARM', 'map.country.BLR', 'map.country.KAZ', 'map.country.KGZ', 'map.country.TJK',
  'map.country.UKR', 'map.country.AZE', 'map.country.AFG', 'map.country.TUR', 'map.country.GEO', 'map.country.FIN',
  'map.country.SWE', 'map.country.BIH', 'map.country.USA', 'map.country.USA.short', 'map.country.CHN',
  'map.country.IND', 'map.country.IRN', 'map.country.MNG', 'map.country.UZB', 'map.country.TKM', 'map.country.PAK',
  'map.country.POL', 'map.country.DEU', 'map.country.FRA', 'map.country.NOR', 'map.country.ROU', 'map.country.SAU',
  'map.country.JPN', 'map.country.IRQ', 'map.country.ESP', 'map.country.ITA', 'map.country.GBR', 'map.country.MDA',
  'map.country.SYR', 'map.country.EGY', 'map.country.KOR', 'map.country.PRK', 'map.country.MMR', 'map.country.LVA',
  'map.country.LTU', 'map.country.EST',
  'map.capital.RUS', 'map.capital.ARM', 'map.capital.BLR', 'map.capital.KAZ', 'map.capital.KAZ.before',
  'map.capital.KGZ', 'map.capital.TJK', 'map.capital.UKR', 'map.capital.AZE', 'map.capital.AFG', 'map.capital.TUR',
  'map.capital.GEO', 'map.capital.FIN', 'map.capital.SWE', 'map.capital.BIH',
  'stance.backs', 'stance.leans', 'stance.neutral', 'stance.drifts', 'stance.abandons',
  'stanceShort.backs', 'stanceShort.leans', 'stanceShort.neutral', 'stanceShort.drifts', 'stanceShort.abandons',
  'map.role.russia', 'map.role.member', 'map.role.nato', 'map.role.aspirant', 'map.role.aspirantApplied',
  'map.role.turkey', 'map.role.azerbaijan', 'map.role.afghanistan', 'map.role.usa',
  'map.label.isk', 'map.label.occupied', 'map.label.occupiedNote', 'map.label.you',
  'map.tooltip.loyalty', 'map.tooltip.stance',
  'map.legend.title', 'map.legend.stances', 'map.legend.russia', 'map.legend.nato', 'map.legend.aspirant',
  'map.legend.occupied', 'map.legend.rival', 'map.legend.toggle',
  'map.controls.zoomIn', 'map.controls.zoomOut', 'map.controls.reset', 'map.controls.wheelHint',
  'map.description', 'map.selected', 'map.event.rockets', 'map.event.offer', 'map.event.stance', 'map.loading',
] as const;

export type StringKey = (typeof STRING_KEYS)[number];

/** The text for `key` in the game's language, with {name} placeholders filled. */
export function t(key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return i18n.t(key, params);
}

export function hasString(key: string): key is StringKey {
  return (STRING_KEYS as readonly string[]).includes(key);
}

/** The member's name as the game's translations give it. */
export function memberName(id: string): string | null {
  const key = `member.nom.${id}`;
  return i18n.has(key) ? i18n.t(key) : null;
}

export const onLangChange = (listener: () => void): (() => void) => i18n.onLangChange(listener);
