// The conditions on what strong play teaches, as exact checks on fixed seeds with a
// small fixed search budget. Each fails exactly when its condition fails on these seeds; the
// audit (npm run audit) measures the same on many more.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conditions, confrontationCondition, measureLevel, pairedDifference, policyFigures,
  type AuditSettings, type Condition, type GameSummary, type LevelFigures,
} from '../../src/engine';
import { loadLevelFile, MAY_2022 } from './play';

const LEVELS = [MAY_2022, loadLevelFile('autumn-2022')];
const SETTINGS: AuditSettings = {
  seeds: Array.from({ length: 40 }, (_, i) => i + 1),
  budget: 150,
  train: Array.from({ length: 16 }, (_, i) => 1_000_001 + i),
  planBudget: 16 * 120,
};

const CONDITIONS = [
  'coercion-does-not-pay', 'coercion-backfires', 'coercion-never-into-backs', 'article-forces-decide', 'unstated-levers-small',
  'lever-principledLine', 'lever-answerCall', 'lever-stopArms', 'lever-keepReserve', 'fixed-plan-loses', 'search-wins-55-85',
  'search-patterns', 'passive-article-picture', 'difficulty-steps', 'hard-winnable', 'others-rarely-back', 'belarus-rarely-backs',
  'lean-scores-like-backing',
];

const checked: Record<string, Condition> = {};
const standards: LevelFigures[] = [];

beforeAll(() => {
  for (const level of LEVELS) {
    const byDifficulty: Record<string, LevelFigures> = {};
    for (const difficulty of Object.keys(level.difficulties)) byDifficulty[difficulty] = measureLevel(level, difficulty, SETTINGS);
    standards.push(byDifficulty.standard!);
    for (const c of conditions(byDifficulty)) checked[c.id] = c;
  }
  const nato = confrontationCondition(standards);
  checked[nato.id] = nato;
}, 240_000);

describe('what strong play teaches, on fixed seeds', () => {
  it('checks every condition on every level', () => {
    for (const level of LEVELS) for (const id of CONDITIONS) expect(Object.keys(checked)).toContain(`${level.id}:${id}`);
  });
  for (const level of LEVELS) {
    it.each(CONDITIONS)(`${level.id}: %s`, (id) => {
      const c = checked[`${level.id}:${id}`]!;
      expect(c.pass, `${c.text}: ${c.figure}`).toBe(true);
    });
  }
  it('nato-confrontation', () => {
    const c = checked['nato-confrontation']!;
    expect(c.pass, `${c.text}: ${c.figure}`).toBe(true);
  });
});

describe('the checks themselves', () => {
  const game = (win: boolean, score: number, end = ['neutral', 'leans', 'neutral', 'neutral', 'neutral']): GameSummary =>
    ({ seed: 0, win, score, end: end as GameSummary['end'], backsEver: [false, false, false, false, false], movement: {}, confrontations: [] });

  it('counts the article picture and end patterns', () => {
    const f = policyFigures([game(false, 1), game(false, 1), game(true, 2, ['leans', 'backs', 'neutral', 'neutral', 'neutral'])]);
    expect(f.articlePicture).toBeCloseTo(2 / 3);
    expect(f.patterns).toBe(2);
    expect(f.backsAtEnd.BLR).toBeCloseTo(1 / 3);
    expect(f.othersBackAtEnd).toBe(0);
  });

  it('allows a paired difference within twice its standard error, and no more', () => {
    expect(pairedDifference([1, 2, 3, 4], [1, 2, 3, 4])).toEqual({ mean: 0, noise: 0 });
    const d = pairedDifference([2, 3, 5, 6], [1, 2, 3, 4]);
    expect(d.mean).toBe(1.5);
    expect(d.noise).toBeCloseTo(2 * Math.sqrt((2 * 0.25 + 2 * 0.25) / 3 / 4));
  });

  it('fails a level where coercion pays and a fixed plan wins', () => {
    const [may] = standards;
    const coercing: LevelFigures = {
      ...may!,
      policies: {
        ...may!.policies,
        search: { figures: policyFigures(Array.from({ length: 20 }, () => game(true, 200))), games: Array.from({ length: 20 }, () => game(true, 200)) },
        'search-no-coerce': { figures: policyFigures(Array.from({ length: 20 }, () => game(false, 150))), games: Array.from({ length: 20 }, () => game(false, 150)) },
      },
      fixedPlan: { plan: [], figures: policyFigures([game(true, 200)]) },
    };
    const result = Object.fromEntries(conditions({ standard: coercing }).map((c) => [c.id.split(':')[1], c.pass]));
    expect(result['coercion-does-not-pay']).toBe(false);
    expect(result['fixed-plan-loses']).toBe(false);
    expect(result['search-wins-55-85']).toBe(false);
  });
});
