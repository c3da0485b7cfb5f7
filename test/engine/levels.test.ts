// Each level is lost by doing nothing and by a routine fixed in advance: a guard on balance beside the strategy audit.
import { describe, expect, it } from 'vitest';
import type { Action, GameState } from '../../src/engine';
import { loadLevelFile, playGame } from './play';

const openCalls = (s: GameState): Action[] => s.requests.filter((r) => r.kind === 'crisisCall' && r.status === 'open').map((r) => ({ type: 'answerCrisisCall', request: r.id }));
const reserves = (s: GameState): Action[] => (s.resources.militaryReserves < 2 ? [{ type: 'redeploy', to: 'reserve' }] : []);

/** Answer every call, keep reserves up, and court Tajikistan and Kyrgyzstan, who fear for their security. */
const focused = (s: GameState): Action[] => [
  ...openCalls(s),
  ...reserves(s),
  { type: 'securityHelp', member: 'TJK' },
  { type: 'economicAid', member: 'KGZ' },
  { type: 'securityHelp', member: 'KGZ' },
  { type: 'economicAid', member: 'TJK' },
];

const SEEDS = Array.from({ length: 30 }, (_, i) => i);
const meanScore = (id: string, orders: (s: GameState) => Action[], difficulty: string) =>
  SEEDS.reduce((sum, seed) => sum + (playGame(loadLevelFile(id), seed, orders, difficulty).result?.score ?? 0), 0) / SEEDS.length;
const winRate = (id: string, orders?: (s: GameState) => Action[], difficulty?: string) =>
  SEEDS.filter((seed) => playGame(loadLevelFile(id), seed, orders, difficulty).result?.outcome === 'win').length / SEEDS.length;

describe.each(['may-2022', 'autumn-2022'])('%s', (id) => {
  it('is never won by doing nothing', () => {
    expect(winRate(id)).toBe(0);
  });
  it('is rarely won by a routine fixed in advance, however sensible (the strategy audit asks it of strong play)', () => {
    expect(winRate(id, focused)).toBeLessThan(0.4);
  });
  it('rewards answering the calls for help: the same routine without them wins at most half as often, and scores less (C6, C7)', () => {
    const silentRoutine = (s: GameState) => focused(s).filter((a) => a.type !== 'answerCrisisCall');
    expect(winRate(id, silentRoutine, 'gentle')).toBeLessThanOrEqual(winRate(id, focused, 'gentle') / 2);
    // Scores tell the two apart even where both lose.
    expect(meanScore(id, silentRoutine, 'gentle')).toBeLessThan(meanScore(id, focused, 'gentle'));
  });
});
