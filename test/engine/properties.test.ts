// Random legal play on every level: no exception, values in range, replays exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { act, legalActions, MEMBERS, newGame, replay, RESOURCES, TRACKS, type GameState, type Level } from '../../src/engine';
import { levelIds } from '../../src/cli/levels';
import { loadLevelFile } from './play';

const LEVELS: Level[] = levelIds().map(loadLevelFile);

/** Play by picking, at each step, the legal action at the drawn index (wrapping). */
function playPicks(level: Level, seed: number, difficulty: string, picks: number[]): GameState[] {
  let state = newGame(level, { seed, difficulty });
  const states = [state];
  for (const pick of picks) {
    if (state.phase === 'over') break;
    const legal = legalActions(level, state);
    const next = act(level, state, legal[pick % legal.length]!.action);
    if (!next.ok) throw new Error(`legal action refused: ${next.error.code}`);
    state = next.value.state;
    states.push(state);
  }
  return states;
}

function checkInvariants(level: Level, s: GameState): void {
  for (const id of MEMBERS) {
    const m = s.members[id];
    expect(m.loyalty).toBeGreaterThanOrEqual(-100);
    expect(m.loyalty).toBeLessThanOrEqual(100);
    expect(Number.isFinite(m.loyalty)).toBe(true);
    for (const v of [m.threat, m.grievance, m.ties.USA, m.ties.TUR]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(100);
    }
  }
  for (const r of RESOURCES) expect(s.resources[r]).toBeGreaterThanOrEqual(0);
  for (const t of TRACKS) {
    expect(s.tracks[t]).toBeGreaterThanOrEqual(0);
    expect(s.tracks[t]).toBeLessThanOrEqual(100);
  }
  expect(s.turn).toBeLessThanOrEqual(level.turns);
}

describe.each(LEVELS.map((l) => [l.id, l] as const))('random legal play on %s', (_, level) => {
  const arbitraryGame = fc.record({
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    difficulty: fc.constantFrom(...Object.keys(level.difficulties)),
    picks: fc.array(fc.nat(), { minLength: 0, maxLength: 120 }),
  });

  it('never throws, keeps loyalties, tracks and resources in range', () => {
    fc.assert(
      fc.property(arbitraryGame, ({ seed, difficulty, picks }) => {
        for (const s of playPicks(level, seed, difficulty, picks)) checkInvariants(level, s);
      }),
      { numRuns: 150 },
    );
  });

  it('replaying the actions reproduces the state exactly', () => {
    fc.assert(
      fc.property(arbitraryGame, ({ seed, difficulty, picks }) => {
        const states = playPicks(level, seed, difficulty, picks);
        const last = states[states.length - 1]!;
        const again = replay(level, { seed, difficulty }, last.actions.map((a) => a.action));
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.value).toEqual(last);
      }),
      { numRuns: 100 },
    );
  });

  it('the state survives JSON, as saves and the browser need', () => {
    fc.assert(
      fc.property(arbitraryGame, ({ seed, difficulty, picks }) => {
        const last = playPicks(level, seed, difficulty, picks).pop()!;
        expect(JSON.parse(JSON.stringify(last))).toEqual(last);
      }),
      { numRuns: 50 },
    );
  });

  it('no loyalty or factor is -0, which JSON cannot keep', () => {
    // A game in which a loyalty once rounded to -0.
    const last = playPicks(level, 0, 'hard', [1892523811, 1696616860, 183656822, 10152044, 1570934545, 0, 0]).pop()!;
    expect(JSON.parse(JSON.stringify(last))).toEqual(last);
  });
});
