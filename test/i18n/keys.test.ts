import { describe, expect, it } from 'vitest';
import { CLAIMS, MEMBERS, RULES, STANCES } from '../../src/engine';
import { LANGS, setLang, t, type Lang } from '../../src/i18n';
import en from '../../src/i18n/en.json';
import ru from '../../src/i18n/ru.json';
import { LEVELS } from '../../src/state/levels';
import { EPILOGUE, QUESTIONS } from '../../src/ui/debrief';

// The files themselves, as they ship: the game fetches one at a time.
const TABLES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en, ru };
const PLURAL = /\.(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
// A case form ({nameGen}) stands for the same value as its base ({name}).
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Gen|Dat|Acc)$/, '')).sort();

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
