// The rulebook's "How the model was checked" reads the audit's own output: every figure it
// shows must be there, and every condition must have its words in both languages.
import { describe, expect, it } from 'vitest';
import { playPolicy, policyFigures, summarise } from '../../src/engine';
import { LANGS, type Lang } from '../../src/i18n';
import en from '../../src/i18n/en.json';
import ru from '../../src/i18n/ru.json';
import { LEVELS } from '../../src/state/levels';
import figures from '../../src/ui/model-check.json';

const TABLES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en, ru };
const conditionKey = (id: string) => `check.condition.${id.includes(':') ? id.split(':')[1] : id}`;

describe('how the model was checked', () => {
  it.each(LANGS)('names every condition of the audit in %s', (lang) => {
    const missing = figures.conditions.map((c) => conditionKey(c.id)).filter((k) => !Object.hasOwn(TABLES[lang], k));
    expect(missing).toEqual([]);
  });
  it('holds a cell for every shipped level and difficulty, with every player the page lists', () => {
    for (const level of Object.values(LEVELS)) {
      for (const difficulty of ['gentle', 'standard', 'hard']) {
        const cell = figures.cells.find((c) => c.level === level.id && c.difficulty === difficulty);
        expect(cell, `${level.id} ${difficulty}`).toBeDefined();
        for (const p of ['passive', 'random', 'greedy', 'search', 'search-no-coerce']) expect(cell!.policies).toHaveProperty([p, 'winRate']);
        expect(typeof cell!.fixedPlan.figures.winRate).toBe('number');
        expect(typeof cell!.movement.articleForces).toBe('number');
      }
    }
  });
  it('was made over at least 200 seeds a cell, and shows every condition met', () => {
    expect(figures.settings.seeds).toBeGreaterThanOrEqual(200);
    expect(figures.conditions.filter((c) => !c.pass).map((c) => c.id)).toEqual([]);
  });
  it('is the audit of the shipped levels: passive and random play give the same figures again', () => {
    // Cheap players replayed over the audit's own seeds catch figures left over from earlier numbers.
    const seeds = Array.from({ length: figures.settings.seeds }, (_, i) => i + 1);
    for (const cell of figures.cells) {
      const level = LEVELS[cell.level]!;
      for (const policy of ['passive', 'random'] as const) {
        const now = policyFigures(seeds.map((seed) => summarise(level, playPolicy(level, cell.difficulty, seed, { policy }))));
        expect(now.meanScore, `${cell.level} ${cell.difficulty} ${policy}`).toBeCloseTo(cell.policies[policy]!.meanScore, 6);
        expect(now.winRate).toBe(cell.policies[policy]!.winRate);
      }
    }
  });
});

