// Each level can be lost by doing nothing and won by a sensible plan: a guard on balance.
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
const winRate = (id: string, orders?: (s: GameState) => Action[], difficulty?: string) =>
  SEEDS.filter((seed) => playGame(loadLevelFile(id), seed, orders, difficulty).result?.outcome === 'win').length / SEEDS.length;

describe.each(['may-2022', 'autumn-2022'])('%s', (id) => {
  it('is never won by doing nothing', () => {
    expect(winRate(id)).toBe(0);
  });
  it('is usually won by a focused plan on the standard difficulty', () => {
    expect(winRate(id, focused)).toBeGreaterThanOrEqual(0.6);
  });
  it('is harder on hard than on gentle', () => {
    expect(winRate(id, focused, 'hard')).toBeLessThan(winRate(id, focused, 'gentle'));
  });
});
