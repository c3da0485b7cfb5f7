import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIO_KEYS, say } from '../../src/audio/strings';
import { CLAIMS, MEMBERS, RULES, STANCES } from '../../src/engine';
import { has, LANGS, onLangChange, setLang, t } from '../../src/i18n';
import { i18n as mapLink } from '../../src/map/i18n-link';
import { STRING_KEYS as MAP_KEYS, t as mapT } from '../../src/map/strings';
import { TABLES } from './tables';
import { LEVELS } from '../../src/state/levels';
import { EPILOGUE, QUESTIONS } from '../../src/ui/debrief';

// The files themselves, as they ship: the game fetches one at a time.
const PLURAL = /\.(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
// A case form ({nameGen}) stands for the same value as its base ({name}).
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Gen|Dat|Acc|Prep)$/, '')).sort();

describe('translation files', () => {
  it('English and Russian have the same keys, plural forms aside', () => {
    const en = new Set(Object.keys(TABLES.en).map(base));
    const ru = new Set(Object.keys(TABLES.ru).map(base));
    expect([...en].filter((k) => !ru.has(k))).toEqual([]);
    expect([...ru].filter((k) => !en.has(k))).toEqual([]);
  });

  it.each(LANGS)('%s has no empty values', (lang) => {
    expect(Object.entries(TABLES[lang]).filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it.each(LANGS)('%s has every plural form its language needs', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set(Object.keys(TABLES[lang]).filter((k) => PLURAL.test(k)).map(base));
    for (const key of plurals) for (const form of categories) expect(TABLES[lang], `${key}.${form}`).toHaveProperty([`${key}.${form}`]);
  });

  it('no Russian text asks for a placeholder its English one is not given', () => {
    // Russian may leave a name out where its grammar does better without it, never add one.
    const mismatched = Object.keys(TABLES.ru)
      .filter((k) => k in TABLES.en)
      .filter((k) => placeholders(TABLES.ru[k]!).some((p) => !placeholders(TABLES.en[k]!).includes(p)));
    expect(mismatched).toEqual([]);
  });

  it('covers every rule, stance, member, claim, paragraph, event, objective, epilogue fact and question', () => {
    const needed: string[] = [];
    for (const rule of RULES) needed.push(`rule.${rule.id}.name`, `rule.${rule.id}.explanation`, `rule.${rule.id}.up`, `rule.${rule.id}.down`);
    for (const stance of STANCES) needed.push(`stance.${stance}`, `stanceShort.${stance}`, `stance.desc.${stance}`, `pattern.${stance}`);
    for (const id of MEMBERS) for (const form of ['nom', 'gen', 'dat', 'acc']) needed.push(`member.${form}.${id}`);
    for (const claim of CLAIMS) needed.push(`claim.${claim}`);
    for (let p = 1; p <= 14; p++) needed.push(`source.p${p}`);
    for (const level of Object.values(LEVELS)) {
      needed.push(`level.${level.id}.title`, `level.${level.id}.briefing`);
      for (const e of level.events) needed.push(`event.${level.id}.${e.id}.title`, `event.${level.id}.${e.id}.text`);
      for (const o of level.objectives) needed.push(`objective.${level.id}.${o.id}`);
      for (const d of Object.keys(level.difficulties)) needed.push(`difficulty.${d}`, `difficulty.${d}.desc`);
    }
    for (const e of EPILOGUE) needed.push(`epilogue.${e.id}`);
    for (let q = 1; q <= QUESTIONS; q++) needed.push(`question.${q}`);
    for (const lang of LANGS) expect(needed.filter((k) => !(k in TABLES[lang])), lang).toEqual([]);
  });
});

describe('the map and the sound read the translation files alone', () => {
  it.each(LANGS)('%s has every key the map and the audio controls read', (lang) => {
    const missing = [...MAP_KEYS, ...AUDIO_KEYS].filter((k) => !Object.hasOwn(TABLES[lang], k));
    expect(missing).toEqual([]);
  });

  it('the map has no words of its own: unlinked, it shows the key; linked, the game\'s words', () => {
    expect(mapT('map.country.KGZ')).toBe('map.country.KGZ');
    Object.assign(mapLink, { has, t, onLangChange: (listener: () => void) => onLangChange(() => listener()) });
    setLang('ru');
    expect(mapT('map.country.KGZ')).toBe(TABLES.ru['map.country.KGZ']);
    setLang('en');
    expect(mapT('map.country.KGZ')).toBe(TABLES.en['map.country.KGZ']);
  });

  it.each(LANGS)('the audio controls speak %s from its table', (lang) => {
    setLang(lang);
    for (const key of AUDIO_KEYS) expect(say(key)).toBe(TABLES[lang][key]);
    setLang('en');
  });

  // A table of words kept beside the code (as the map, the sound and the rules once had) drifts from
  // the translation files: no text of theirs may be written out in the engine, the map or the sound.
  it('no text of the translation files is written in src/engine, src/map or src/audio', () => {
    const words = new Set([...Object.values(TABLES.en), ...Object.values(TABLES.ru)].filter((v) => /\p{Ll}{2}/u.test(v) && (/\s/.test(v) || /^\p{Lu}/u.test(v))));
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const found: string[] = [];
    for (const file of ['engine', 'map', 'audio'].map((dir) => fileURLToPath(new URL(`../../src/${dir}`, import.meta.url))).flatMap(files)) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
        const literal = (m[1] ?? m[2] ?? m[3])!.replace(/\\'/g, "'").replace(/\$\{(\w+)\}/g, '{$1}');
        if (words.has(literal)) found.push(`${file}: ${literal}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('t', () => {
  it('picks Russian plural forms by Intl.PluralRules', () => {
    setLang('ru');
    expect(t('levels.turns', { count: 1 })).toBe('1 ход');
    expect(t('levels.turns', { count: 3 })).toBe('3 хода');
    expect(t('levels.turns', { count: 8 })).toBe('8 ходов');
    expect(t('levels.turns', { count: 21 })).toBe('21 ход');
    setLang('en');
    expect(t('levels.turns', { count: 1 })).toBe('1 turn');
    expect(t('levels.turns', { count: 8 })).toBe('8 turns');
  });

  it('formats numbers in the language and shows a missing key as itself', () => {
    setLang('ru');
    expect(t('game.loyaltyTip', { name: 'X', value: -12.5, stance: '' })).toContain('12,5');
    setLang('en');
    expect(t('game.loyaltyTip', { name: 'X', value: -12.5, stance: '' })).toContain('-12.5');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
