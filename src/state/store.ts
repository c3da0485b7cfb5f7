// The app's one store: the engine's game, the undo history and what the player sees, made of
// slices (session, settings, navigation, notices, the guide), each in its own file.
// Screens and scenes read it and call its actions; the rules stay in the engine.
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { byId, type GameState, type Level } from '../engine';
import type { ClassGame } from './class-game';
import { createGuideSlice, type GuideSlice } from './guide-slice';
import { FIRST_LEVEL, LEVELS } from './levels';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createNoticesSlice, type Notice, type NoticesSlice } from './notices-slice';
import { readSave, writeSave, type LoadResult } from './save';
import { createSessionSlice, openSession, type Branch, type SessionSlice } from './session-slice';
import { createSettingsSlice, openSettings, type Settings, type SettingsSlice } from './settings-slice';
import { browserStorage, type KeyValue } from './storage';

export { TEXT_SCALES, SETTINGS_KEY, type Settings } from './settings-slice';
export type { Screen } from './navigation-slice';
export { sameNotice, type AddressField, type Notice, type NoticeKind } from './notices-slice';
export { CLASS_KEY, readClassGame, isClassGame, type ClassGame } from './class-game';
export { NAME_KEY, canUndo, canContinue, type Branch } from './session-slice';
export { ordersThisMonth, withoutOrder } from './orders';

export type AppState = SessionSlice & SettingsSlice & NavigationSlice & NoticesSlice & GuideSlice;

export type GameStore = StoreApi<AppState>;

export interface StoreOptions {
  storage?: KeyValue;
  levels?: Record<string, Level>;
  /** Seed for new games when none is given; a fresh one each game when absent. */
  seed?: number;
  /** Stamp for setting a bad save aside (the page passes the time). */
  stamp?: string;
  /** Settings asked for from outside (the page's address); they win over remembered ones and are remembered. */
  settings?: Partial<Settings>;
  /** A class game from the page's address: joined at start, over any remembered one. */
  classGame?: ClassGame | null;
}

/** What the player is told as the page opens: storage refused, a save that could not be loaded. */
function openingNotices(storage: KeyValue, loaded: LoadResult): Notice[] {
  const notices: Notice[] = [];
  if (!storage.persistent) notices.push({ kind: 'storage-unavailable', cause: 'refused' });
  if (loaded.kind === 'rejected') notices.push({ kind: loaded.setAsideAs === null ? 'save-held' : 'save-rejected', problem: loaded.problem });
  return notices;
}

export function createGameStore(options: StoreOptions = {}): GameStore {
  const storage = options.storage ?? browserStorage();
  const levels = options.levels ?? LEVELS;
  const firstLevel = byId(levels, FIRST_LEVEL) ?? Object.values(levels)[0];
  if (!firstLevel) throw new Error('no playable level');
  const settings = openSettings(storage, levels, firstLevel, options.settings);
  const loaded = readSave(storage, levels, options.stamp ?? 'saved');
  const setup = { storage, levels, seed: options.seed };

  const store = createStore<AppState>()(
    immer((...a) => ({
      ...createSessionSlice(setup, openSession(setup, loaded, firstLevel, settings.difficulty))(...a),
      ...createSettingsSlice(storage, settings)(...a),
      ...createNavigationSlice()(...a),
      ...createNoticesSlice(openingNotices(storage, loaded))(...a),
      ...createGuideSlice(storage)(...a),
    })),
  );
  autosave(store, storage, loaded.kind === 'loaded');
  if (options.classGame) store.getState().joinClass(options.classGame);
  return store;
}

/** Autosave after every change of the game or of the what-if being played; a failed write is reported once. */
function autosave(store: Mutate<GameStore, [['zustand/immer', never]]>, storage: KeyValue, hasSave: boolean): void {
  const now = store.getState();
  let saved: { game: GameState; branch: Branch | null; whatIfUsed: boolean } | null = hasSave ? { game: now.game, branch: now.branch, whatIfUsed: now.whatIfUsed } : null;
  store.subscribe((state) => {
    if (state.saveHeld || (saved && state.game === saved.game && state.branch === saved.branch && state.whatIfUsed === saved.whatIfUsed)) return;
    saved = { game: state.game, branch: state.branch, whatIfUsed: state.whatIfUsed };
    const written = state.branch
      ? writeSave(storage, state.branch.main, { fromTurn: state.branch.fromTurn, game: state.game }, state.whatIfUsed)
      : writeSave(storage, state.game, null, state.whatIfUsed);
    if (!written && storage.persistent) {
      store.setState((d) => {
        if (!d.notices.some((n) => n.kind === 'storage-unavailable')) d.notices.push({ kind: 'storage-unavailable', cause: 'write-failed' });
      });
    }
  });
}
