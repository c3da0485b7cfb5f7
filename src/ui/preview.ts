// What an order is expected to do: the month played out with and without it, all
// else equal. The engine is pure, so this is exact for the coming deliberation.
import { act, MEMBERS, type Action, type GameState, type Level, type MemberId } from '../engine';
import { round1 } from '../engine/numbers';

const END: Action = { type: 'endTurn' };
const ended = new WeakMap<GameState, GameState | null>();
const previews = new WeakMap<GameState, Map<string, Partial<Record<MemberId, number>>>>();

function endOf(level: Level, game: GameState): GameState | null {
  if (!ended.has(game)) {
    const r = act(level, game, END);
    ended.set(game, r.ok ? r.value : null);
  }
  return ended.get(game) ?? null;
}

/** Loyalty change per member that the order adds to this month's deliberation. */
export function previewOrder(level: Level, game: GameState, action: Action): Partial<Record<MemberId, number>> | null {
  let cache = previews.get(game);
  if (!cache) previews.set(game, (cache = new Map()));
  const key = JSON.stringify(action);
  const hit = cache.get(key);
  if (hit) return hit;
  const base = endOf(level, game);
  const ordered = act(level, game, action);
  if (!base || !ordered.ok) return null;
  const after = act(level, ordered.value, END);
  if (!after.ok) return null;
  // Compare the decisions, not the end state: a lost game would otherwise show nothing.
  const out: Partial<Record<MemberId, number>> = {};
  for (const id of MEMBERS) {
    const delta = round1(after.value.members[id].loyalty - base.members[id].loyalty);
    if (delta !== 0) out[id] = delta;
  }
  cache.set(key, out);
  return out;
}
