// Helpers for tests that play the real levels.
import { loadLevel } from '../../src/cli/levels';
import { act, newGame, type Action, type GameState, type Level } from '../../src/engine';

export function loadLevelFile(id: string): Level {
  const loaded = loadLevel(id);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.level;
}

export const MAY_2022 = loadLevelFile('may-2022');

/** A copy of a level with some parts changed, for counterfactual plays. */
export function variant(level: Level, change: (copy: Level) => void): Level {
  const copy = structuredClone(level);
  change(copy);
  return copy;
}

export function must(state: GameState, level: Level, action: Action): GameState {
  const next = act(level, state, action);
  if (!next.ok) throw new Error(`${JSON.stringify(action)} refused: ${next.error.code} ${next.error.message}`);
  return next.value.state;
}

/**
 * Play a whole game: `orders(state)` gives the orders for each turn (may be empty);
 * orders that cannot be given are skipped, then the turn ends.
 */
export function playGame(level: Level, seed: number, orders: (state: GameState) => Action[] = () => [], difficulty?: string): GameState {
  let state = newGame(level, { seed, ...(difficulty ? { difficulty } : {}) });
  while (state.phase !== 'over') {
    for (const action of orders(state)) {
      const next = act(level, state, action);
      if (next.ok) state = next.value.state;
    }
    state = must(state, level, { type: 'endTurn' });
  }
  return state;
}

/** Play up to (not through) the start of `turn`. */
export function playTo(level: Level, seed: number, turn: number, orders: (state: GameState) => Action[] = () => []): GameState {
  let state = newGame(level, { seed });
  while (state.turn < turn && state.phase !== 'over') {
    for (const action of orders(state)) {
      const next = act(level, state, action);
      if (next.ok) state = next.value.state;
    }
    state = must(state, level, { type: 'endTurn' });
  }
  return state;
}

export const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
