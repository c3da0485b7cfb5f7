// Every word the player reads comes from a translation file. Plurals go through
// Intl.PluralRules, numbers and dates through Intl, so each language reads naturally;
// month names come from the tables, in the case each sentence needs. Each language's table
// is fetched only when it is first used: a player in English never downloads Russian.

import { byId } from '../engine';
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export type Params = Readonly<Record<string, string | number>>;

type Table = Readonly<Record<string, string>>;
const LOADERS: Readonly<Record<Lang, () => Promise<{ default: Table }>>> = {
  en: () => import('./en.json'),
  ru: () => import('./ru.json'),
};
const tables: Partial<Record<Lang, Table>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** Fetches a language's table once; a failed fetch may be tried again. */
export function loadLang(next: Lang): Promise<void> {
  if (tables[next]) return Promise.resolve();
  return (loading[next] ??= LOADERS[next]().then(
    (module) => {
      tables[next] = module.default;
    },
    (error: unknown) => {
      delete loading[next];
      throw error;
    },
  ));
}

export function isLoaded(next: Lang): boolean {
  return tables[next] !== undefined;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Locales for Intl: the game's English is British. */
const LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU' };

let lang: Lang = 'en';
let plurals = new Intl.PluralRules(LOCALE.en);
let numbers = new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 1 });
const listeners = new Set<(lang: Lang) => void>();

export function currentLang(): Lang {
  return lang;
}

/** Switches to a language whose table is loaded (`loadLang`). */
export function setLang(next: Lang): void {
  if (!tables[next]) throw new Error(`the ${next} table is not loaded`);
  if (next === lang) return;
  lang = next;
  plurals = new Intl.PluralRules(LOCALE[next]);
  numbers = new Intl.NumberFormat(LOCALE[next], { maximumFractionDigits: 1 });
  for (const listener of [...listeners]) listener(next);
}

/** Hear when the language changes (the map's own labels follow it). */
export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const EMPTY: Table = {};

export function has(key: string): boolean {
  const table = tables[lang] ?? EMPTY;
  return Object.hasOwn(table, key) || Object.hasOwn(table, `${key}.other`);
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = byId(params, name);
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/**
 * The text for `key`. A key with plural forms (`key.one`, `key.few`, `key.many`,
 * `key.other`) picks its form by `params.count`. A missing key shows itself, so a
 * gap is visible in the game and caught by the key test.
 */
export function t(key: string, params: Params = {}): string {
  const table = tables[lang] ?? EMPTY;
  if (typeof params.count === 'number' && Object.hasOwn(table, `${key}.other`)) {
    const form = plurals.select(params.count);
    return fill(byId(table, `${key}.${form}`) ?? byId(table, `${key}.other`)!, params);
  }
  const text = byId(table, key);
  return text === undefined ? key : fill(text, params);
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
/** One formatter per language and options: building them is slow, and a turn formats hundreds of numbers. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(kind: string, make: (locale: string) => T): T {
  const key = `${lang}:${kind}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = make(LOCALE[lang])));
  return format as T;
}

/** A number in the current language: 1,234.5 or 1 234,5. */
export function num(value: number, digits = 1): string {
  if (digits === 1) return numbers.format(value);
  return cached(`num${digits}`, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: digits })).format(value);
}

/** A share as a whole percentage: 63% / 63 %. */
export function percent(share: number): string {
  return cached('percent', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/** A signed number, always with its sign: +3.2, −1.5. */
export function signed(value: number): string {
  return cached('signed', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })).format(value);
}

/** The grammatical case a sentence needs a month in: "май", "с мая", "в мае". */
export type MonthCase = 'nom' | 'gen' | 'prep';

function monthWord(month: number, form: MonthCase, capital = false): string {
  const word = t(`date.months.${form}`).split(',')[month - 1]?.trim() ?? String(month);
  return capital ? word.charAt(0).toLocaleUpperCase(LOCALE[lang]) + word.slice(1) : word;
}

/**
 * A month in running text: "May 2022" / "май 2022 года", "мая 2022 года", "мае 2022 года".
 * The year is written out, so a sentence that ends with it ends with one full stop.
 */
export function monthName(year: number, month: number, form: MonthCase = 'nom'): string {
  return t('date.monthYear', { month: monthWord(month, form), year: String(year) });
}

/** A month standing alone, as a heading or a label: "May 2022" / "Май 2022". */
export function monthTitle(year: number, month: number): string {
  return t('date.monthTitle', { month: monthWord(month, 'nom', true), year: String(year) });
}

/** One month in every case a sentence may ask for: {month}, {monthGen} and {monthPrep}. */
export function monthParams(year: number, month: number): Record<'month' | 'monthGen' | 'monthPrep', string> {
  return { month: monthName(year, month), monthGen: monthName(year, month, 'gen'), monthPrep: monthName(year, month, 'prep') };
}

/** A short month for chart axes: "May" / "май". */
export function shortMonth(year: number, month: number): string {
  return cached('short', (l) => new Intl.DateTimeFormat(l, { month: 'short', timeZone: 'UTC' })).format(Date.UTC(year, month - 1, 15));
}

/** A date as a label (a news card's, a line of the epilogue): "16 May 2022" / "16 мая 2022 г."; "June 2023" / "Июнь 2023 г."; "2024". */
export function dateName(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return String(y);
  if (d === undefined) return t('date.month', { month: monthWord(m, 'nom', true), year: String(y) });
  return t('date.day', { day: String(d), month: monthWord(m, 'gen'), year: String(y) });
}

/** A list joined as the language does: "A, B and C" / "A, B и C". */
export function list(items: readonly string[]): string {
  return cached('list', (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' })).format(items);
}
