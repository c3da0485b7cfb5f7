// The search player: deterministic, stronger than greedy, and blind to the future's luck.
import { describe, expect, it } from 'vitest';
import {
  act, makePolicy, newGame, playOut, policyRng, searchMonth, searchPolicy, type Action, type GameState, type Level,
} from '../../src/engine';
import { loadLevelFile, MAY_2022, must } from './play';

const AUTUMN_2022 = loadLevelFile('autumn-2022');
const BUDGET = 120;

function play(level: Level, seed: number, policy: Parameters<typeof makePolicy>[0], options: Parameters<typeof makePolicy>[1] = {}, difficulty = 'standard'): GameState {
  return playOut(level, newGame(level, { seed, difficulty }), makePolicy(policy, options), policyRng(seed));
}

/** The state at the start of `turn` after ending every month with the given orders. */
function monthOf(level: Level, seed: number, turn: number): GameState {
  let state = newGame(level, { seed });
  while (state.turn < turn) state = must(state, level, { type: 'endTurn' });
  return state;
}

describe('search player', () => {
  it('is deterministic for a seed and a budget', () => {
    for (const seed of [3, 11]) {
      const a = play(MAY_2022, seed, 'search', { budget: BUDGET });
      const b = play(MAY_2022, seed, 'search', { budget: BUDGET });
      expect(a.actions).toEqual(b.actions);
      expect(a.result).toEqual(b.result);
    }
  });

  it('gives the orders of its month plan, then ends the turn', () => {
    const start = newGame(MAY_2022, { seed: 5 });
    const plan = searchMonth(MAY_2022, start, policyRng(5), { budget: BUDGET });
    expect(plan.orders.length).toBeGreaterThan(0);
    expect(plan.playouts).toBeLessThanOrEqual(BUDGET);
    const policy = searchPolicy({ budget: BUDGET });
    const rng = policyRng(5);
    let state = start;
    const given: Action[] = [];
    for (;;) {
      const action = policy.choose(MAY_2022, state, rng);
      if (action.type === 'endTurn') break;
      given.push(action);
      state = must(state, MAY_2022, action);
    }
    expect(given).toEqual(plan.orders);
  });

  it('does not read the future: only the luck to come changes, and its choice does not', () => {
    for (const [level, seed, turn] of [[MAY_2022, 1, 1], [MAY_2022, 8, 4], [AUTUMN_2022, 2, 1], [AUTUMN_2022, 9, 3]] as const) {
      const state = monthOf(level, seed, turn);
      const otherLuck: GameState = { ...state, rng: (state.rng ^ 0x9e3779b9) >>> 0 };
      // The two futures do differ: a player that read them could tell them apart.
      const passive = (s: GameState) => playOut(level, s, makePolicy('passive'), policyRng(0));
      const ends = [state, otherLuck].map((s) => JSON.stringify(passive(s).log.map((r) => r.events)));
      expect(ends[0]).not.toBe(ends[1]);
      const chosen = searchMonth(level, state, policyRng(seed), { budget: BUDGET }).orders;
      expect(searchMonth(level, otherLuck, policyRng(seed), { budget: BUDGET }).orders).toEqual(chosen);
    }
  });

  it('keeps orders already given this month and plans only the rest', () => {
    const start = newGame(MAY_2022, { seed: 4 });
    const answered = must(start, MAY_2022, { type: 'answerCrisisCall', request: 'isk-rockets@1' });
    const plan = searchMonth(MAY_2022, answered, policyRng(4), { budget: BUDGET });
    for (const order of plan.orders) expect(act(MAY_2022, answered, order).ok).toBe(true);
    expect(plan.orders).not.toContainEqual({ type: 'answerCrisisCall', request: 'isk-rockets@1' });
  });

  it('never coerces when coercion is forbidden', () => {
    for (const seed of [1, 2]) {
      const end = play(MAY_2022, seed, 'search', { budget: BUDGET, forbid: ['coerce'] });
      expect(end.actions.some((a) => a.action.type === 'coerce')).toBe(false);
    }
  });

  it.each([
    ['may-2022', MAY_2022],
    ['autumn-2022', AUTUMN_2022],
  ])('beats greedy on %s: clearly more wins over the same seeds, and a higher mean score', (_, level) => {
    const seeds = Array.from({ length: 16 }, (_, i) => i + 1);
    const figures = (policy: 'search' | 'greedy') => {
      const ends = seeds.map((seed) => play(level, seed, policy, { budget: BUDGET }));
      return { wins: ends.filter((e) => e.result?.outcome === 'win').length, score: ends.reduce((s, e) => s + e.result!.score, 0) / ends.length };
    };
    const search = figures('search');
    const greedy = figures('greedy');
    expect(search.wins).toBeGreaterThanOrEqual(greedy.wins + 3);
    expect(search.score).toBeGreaterThan(greedy.score);
  });
});
