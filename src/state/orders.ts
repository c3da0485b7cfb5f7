// The orders of the month being played, and the game as if one of them had not been given.
import { replay, type Action, type GameState, type Level } from '../engine';

/** The orders of the month being played, with their index in the game's actions. */
export function ordersThisMonth(game: GameState): { index: number; action: Action }[] {
  const out: { index: number; action: Action }[] = [];
  game.actions.forEach((a, index) => {
    if (a.turn === game.turn && a.action.type !== 'endTurn') out.push({ index, action: a.action });
  });
  return out;
}

const replayed = new WeakMap<GameState, Map<number, GameState | null>>();

/**
 * The game as if the order at `index` had not been given this month, the others kept: its
 * actions replayed without it. Null when it is not an order of this month, or when a later
 * order of the month could not be given without it.
 */
export function withoutOrder(level: Level, game: GameState, index: number): GameState | null {
  let cache = replayed.get(game);
  if (!cache) replayed.set(game, (cache = new Map()));
  if (cache.has(index)) return cache.get(index)!;
  const entry = game.actions[index];
  let result: GameState | null = null;
  if (entry && entry.turn === game.turn && entry.action.type !== 'endTurn' && game.phase !== 'over') {
    const rest = game.actions.filter((_, i) => i !== index).map((a) => a.action);
    const again = replay(level, { seed: game.seed, difficulty: game.difficulty }, rest);
    result = again.ok && again.value.turn === game.turn ? again.value : null;
  }
  cache.set(index, result);
  return result;
}
