// Each order's expected effect on loyalty this month. The engine's preview is slow-ish over a
// whole panel, so the panel draws only what is known and the rest is worked out in idle time,
// kept per game state and order, then drawn: a turn never waits for it.
import { MEMBERS, previewOrder, type Action, type GameState, type Level, type MemberId } from '../engine';
import { signed, t } from '../i18n';
import type { AppState, GameStore } from '../state/store';
import { actionMember, deltaList, memberName } from './text';

export type Deltas = Partial<Record<MemberId, number>>;

const expected = new WeakMap<GameState, Map<string, Deltas | null>>();

/** What is known of an order's effect: the deltas, null when it cannot be given, undefined while not yet worked out. */
export function knownDeltas(game: GameState, action: Action): Deltas | null | undefined {
  return expected.get(game)?.get(JSON.stringify(action));
}

/** Loyalty change per member that the order adds to this month's deliberation; null when it cannot be given. */
export function expectedDeltas(level: Level, game: GameState, action: Action): Deltas | null {
  const known = knownDeltas(game, action);
  if (known !== undefined) return known;
  const preview = previewOrder(level, game, action);
  let deltas: Deltas | null = null;
  if (preview.ok) {
    deltas = {};
    for (const id of MEMBERS) if (preview.value.members[id].delta !== 0) deltas[id] = preview.value.members[id].delta;
  }
  let cache = expected.get(game);
  if (!cache) expected.set(game, (cache = new Map()));
  cache.set(JSON.stringify(action), deltas);
  return deltas;
}

/** The words for an order's expected effect, once it is known; null while it is not, or when there is none. */
export function previewText(state: Pick<AppState, 'game'>, action: Action): string | null {
  const deltas = knownDeltas(state.game, action);
  if (!deltas) return null;
  const target = actionMember(state.game, action);
  const ids = Object.keys(deltas);
  if (ids.length === 0) return t('action.previewNone');
  if (target && ids.length === 1 && deltas[target] !== undefined) return t('action.preview', { name: memberName(target), delta: signed(deltas[target]!) });
  return t('action.previewAll', { list: deltaList(deltas) });
}

let job = 0;

/**
 * Work out the orders' effects not yet known, a few at a time while the browser is idle, and
 * call `drawn` after each batch. A later call, or the game moving on, stops the work.
 */
export function fillPreviews(store: GameStore, actions: readonly Action[], drawn: () => void): void {
  const mine = ++job;
  const { game } = store.getState();
  const pending = actions.filter((a) => knownDeltas(game, a) === undefined);
  if (pending.length === 0) return;
  const step = (deadline?: IdleDeadline) => {
    const state = store.getState();
    if (mine !== job || state.game !== game) return;
    // At least one a step: an idle callback that timed out has no time left, and would never get on.
    do expectedDeltas(state.level, game, pending.shift()!);
    while (pending.length > 0 && deadline && deadline.timeRemaining() > 4);
    if (pending.length > 0) schedule(step);
    drawn();
  };
  schedule(step);
}

function schedule(fn: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 300 });
  else setTimeout(() => fn(), 16);
}
