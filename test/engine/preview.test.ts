import { describe, expect, it } from 'vitest';
import { legalActions, MEMBERS, newGame, previewOrder } from '../../src/engine';
import { MAY_2022, must } from './play';

const level = MAY_2022;

describe('previewOrder', () => {
  it('is the difference the order makes to this month’s deliberation, exactly', () => {
    const game = newGame(level, { seed: 3 });
    const help = previewOrder(level, game, { type: 'securityHelp', member: 'TJK' });
    expect(help.ok).toBe(true);
    if (!help.ok) return;
    expect(help.value.members.TJK.delta).toBeGreaterThan(0);
    const base = must(game, level, { type: 'endTurn' });
    const after = must(must(game, level, { type: 'securityHelp', member: 'TJK' }), level, { type: 'endTurn' });
    for (const id of MEMBERS) {
      const p = help.value.members[id];
      expect(p.without).toEqual({ loyalty: base.members[id].loyalty, stance: base.members[id].stance });
      expect(p.with).toEqual({ loyalty: after.members[id].loyalty, stance: after.members[id].stance });
      expect(p.delta).toBeCloseTo(after.members[id].loyalty - base.members[id].loyalty, 5);
    }
  });

  it('gives the order’s cost', () => {
    const game = newGame(level, { seed: 3 });
    const p = previewOrder(level, game, { type: 'economicAid', member: 'KGZ' });
    expect(p.ok && p.value.cost).toBe(level.costs.economicAid);
  });

  it('shows pressure to recognise the annexations costing goodwill everywhere (C12)', () => {
    const game = newGame(level, { seed: 3 });
    const press = previewOrder(level, game, { type: 'pressRecognition', member: 'KAZ' });
    expect(press.ok).toBe(true);
    if (press.ok) for (const id of MEMBERS) expect(press.value.members[id].delta).toBeLessThan(0);
  });

  it('shows a stance an order would change', () => {
    // Some order, some month, moves a member across a bound: its preview says so.
    let game = newGame(level, { seed: 5 });
    let found = false;
    while (game.phase !== 'over' && !found) {
      for (const { action } of legalActions(level, game)) {
        const p = previewOrder(level, game, action);
        if (p.ok && MEMBERS.some((id) => p.value.members[id].with.stance !== p.value.members[id].without.stance)) found = true;
      }
      game = must(game, level, { type: 'endTurn' });
    }
    expect(found).toBe(true);
  });

  it('is an error, not a guess, for an order that cannot be given, and changes nothing', () => {
    const game = newGame(level, { seed: 3 });
    const copy = structuredClone(game);
    const p = previewOrder(level, game, { type: 'resumeArmsToAzerbaijan' });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.code).toBe('not-applicable');
    previewOrder(level, game, { type: 'coerce', member: 'KAZ' });
    expect(game).toEqual(copy);
    expect(must(game, level, { type: 'endTurn' }).turn).toBe(2);
  });
});
