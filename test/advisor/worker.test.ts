// The advisor's worker answers a month's question with the search's orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, newGame, policyRng, searchMonth, type GameState } from '../../src/engine';
import { ADVICE_MAX_BUDGET, type AdviceReply, type AdviceRequest } from '../../src/advisor/advice';
import { MAY_2022 } from '../engine/play';

// The worker's global scope, as the module sees it.
const replies: AdviceReply[] = [];
const scope = { onmessage: null as ((event: { data: AdviceRequest }) => void) | null, postMessage: (m: AdviceReply) => replies.push(m) };
const ask = (data: AdviceRequest) => {
  scope.onmessage!({ data });
  return replies.at(-1)!;
};

beforeAll(async () => {
  (globalThis as { self?: unknown }).self = scope;
  await import('../../src/advisor/worker');
});
afterAll(() => {
  delete (globalThis as { self?: unknown }).self;
});

describe('advisor worker', () => {
  it('posts back legal orders for the month, the same each time it is asked', () => {
    const state = newGame(MAY_2022, { seed: 12 });
    const reply = ask({ id: 1, level: MAY_2022, state, budget: 150 });
    expect(reply).toMatchObject({ id: 1, orders: expect.any(Array) });
    if ('error' in reply) throw new Error(reply.error);
    expect(reply.orders.length).toBeGreaterThan(0);
    let s: GameState = state;
    for (const order of reply.orders) {
      const next = act(MAY_2022, s, order);
      expect(next.ok).toBe(true);
      if (next.ok) s = next.value.state;
    }
    expect(ask({ id: 2, level: MAY_2022, state, budget: 150 })).toEqual({ ...reply, id: 2 });
  });

  it('stays within its bound however many playouts are asked for', () => {
    const reply = ask({ id: 3, level: MAY_2022, state: newGame(MAY_2022, { seed: 1 }), budget: 1e9 });
    expect('playouts' in reply && reply.playouts).toBeLessThanOrEqual(ADVICE_MAX_BUDGET);
  });

  it('honours a forbidden lever', () => {
    const reply = ask({ id: 4, level: MAY_2022, state: newGame(MAY_2022, { seed: 2 }), budget: 150, forbid: ['coerce'] });
    expect('orders' in reply && reply.orders.some((o) => o.type === 'coerce')).toBe(false);
  });

  it('answers with an error, not a throw, for a finished game or a state of another level', () => {
    const state = newGame(MAY_2022, { seed: 3 });
    expect(ask({ id: 5, level: MAY_2022, state: { ...state, level: 'autumn-2022' } })).toEqual({ id: 5, error: expect.any(String) });
    expect(ask({ id: 6, level: MAY_2022, state: { ...state, phase: 'over' } })).toEqual({ id: 6, error: expect.any(String) });
    expect(ask(undefined as unknown as AdviceRequest)).toEqual({ id: 0, error: expect.any(String) });
  });

  it('gives what the search gives for the month', () => {
    const state = newGame(MAY_2022, { seed: 4 });
    const reply = ask({ id: 7, level: MAY_2022, state, budget: 100 });
    const rng = policyRng((state.seed + Math.imul(state.actions.length + 1, 0x9e3779b9)) >>> 0);
    expect('orders' in reply && reply.orders).toEqual(searchMonth(MAY_2022, state, rng, { budget: 100 }).orders);
  });
});
