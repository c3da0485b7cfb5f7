// The app's one store: the engine's game, the undo history and what the player sees.
// Screens and scenes read it and call its actions; the rules stay in the engine.
import { castDraft } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { actUntrusted, byId, hasId, newGame, replay, rewindTo, undo as undoOrder, type Action, type ActionError, type GameState, type Level, type MemberId, type StepEvent } from '../engine';
import { FIRST_LEVEL, LEVELS } from './levels';
import { deleteKeptSave, readSave, SAVE_KEY, setAsideSaves, writeSave, type KeptSave, type LoadResult } from './save';
import { browserStorage, type KeyValue } from './storage';
import { cleanName } from '../class/result-code';

export type Screen = 'title' | 'levels' | 'game' | 'debrief' | 'rulebook' | 'sources' | 'settings' | 'howto' | 'whatif' | 'class' | 'classSetup' | 'resultCode' | 'results' | 'pack';

export interface Settings {
  lang: 'en' | 'ru';
  reducedMotion: boolean;
  difficulty: string;
  /** Root text size, 1 to 2 (100% to 200%). */
  textScale: number;
  /** Whether the guided first turn still waits for the player. */
  tutorial: 'pending' | 'done';
  /** Larger type and stronger contrast, for a class watching a projected screen. */
  projector: boolean;
}

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

export type NoticeKind = 'save-rejected' | 'save-held' | 'storage-unavailable' | 'action-refused' | 'bad-url' | 'bad-message';
export interface Notice {
  kind: NoticeKind;
  detail: string;
}

/** A game a class plays together: the same level, difficulty and seed for everyone, held until the player leaves it. */
export interface ClassGame {
  level: string;
  difficulty: string;
  seed: number;
}

/** A what-if: a branch played from an earlier turn, beside the main timeline. */
export interface Branch {
  fromTurn: number;
  main: GameState;
}

export interface AppState {
  level: Level;
  game: GameState;
  /**
   * What happened in the step of the engine that made `game`, as the engine said; a new
   * list for each change of `game`, empty when the game was started, undone or rewound.
   */
  lastStep: readonly StepEvent[];
  /** Earlier states of the month being played, newest last: undo pops one. An ended month is not among them. */
  past: GameState[];
  selected: MemberId | null;
  screen: Screen;
  settings: Settings;
  notices: Notice[];
  branch: Branch | null;
  /** Whether this game has been replayed from an earlier month (what-if), whichever timeline was kept. */
  whatIfUsed: boolean;
  /** The class game being played (from the address, a class code, or remembered), if any. */
  classGame: ClassGame | null;
  /** The name the player gives for result codes; may be empty. */
  playerName: string;
  /** Step of the guided first turn being shown (1-based), or null. */
  tutorialStep: number | null;
  /** Bad saves kept for the player: the copies set aside, and the held save if there is one. */
  keptSaves: KeptSave[];
  /** Whether the game in hand was started by the player or resumed from a save (not the placeholder a first visit opens with). */
  started: boolean;
  /** A bad save that could not be copied aside stays where it is: the game plays in memory and never writes over it. */
  saveHeld: boolean;

  /** Start a new game; in a class game only the class game starts, as the class plays it. */
  start(levelId: string, options?: { seed?: number; difficulty?: string }): void;
  /** Join a class game: its briefing opens, and a game of it already under way is kept. */
  joinClass(game: ClassGame): void;
  /** Leave the class game on purpose: level, difficulty and seed are free again. */
  leaveClass(): void;
  setPlayerName(name: string): void;
  act(action: Action): ActionError | null;
  undo(): boolean;
  /**
   * Take back one order of the month being played, the others kept: the month is replayed
   * without it. Refused (null) when it is not this month's, or when a later order needs
   * what it gave (that one must be taken back first).
   */
  takeBack(index: number): boolean;
  select(member: MemberId | null): void;
  show(screen: Screen): void;
  setSettings(patch: Partial<Settings>): void;
  dismissNotice(kind: NoticeKind): void;
  /** Rewind to the start of an earlier turn in a branch; the main line is kept for comparison. */
  branchFrom(turn: number): boolean;
  /** Leave the branch: keep it (as the game) or go back to the main line. */
  closeBranch(keep: boolean): void;
  /** Show a step of the guided first turn, or null to close it; closing marks it done. */
  setTutorialStep(step: number | null): void;
  /** Report a problem with outside input (the address, a host page's message). */
  notify(kind: NoticeKind, detail: string): void;
  /** The text of a kept bad save, for download; null if it is gone. */
  keptSaveText(key: string): string | null;
  /** Delete a kept bad save; deleting the held one lets the game save again. */
  deleteKeptSave(key: string): boolean;
}

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

export const SETTINGS_KEY = 'paper-alliance:settings';
export const CLASS_KEY = 'paper-alliance:class';
export const NAME_KEY = 'paper-alliance:name';

/** A fresh seed for a new game (never used by the engine itself, which only takes seeds). */
function freshSeed(): number {
  const cell = new Uint32Array(1);
  globalThis.crypto.getRandomValues(cell);
  return cell[0]!;
}

function readSettings(storage: KeyValue, levels: Readonly<Record<string, Level>>): Partial<Settings> {
  try {
    const parsed: unknown = JSON.parse(storage.get(SETTINGS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const data = parsed as Record<string, unknown>;
    const out: Partial<Settings> = {};
    if (data.lang === 'en' || data.lang === 'ru') out.lang = data.lang;
    if (typeof data.reducedMotion === 'boolean') out.reducedMotion = data.reducedMotion;
    // A difficulty some level names; anything else (an inherited name such as "toString") is dropped.
    if (Object.values(levels).some((level) => hasId(level.difficulties, data.difficulty))) out.difficulty = data.difficulty as string;
    if (typeof data.textScale === 'number' && (TEXT_SCALES as readonly number[]).includes(data.textScale)) out.textScale = data.textScale;
    if (data.tutorial === 'pending' || data.tutorial === 'done') out.tutorial = data.tutorial;
    if (typeof data.projector === 'boolean') out.projector = data.projector;
    return out;
  } catch {
    return {};
  }
}

/** The class game remembered from an earlier visit, if it still names a level and difficulty of this build. */
export function readClassGame(storage: KeyValue, levels: Readonly<Record<string, Level>>): ClassGame | null {
  try {
    const data: unknown = JSON.parse(storage.get(CLASS_KEY) ?? 'null');
    if (typeof data !== 'object' || data === null) return null;
    const { level, difficulty, seed } = data as Record<string, unknown>;
    const found = byId(levels, level);
    if (!found || !hasId(found.difficulties, difficulty) || typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return null;
    return { level: found.id, difficulty: difficulty as string, seed };
  } catch {
    return null;
  }
}

/** Whether a game is the class game: the same level, difficulty and seed. */
export function isClassGame(classGame: ClassGame | null, game: GameState): boolean {
  return classGame !== null && game.level === classGame.level && game.difficulty === classGame.difficulty && game.seed === classGame.seed;
}

export function createGameStore(options: StoreOptions = {}): GameStore {
  const storage = options.storage ?? browserStorage();
  const levels = options.levels ?? LEVELS;
  const firstLevel = byId(levels, FIRST_LEVEL) ?? Object.values(levels)[0];
  if (!firstLevel) throw new Error('no playable level');
  const settings: Settings = {
    lang: 'en',
    reducedMotion: false,
    difficulty: firstLevel.defaultDifficulty,
    textScale: 1,
    tutorial: 'pending',
    projector: false,
    ...readSettings(storage, levels),
    ...(options.settings ?? {}),
  };
  if (options.settings && Object.keys(options.settings).length > 0) storage.set(SETTINGS_KEY, JSON.stringify(settings));
  const notices: Notice[] = [];
  if (!storage.persistent) notices.push({ kind: 'storage-unavailable', detail: '' });

  const loaded: LoadResult = readSave(storage, levels, options.stamp ?? 'saved');
  if (loaded.kind === 'rejected') notices.push({ kind: loaded.setAsideAs === null ? 'save-held' : 'save-rejected', detail: `${loaded.problem}: ${loaded.detail}` });
  const saveHeld = loaded.kind === 'rejected' && loaded.setAsideAs === null;
  const kept = (held: boolean): KeptSave[] => [
    ...(held ? [{ key: SAVE_KEY, stamp: '', size: storage.get(SAVE_KEY)?.length ?? 0, held: true }] : []),
    ...setAsideSaves(storage),
  ];
  const level = loaded.kind === 'loaded' ? loaded.level : firstLevel;
  const main = loaded.kind === 'loaded' ? loaded.game : newGame(level, { seed: options.seed ?? freshSeed(), difficulty: settings.difficulty });
  // A what-if that was being played resumes as it was, its main line beside it.
  const resumed = loaded.kind === 'loaded' ? loaded.branch : null;
  const whatIfUsed = loaded.kind === 'loaded' && loaded.whatIf;
  const game = resumed ? resumed.game : main;
  const hasSave = loaded.kind === 'loaded';
  const classGame = readClassGame(storage, levels);

  const store = createStore<AppState>()(
    immer((set, get) => ({
      level,
      game,
      lastStep: [],
      past: [],
      selected: null,
      screen: 'title',
      settings,
      notices,
      branch: resumed ? { fromTurn: resumed.fromTurn, main } : null,
      whatIfUsed,
      classGame,
      playerName: cleanName(storage.get(NAME_KEY) ?? ''),
      tutorialStep: null,
      keptSaves: kept(saveHeld),
      saveHeld,
      started: hasSave,

      keptSaveText(key) {
        return get().keptSaves.some((k) => k.key === key) ? storage.get(key) : null;
      },

      deleteKeptSave(key) {
        if (!get().keptSaves.some((k) => k.key === key) || !deleteKeptSave(storage, key)) return false;
        set((d) => {
          if (key === SAVE_KEY) {
            d.saveHeld = false;
            d.notices = d.notices.filter((n) => n.kind !== 'save-held');
          }
          d.keptSaves = kept(d.saveHeld);
        });
        return true;
      },

      start(levelId, opts = {}) {
        const next = byId(levels, levelId);
        if (!next) return;
        const classGame = get().classGame;
        // The class game holds: nothing but leaving it starts another level, difficulty or seed.
        if (classGame && levelId !== classGame.level) return;
        const difficulty = classGame?.difficulty ?? opts.difficulty ?? get().settings.difficulty;
        const fresh = newGame(next, { seed: classGame?.seed ?? opts.seed ?? options.seed ?? freshSeed(), difficulty });
        set((d) => {
          d.level = castDraft(next);
          d.game = castDraft(fresh);
          d.lastStep = [];
          d.past = [];
          d.selected = null;
          d.branch = null;
          d.whatIfUsed = false;
          d.screen = 'game';
          d.started = true;
          d.tutorialStep = levelId === FIRST_LEVEL && d.settings.tutorial === 'pending' ? 1 : null;
        });
      },

      joinClass(spec) {
        const level = byId(levels, spec.level);
        if (!level || !hasId(level.difficulties, spec.difficulty)) return;
        storage.set(CLASS_KEY, JSON.stringify(spec));
        const keep = isClassGame(spec, get().game);
        set((d) => {
          d.classGame = spec;
          d.screen = 'class';
        });
        if (!keep) {
          get().start(spec.level);
          set((d) => {
            d.screen = 'class';
          });
        }
      },

      leaveClass() {
        storage.remove(CLASS_KEY);
        set((d) => {
          d.classGame = null;
          d.screen = 'title';
        });
      },

      setPlayerName(name) {
        const clean = cleanName(name);
        storage.set(NAME_KEY, clean);
        set((d) => {
          d.playerName = clean;
        });
      },

      act(action) {
        const { level: current, game: before } = get();
        // Its shape is checked too: an id that came from outside must not reach the rules unread.
        const result = actUntrusted(current, before, action);
        if (!result.ok) {
          set((d) => {
            d.notices = d.notices.filter((n) => n.kind !== 'action-refused');
            d.notices.push({ kind: 'action-refused', detail: result.error.code });
          });
          return result.error;
        }
        const { state: after, events } = result.value;
        set((d) => {
          // A month once ended is not undone, so the history starts again with each month.
          if (action.type === 'endTurn') d.past = [];
          else d.past.push(castDraft(before));
          d.game = castDraft(after);
          d.lastStep = castDraft(events);
          d.notices = d.notices.filter((n) => n.kind !== 'action-refused');
          if (after.phase === 'over') d.screen = 'debrief';
        });
        return null;
      },

      undo() {
        const { level: current, game: now, past } = get();
        // Orders given before a reload are not in the history; the engine rebuilds them.
        const previous = past[past.length - 1] ?? undoOrder(current, now);
        if (!previous) return false;
        set((d) => {
          d.past.pop();
          d.game = castDraft(previous);
          d.lastStep = [];
        });
        return true;
      },

      takeBack(index) {
        const { level: current, game: now } = get();
        const without = withoutOrder(current, now, index);
        if (!without) return false;
        set((d) => {
          d.game = castDraft(without);
          // The states in between no longer lead here: undo rebuilds from the engine from now on.
          d.past = [];
          d.lastStep = [];
        });
        return true;
      },

      select(member) {
        set((d) => {
          d.selected = member;
        });
      },

      show(screen) {
        set((d) => {
          d.screen = screen;
        });
      },

      setSettings(patch) {
        set((d) => {
          Object.assign(d.settings, patch);
        });
        storage.set(SETTINGS_KEY, JSON.stringify(get().settings));
      },

      dismissNotice(kind) {
        set((d) => {
          d.notices = d.notices.filter((n) => n.kind !== kind);
        });
      },

      branchFrom(turn) {
        const { level: current, game: main, branch } = get();
        const base = branch ? branch.main : main;
        const rewound = rewindTo(current, main, turn);
        if (!rewound) return false;
        set((d) => {
          d.branch = castDraft({ fromTurn: turn, main: base });
          d.whatIfUsed = true;
          d.game = castDraft(rewound);
          d.lastStep = [];
          d.past = [];
          d.screen = 'game';
        });
        return true;
      },

      setTutorialStep(step) {
        set((d) => {
          d.tutorialStep = step;
          if (step === null) d.settings.tutorial = 'done';
        });
        if (step === null) storage.set(SETTINGS_KEY, JSON.stringify(get().settings));
      },

      notify(kind, detail) {
        set((d) => {
          d.notices = d.notices.filter((n) => n.kind !== kind);
          d.notices.push({ kind, detail });
        });
      },

      closeBranch(keep) {
        const branch = get().branch;
        if (!branch) return;
        set((d) => {
          if (!keep) {
            d.game = castDraft(branch.main);
            d.lastStep = [];
          }
          d.branch = null;
          d.past = [];
        });
      },
    })),
  );

  // Autosave after every change of the game or of the what-if being played; a failed write is reported once.
  let saved: { game: GameState; branch: Branch | null; whatIfUsed: boolean } | null = hasSave
    ? { game: store.getState().game, branch: store.getState().branch, whatIfUsed: store.getState().whatIfUsed }
    : null;
  store.subscribe((state) => {
    if (state.saveHeld || (saved && state.game === saved.game && state.branch === saved.branch && state.whatIfUsed === saved.whatIfUsed)) return;
    saved = { game: state.game, branch: state.branch, whatIfUsed: state.whatIfUsed };
    const written = state.branch
      ? writeSave(storage, state.branch.main, { fromTurn: state.branch.fromTurn, game: state.game }, state.whatIfUsed)
      : writeSave(storage, state.game, null, state.whatIfUsed);
    if (!written && storage.persistent) {
      store.setState((d) => {
        if (!d.notices.some((n) => n.kind === 'storage-unavailable')) d.notices.push({ kind: 'storage-unavailable', detail: 'write failed' });
      });
    }
  });
  if (options.classGame) store.getState().joinClass(options.classGame);
  return store;
}

/** Whether the Undo button takes anything back: an order given in the month being played. */
export function canUndo(state: AppState): boolean {
  return state.past.length > 0 || undoOrder(state.level, state.game) !== null;
}

/** Whether there is a game to go back to (the title screen offers "Continue"): one started or resumed, and not over. */
export function canContinue(state: AppState): boolean {
  return (state.started || state.game.actions.length > 0) && state.game.phase !== 'over';
}

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
