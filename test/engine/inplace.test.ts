// Automatic players play in place on one working copy (`advance`); callers go through `act`,
// which copies at every step. Both must play exactly the same game, and no step, in place or
// not, may change a state handed out before it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { act, actionMenu, newGame, playOut, POLICY, policyRng, searchMonth, type Action, type GameState, type Level, type Policy } from '../../src/engine';
import { cloneState } from '../../src/engine/clone';
import { advance } from '../../src/engine/game';
import { levelIds } from '../../src/cli/levels';
import { loadLevelFile } from './play';

const LEVELS: Level[] = levelIds().map(loadLevelFile);
const END_TURN: Action = { type: 'endTurn' };

/** The game `playOut` plays, played instead through `act`, with every state it handed out and that state's JSON then. */
function throughAct(level: Level, start: GameState, policy: Policy, rng: { value: number }) {
  let state = start;
  const handedOut: [GameState, string][] = [];
  while (state.phase !== 'over') {
    const next = act(level, state, policy.choose(level, state, rng));
    const step = next.ok ? next : act(level, state, END_TURN);
    if (!step.ok) throw new Error(step.error.message);
    state = step.value.state;
    handedOut.push([state, JSON.stringify(state)]);
  }
  return { end: state, handedOut };
}

describe.each(LEVELS.map((l) => [l.id, l] as const))('in place and through act on %s', (_, level) => {
  const game = fc.record({
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    difficulty: fc.constantFrom(...Object.keys(level.difficulties)),
    policySeed: fc.nat(),
  });

  it('a playout ends exactly where the same game through act ends, its start untouched', () => {
    fc.assert(
      fc.property(game, ({ seed, difficulty, policySeed }) => {
        const start = newGame(level, { seed, difficulty });
        const before = JSON.stringify(start);
        const fast = playOut(level, start, POLICY.random, policyRng(policySeed));
        const slow = throughAct(level, start, POLICY.random, policyRng(policySeed));
        expect(JSON.stringify(start)).toBe(before);
        expect(fast).toStrictEqual(slow.end);
        expect(fast.score).toBe(slow.end.score);
        expect(fast.result).toStrictEqual(slow.end.result);
        for (const [state, json] of slow.handedOut) expect(JSON.stringify(state)).toBe(json);
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('greedy play, which acts on the working state as it chooses, plays the same game both ways', () => {
    for (const seed of [0, 1]) {
      const start = newGame(level, { seed });
      expect(playOut(level, start, POLICY.greedy, policyRng(seed))).toStrictEqual(throughAct(level, start, POLICY.greedy, policyRng(seed)).end);
    }
  });

  it('advance takes any candidate, legal or not, exactly as act does', () => {
    fc.assert(
      fc.property(game, fc.array(fc.nat(), { maxLength: 80 }), ({ seed, difficulty }, picks) => {
        let state = newGame(level, { seed, difficulty });
        for (const pick of picks) {
          if (state.phase === 'over') break;
          const menu = actionMenu(level, state);
          const action = menu[pick % menu.length]!.action;
          const before = JSON.stringify(state);
          const working = cloneState(state);
          const taken = advance(level, working, action);
          const next = act(level, state, action);
          expect(JSON.stringify(state)).toBe(before);
          expect(taken).toBe(next.ok);
          if (!next.ok) {
            expect(working).toStrictEqual(state);
            continue;
          }
          expect(working).toStrictEqual(next.value.state);
          state = next.value.state;
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('the search leaves the state it plans from untouched', () => {
    const state = newGame(level, { seed: 4 });
    const before = JSON.stringify(state);
    const plan = searchMonth(level, state, policyRng(4), { budget: 60 });
    expect(JSON.stringify(state)).toBe(before);
    expect(searchMonth(level, structuredClone(state), policyRng(4), { budget: 60 })).toStrictEqual(plan);
  });
});
