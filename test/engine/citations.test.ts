// What the rules and the news cite must be what the article says, in the paragraphs it says it,
// and every rule must say where the game goes beyond the article.
import { describe, expect, it } from 'vitest';
import { monthOf, RULES, type ClaimId, type Level, type RuleId } from '../../src/engine';
import enTable from '../../src/i18n/en.json';
import ruTable from '../../src/i18n/ru.json';
import { LEVELS } from '../../src/state/levels';
import { PARAGRAPH_CLAIMS } from '../../src/ui/screens';

const en: Readonly<Record<string, string>> = enTable;
const ru: Readonly<Record<string, string>> = ruTable;
const levels = Object.values(LEVELS);
const may = LEVELS['may-2022']!;
const autumn = LEVELS['autumn-2022']!;

/** The paragraphs each claim comes from, as the sources screen lists them. */
const CLAIM_PARAGRAPHS: Record<string, number[]> = {};
for (const [p, claims] of Object.entries(PARAGRAPH_CLAIMS)) for (const c of claims) (CLAIM_PARAGRAPHS[c] ??= []).push(Number(p));

const eventOf = (level: Level, id: string) => {
  const event = level.events.find((e) => e.id === id);
  if (!event) throw new Error(`${level.id} has no event ${id}`);
  return event;
};

describe('the rules cite what they model', () => {
  const expected: [RuleId, ClaimId[], number[]][] = [
    ['orbit', ['C1', 'C14'], [1, 12, 13]],
    ['paperTiger', ['C3', 'C10'], [5, 11]],
    ['doubleStandard', ['C2'], [3, 4, 5]],
    ['protector', ['C4', 'C5'], [5, 6, 11]],
    ['grievance', ['C7'], [8, 9]],
    ['armedAdversary', ['C8'], [9, 10]],
    ['rivalTies', ['C3'], [5]],
    ['natoEnlargement', ['C13'], [2, 14]],
    ['aid', ['C14'], [13]],
    ['securityHelp', ['C4', 'C10'], [5, 11]],
    ['crisisCallAnswered', ['C6'], [7]],
    ['alliancePromise', ['C6'], [7]],
    ['recognitionRefused', ['C12'], [13]],
    ['recognitionWatched', ['C12'], [13]],
    ['notOurWar', ['C9', 'C1'], [1, 10, 12]],
    ['summit', ['C14', 'C7'], [8, 13]],
    ['coercion', ['C11'], [12]],
    ['coercionWatched', ['C11', 'C3'], [5, 12]],
    ['confrontation', ['C13'], [14]],
  ];
  it.each(expected)('%s cites %j, %j', (id, claims, paragraphs) => {
    const rule = RULES.find((r) => r.id === id)!;
    expect([...rule.claims].sort()).toEqual([...claims].sort());
    expect([...rule.paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
  });

  it.each(RULES.filter((r) => r.claims.length > 0).map((r) => [r.id, r] as const))('%s cites only paragraphs its claims come from, and a paragraph for each claim', (_, rule) => {
    const allowed = new Set(rule.claims.flatMap((c) => CLAIM_PARAGRAPHS[c] ?? []));
    for (const p of rule.paragraphs) expect(allowed, `¶${p}`).toContain(p);
    for (const c of rule.claims) expect(rule.paragraphs.some((p) => CLAIM_PARAGRAPHS[c]!.includes(p)), c).toBe(true);
  });
});

describe('the news cites what it reports', () => {
  // The cases that once cited the wrong claim or paragraph.
  const expected: [Level, string, ClaimId[], number[]][] = [
    [may, 'mobilisation', ['C10', 'C1'], [11, 12]],
    [autumn, 'mobilisation', ['C10', 'C1'], [11, 12]],
    [may, 'annexation-claims', ['C12'], [13]],
    [autumn, 'annexation-claims', ['C12'], [13]],
    [may, 'saky-blasts', ['C10', 'C1'], [1, 11]],
    [autumn, 'crimea-bridge', ['C10', 'C1'], [1, 11]],
    [may, 'sanctions-bite', ['C14'], [13]],
    [autumn, 'sanctions-bite', ['C14'], [13]],
    [may, 'azerbaijan-attack', ['C6', 'C7'], [7, 8, 9]],
    [autumn, 'azerbaijan-attack', ['C6', 'C7'], [7, 8, 9]],
    [may, 'madrid-summit', ['C13'], [2]],
    [may, 'engels-drones', ['C9'], [10]],
    [may, 'drone-raid', ['C9'], [10]],
    [may, 'washington-dushanbe', ['C3', 'C5'], [5, 6]],
    [autumn, 'washington-dushanbe', ['C3', 'C5'], [5, 6]],
  ];
  it.each(expected.map(([level, id, claims, paragraphs]) => [level.id, id, claims, paragraphs, level] as const))('%s %s cites %j, %j', (_, id, claims, paragraphs, level) => {
    const event = eventOf(level, id);
    expect([...event.claims].sort()).toEqual([...claims].sort());
    expect([...event.paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
  });

  it('only strikes on Russia itself are cited as the drone strikes of ¶10 (C9)', () => {
    for (const level of levels) {
      for (const event of level.events.filter((e) => e.claims.includes('C9'))) {
        expect(event.text, `${level.id} ${event.id}`).toMatch(/inside Russia/);
        expect(event.text, `${level.id} ${event.id}`).not.toMatch(/Crimea/);
      }
    }
  });

  it.each(levels.flatMap((level) => level.events.map((e) => [level.id, e.id, e, level] as const)))('%s %s cites only paragraphs its claims come from, and a paragraph for each claim', (_, __, event) => {
    const allowed = new Set(event.claims.flatMap((c) => CLAIM_PARAGRAPHS[c] ?? []));
    for (const p of event.paragraphs) expect(allowed, `¶${p}`).toContain(p);
    for (const c of event.claims) expect(event.paragraphs.some((p) => CLAIM_PARAGRAPHS[c]!.includes(p)), c).toBe(true);
  });

  it.each(levels.flatMap((level) => level.events.filter((e) => e.date && e.turn !== undefined).map((e) => [level.id, e.id, e, level] as const)))('%s %s happens in the month of its turn', (_, __, event, level) => {
    const { year, month } = monthOf(level, event.turn!);
    expect(event.date!.slice(0, 7)).toBe(`${year}-${String(month).padStart(2, '0')}`);
  });

  it('the annexation, proclaimed on 30 September 2022, is news of the September turn in both levels', () => {
    for (const level of [may, autumn]) {
      const event = eventOf(level, 'annexation-claims');
      expect(event.date).toBe('2022-09-30');
      expect(monthOf(level, event.turn!)).toEqual({ year: 2022, month: 9 });
    }
  });

  it('the level files tell the same news as the English text the player reads', () => {
    for (const level of levels) {
      expect(level.briefing, level.id).toBe(en[`level.${level.id}.briefing`]);
      for (const e of level.events) {
        expect(e.title, `${level.id} ${e.id}`).toBe(en[`event.${level.id}.${e.id}.title`]);
        expect(e.text, `${level.id} ${e.id}`).toBe(en[`event.${level.id}.${e.id}.text`]);
      }
    }
  });
});

describe('the words say what the article says, and no more', () => {

  it('Sweden is not called Russia\'s neighbour', () => {
    expect(en['event.may-2022.nordic-applications.text']).not.toMatch(/neighbours/);
    expect(en['event.may-2022.nordic-applications.text']).toMatch(/^Finland, which borders Russia, and Sweden/);
    expect(ru['event.may-2022.nordic-applications.text']).not.toMatch(/сосед/);
    expect(ru['event.may-2022.nordic-applications.text']).toMatch(/^Финляндия, граничащая с Россией, и Швеция/);
  });

  it('the guide asks the question of Article 4 that ¶7 asks, and does not answer it', () => {
    expect(en['tutorial.2']).not.toMatch(/invokes/);
    expect(en['tutorial.2']).toMatch(/Article 4\?/);
    expect(en['tutorial.2']).toContain('¶7');
    expect(ru['tutorial.2']).not.toMatch(/обращается к статье 4/);
    expect(ru['tutorial.2']).toMatch(/статье 4\?/);
    expect(ru['tutorial.2']).toContain('¶7');
  });

  it('reinforcing Ukraine is not said to make Moscow credible, and says what the game assumes', () => {
    for (const text of [en['action.effect.redeploy.ukraine']!, ru['action.effect.redeploy.ukraine']!]) {
      expect(text).toContain('(C10, ¶11)');
      expect(text).not.toContain('C3');
    }
    expect(en['action.effect.redeploy.ukraine']).not.toMatch(/props up credibility/);
    expect(en['action.effect.redeploy.ukraine']).toMatch(/does not make Moscow a protector/);
    expect(en['action.effect.redeploy.ukraine']).toMatch(/the game assumes/i);
    expect(ru['action.effect.redeploy.ukraine']).toMatch(/не станет защитником/);
    expect(ru['action.effect.redeploy.ukraine']).toMatch(/игра исходит из того/i);
  });

  it('a rival\'s offer cites the military ties of ¶5, not NATO\'s growth', () => {
    for (const text of [en['news.rivalOffer.text']!, ru['news.rivalOffer.text']!]) {
      expect(text).toContain('(C3, ¶5)');
      expect(text).not.toMatch(/C13|¶2/);
    }
  });

  it('sanctions, which the article never mentions, are said to be the game\'s own', () => {
    for (const level of [may, autumn]) {
      expect(en[`event.${level.id}.sanctions-bite.text`]).toMatch(/The article does not mention sanctions/);
      expect(ru[`event.${level.id}.sanctions-bite.text`]).toMatch(/В статье о санкциях ничего не сказано/);
    }
  });

  // Every rule but the news goes beyond the article somewhere, and says where.
  const assuming = RULES.filter((r) => r.id !== 'event');
  it.each(assuming.map((r) => [r.id] as const))('%s says in English and Russian what the game assumes', (id) => {
    expect(en[`rule.${id}.explanation`]).toMatch(/the game assumes/i);
    expect(ru[`rule.${id}.explanation`]).toMatch(/игра исходит из того/i);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s cites in the rulebook, in both languages, the paragraphs the engine gives it', (id, rule) => {
    for (const p of rule.paragraphs) {
      expect(en[`rule.${id}.explanation`], `¶${p}`).toContain(`¶${p}`);
      expect(ru[`rule.${id}.explanation`], `¶${p}`).toContain(`¶${p}`);
    }
  });
});
