// The advisor's answer for one month: the search's orders for a game in progress, within a
// bounded budget, so a page waits a fraction of a second at most.
import { policyRng, searchMonth, type Action, type ActionType, type GameState, type Level } from '../engine';

export const ADVICE_BUDGET = 400;
/** The most playouts a page may ask for: beyond it a month's advice takes seconds. */
export const ADVICE_MAX_BUDGET = 3000;

export interface AdviceRequest {
  id: number;
  level: Level;
  state: GameState;
  /** Playouts for the month; ADVICE_BUDGET when absent, never above ADVICE_MAX_BUDGET. */
  budget?: number;
  /** Levers the advice may not suggest. */
  forbid?: ActionType[];
}

export type AdviceReply =
  | { id: number; orders: Action[]; playouts: number }
  | { id: number; error: string };

export function advise(request: AdviceRequest): AdviceReply {
  const { id, level, state } = request;
  if (!level || !state || state.level !== level.id) return { id, error: 'the state is not a game of this level' };
  if (state.phase !== 'orders') return { id, error: 'the game is over' };
  const budget = Math.min(ADVICE_MAX_BUDGET, Math.max(1, Math.floor(request.budget ?? ADVICE_BUDGET)));
  // Seeded by the game and the step, so asking twice at the same point gives the same advice.
  const rng = policyRng((state.seed + Math.imul(state.actions.length + 1, 0x9e3779b9)) >>> 0);
  const plan = searchMonth(level, state, rng, { budget, forbid: request.forbid ?? [] });
  return { id, orders: plan.orders, playouts: plan.playouts };
}
