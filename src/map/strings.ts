// Every word the map shows goes through `t`. The game's translations (src/i18n) win;
// this English table only fills keys they do not have yet, so nothing shows blank.
import { i18n } from './i18n-link';

const EN = {
  'map.country.RUS': 'Russia',
  'map.country.ARM': 'Armenia',
  'map.country.BLR': 'Belarus',
  'map.country.KAZ': 'Kazakhstan',
  'map.country.KGZ': 'Kyrgyzstan',
  'map.country.TJK': 'Tajikistan',
  'map.country.UKR': 'Ukraine',
  'map.country.AZE': 'Azerbaijan',
  'map.country.AFG': 'Afghanistan',
  'map.country.TUR': 'Turkey',
  'map.country.GEO': 'Georgia',
  'map.country.FIN': 'Finland',
  'map.country.SWE': 'Sweden',
  'map.country.BIH': 'Bosnia and Herzegovina',
  'map.country.USA': 'United States',
  'map.country.USA.short': 'USA',
  'map.country.CHN': 'China',
  'map.country.IND': 'India',
  'map.country.IRN': 'Iran',
  'map.country.MNG': 'Mongolia',
  'map.country.UZB': 'Uzbekistan',
  'map.country.TKM': 'Turkmenistan',
  'map.country.PAK': 'Pakistan',
  'map.country.POL': 'Poland',
  'map.country.DEU': 'Germany',
  'map.country.FRA': 'France',
  'map.country.NOR': 'Norway',
  'map.country.ROU': 'Romania',
  'map.country.SAU': 'Saudi Arabia',
  'map.country.JPN': 'Japan',
  'map.country.IRQ': 'Iraq',
  'map.country.ESP': 'Spain',
  'map.country.ITA': 'Italy',
  'map.country.GBR': 'United Kingdom',
  'map.country.MDA': 'Moldova',
  'map.country.SYR': 'Syria',
  'map.country.EGY': 'Egypt',
  'map.country.KOR': 'South Korea',
  'map.country.PRK': 'North Korea',
  'map.country.MMR': 'Myanmar',
  'map.country.LVA': 'Latvia',
  'map.country.LTU': 'Lithuania',
  'map.country.EST': 'Estonia',
  'map.capital.RUS': 'Moscow',
  'map.capital.ARM': 'Yerevan',
  'map.capital.BLR': 'Minsk',
  // Renamed back to Astana in September 2022; the game opens in May 2022.
  'map.capital.KAZ': 'Nur-Sultan',
  'map.capital.KGZ': 'Bishkek',
  'map.capital.TJK': 'Dushanbe',
  'map.capital.UKR': 'Kyiv',
  'map.capital.AZE': 'Baku',
  'map.capital.AFG': 'Kabul',
  'map.capital.TUR': 'Ankara',
  'map.capital.GEO': 'Tbilisi',
  'map.capital.FIN': 'Helsinki',
  'map.capital.SWE': 'Stockholm',
  'map.capital.BIH': 'Sarajevo',
  // The same keys as src/i18n: its words are used when present.
  'stance.backs': 'backs Moscow',
  'stance.leans': 'leans to Moscow',
  'stance.neutral': 'neutral',
  'stance.drifts': 'drifts away',
  'stance.abandons': 'abandons the alliance',
  'stanceShort.backs': 'backs',
  'stanceShort.leans': 'leans',
  'stanceShort.neutral': 'neutral',
  'stanceShort.drifts': 'drifts',
  'stanceShort.abandons': 'abandons',
  'map.role.russia': 'You: the Kremlin',
  'map.role.member': 'CSTO member',
  'map.role.nato': 'NATO member',
  'map.role.aspirant': 'Seeks to join NATO',
  'map.role.aspirantApplied': 'Applied to join NATO (May 2022)',
  'map.role.turkey': 'NATO member courting the members',
  'map.role.azerbaijan': "Armenia's adversary, armed by Moscow",
  'map.role.afghanistan': 'Taliban rule; IS-K attacks across the border',
  'map.role.usa': 'Courts members whose trust in Moscow is low',
  'map.role.other': '',
  'map.label.isk': 'IS-K',
  'map.label.occupied': 'occupied by Russia',
  'map.label.occupiedNote': 'Occupied by Russia; Ukrainian under international law',
  'map.label.you': 'you',
  'map.tooltip.loyalty': 'Loyalty {value}',
  'map.tooltip.stance': 'Stance: {value}',
  'map.legend.title': 'Map key',
  'map.legend.stances': 'CSTO members, by stance',
  'map.legend.russia': 'Russia (you)',
  'map.legend.nato': 'NATO',
  'map.legend.aspirant': 'NATO aspirant',
  'map.legend.occupied': 'Occupied by Russia',
  'map.legend.rival': 'Rival courting members',
  'map.legend.toggle': 'Map key',
  'map.controls.zoomIn': 'Zoom in',
  'map.controls.zoomOut': 'Zoom out',
  'map.controls.reset': 'Show the whole alliance',
  'map.description': 'Map of Eurasia. Tab or arrow keys move between the five members, Enter selects.',
  'map.selected': '{name} selected',
  'map.event.rockets': 'Rockets from Afghanistan hit {name}',
  'map.event.offer': '{rival} makes an offer to {name}',
  'map.event.stance': '{name} now: {value}',
  'map.loading': 'Loading the map…',
} as const;

export type StringKey = keyof typeof EN;

/** The text for `key` in the game's language, with {name} placeholders filled. */
export function t(key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  if (i18n.has(key)) return i18n.t(key, params);
  const text: string = EN[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** Every key the map has words for. */
export const STRING_KEYS = Object.keys(EN) as StringKey[];

export function hasString(key: string): key is StringKey {
  return key in EN;
}

/** The member's name as the game's translations give it, else the map's own. */
export function memberName(id: string): string | null {
  const key = `member.nom.${id}`;
  return i18n.has(key) ? i18n.t(key) : null;
}

export const onLangChange = (listener: () => void): (() => void) => i18n.onLangChange(listener);
