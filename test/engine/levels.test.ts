// Each level is lost by doing nothing and often won by a plan that answers the calls for help: a guard on balance.
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
  it('is often won on gentle by answering every call and keeping forces for the allies', () => {
    expect(winRate(id, focused, 'gentle')).toBeGreaterThanOrEqual(0.4);
  });
  it('is hardly ever won by the same plan with the calls for help left unanswered (C6, C7)', () => {
    expect(winRate(id, (s) => focused(s).filter((a) => a.type !== 'answerCrisisCall'), 'gentle')).toBeLessThanOrEqual(0.1);
  });
  it('is harder on hard than on gentle', () => {
    expect(winRate(id, focused, 'hard')).toBeLessThan(winRate(id, focused, 'gentle'));
  });
});
