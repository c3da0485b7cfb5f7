// What an order would do this month: the coming deliberation played on a copy with and
// without it, all else equal. The engine is pure, so this is exact for that deliberation.
import { applyOrder, checkAction, costOf, type Action, type ActionError, type Order } from './actions';
import { cloneState } from './clone';
import type { Cost, Level } from './level';
import { round1 } from './numbers';
import { err, ok, type Result } from './result';
import type { GameState } from './state';
import { deliberateMonth } from './turn';
import { MEMBERS, type MemberId, type Stance } from './vocabulary';

export interface MemberPreview {
  /** Loyalty and stance after this month's deliberation without the order, and with it. */
  without: { loyalty: number; stance: Stance };
  with: { loyalty: number; stance: Stance };
  /** What the order adds to the member's loyalty, rounded to one decimal. */
  delta: number;
}

export interface OrderPreview {
  cost: Cost;
  members: Record<MemberId, MemberPreview>;
}

/** The members as they come out of this month's deliberation, on a copy of `state` given `order` if any. */
function deliberated(level: Level, state: GameState, order?: Order): GameState {
  const s = cloneState(state);
  if (order) applyOrder(level, s, order);
  deliberateMonth(level, s);
  return s;
}

// A menu previews every order against the same month: its side without an order is worked out once.
const withoutOrder = new WeakMap<Level, WeakMap<GameState, GameState>>();

function baseOf(level: Level, state: GameState): GameState {
  let byState = withoutOrder.get(level);
  if (!byState) withoutOrder.set(level, (byState = new WeakMap()));
  let base = byState.get(state);
  if (!base) byState.set(state, (base = deliberated(level, state)));
  return base;
}

/** What `action` would do to each member's loyalty and stance this month, and its cost; an error when it cannot be given. */
export function previewOrder(level: Level, state: GameState, action: Action): Result<OrderPreview, ActionError> {
  const refused = checkAction(level, state, action);
  if (refused) return err(refused);
  const base = baseOf(level, state);
  const ordered = action.type === 'endTurn' ? base : deliberated(level, state, action);
  const members = {} as Record<MemberId, MemberPreview>;
  for (const id of MEMBERS) {
    const a = base.members[id];
    const b = ordered.members[id];
    members[id] = { without: { loyalty: a.loyalty, stance: a.stance }, with: { loyalty: b.loyalty, stance: b.stance }, delta: round1(b.loyalty - a.loyalty) };
  }
  return ok({ cost: costOf(level, action), members });
}
