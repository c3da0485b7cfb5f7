// The game session: the level and game in hand, the undo history of the month, a what-if
// branch beside the main line, the class game, and the saves kept for the player.
import { castDraft } from 'immer';
import type { StateCreator } from 'zustand/vanilla';
import { actUntrusted, byId, hasId, newGame, rewindTo, undo as undoOrder, type Action, type ActionError, type GameState, type Level, type StepEvent } from '../engine';
import { cleanName } from '../class/result-code';
import { CLASS_KEY, isClassGame, readClassGame, type ClassGame } from './class-game';
import { guideStep } from './guide';
import { FIRST_LEVEL } from './levels';
import { withoutOrder } from './orders';
import { deleteKeptSave, SAVE_KEY, setAsideSaves, type KeptSave, type LoadResult } from './save';
import type { KeyValue } from './storage';
import type { AppState } from './store';

export const NAME_KEY = 'paper-alliance:name';

/** A what-if: a branch played from an earlier turn, beside the main timeline. */
export interface Branch {
  fromTurn: number;
  main: GameState;
}

export interface SessionSlice {
  level: Level;
  game: GameState;
  /**
   * What happened in the step of the engine that made `game`, as the engine said; a new
   * list for each change of `game`, empty when the game was started, undone or rewound.
   */
  lastStep: readonly StepEvent[];
  /** Earlier states of the month being played, newest last: undo pops one. An ended month is not among them. */
  past: GameState[];
  branch: Branch | null;
  /** Whether this game has been replayed from an earlier month (what-if), whichever timeline was kept. */
  whatIfUsed: boolean;
  /** The class game being played (from the address, a class code, or remembered), if any. */
  classGame: ClassGame | null;
  /** The name the player gives for result codes; may be empty. */
  playerName: string;
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
  /** Rewind to the start of an earlier turn in a branch; the main line is kept for comparison. */
  branchFrom(turn: number): boolean;
  /** Leave the branch: keep it (as the game) or go back to the main line. */
  closeBranch(keep: boolean): void;
  /** The text of a kept bad save, for download; null if it is gone. */
  keptSaveText(key: string): string | null;
  /** Delete a kept bad save; deleting the held one lets the game save again. */
  deleteKeptSave(key: string): boolean;
}

type SessionData = Pick<SessionSlice, 'level' | 'game' | 'branch' | 'whatIfUsed' | 'classGame' | 'playerName' | 'keptSaves' | 'started' | 'saveHeld'>;

export interface SessionSetup {
  storage: KeyValue;
  levels: Readonly<Record<string, Level>>;
  /** Seed for new games when none is given; a fresh one each game when absent. */
  seed: number | undefined;
}

/** A fresh seed for a new game (never used by the engine itself, which only takes seeds). */
function freshSeed(): number {
  const cell = new Uint32Array(1);
  globalThis.crypto.getRandomValues(cell);
  return cell[0]!;
}

function keptSaves(storage: KeyValue, held: boolean): KeptSave[] {
  return [
    ...(held ? [{ key: SAVE_KEY, stamp: '', size: storage.get(SAVE_KEY)?.length ?? 0, held: true }] : []),
    ...setAsideSaves(storage),
  ];
}

/** The session a visit opens with: the saved game resumed, or a placeholder game of the first level. */
export function openSession(setup: SessionSetup, loaded: LoadResult, firstLevel: Level, difficulty: string): SessionData {
  const { storage, levels } = setup;
  const saveHeld = loaded.kind === 'rejected' && loaded.setAsideAs === null;
  const level = loaded.kind === 'loaded' ? loaded.level : firstLevel;
  const main = loaded.kind === 'loaded' ? loaded.game : newGame(level, { seed: setup.seed ?? freshSeed(), difficulty });
  // A what-if that was being played resumes as it was, its main line beside it.
  const resumed = loaded.kind === 'loaded' ? loaded.branch : null;
  return {
    level,
    game: resumed ? resumed.game : main,
    branch: resumed ? { fromTurn: resumed.fromTurn, main } : null,
    whatIfUsed: loaded.kind === 'loaded' && loaded.whatIf,
    classGame: readClassGame(storage, levels),
    playerName: cleanName(storage.get(NAME_KEY) ?? ''),
    keptSaves: keptSaves(storage, saveHeld),
    saveHeld,
    started: loaded.kind === 'loaded',
  };
}

export const createSessionSlice = (setup: SessionSetup, opening: SessionData): StateCreator<AppState, [['zustand/immer', never]], [], SessionSlice> => (set, get) => {
  const { storage, levels } = setup;
  return {
    ...opening,
    lastStep: [],
    past: [],

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
        d.keptSaves = keptSaves(storage, d.saveHeld);
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
      const fresh = newGame(next, { seed: classGame?.seed ?? opts.seed ?? setup.seed ?? freshSeed(), difficulty });
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
        d.tutorialStep = levelId === FIRST_LEVEL && d.settings.tutorial === 'pending' ? guideStep(null, { type: 'begin' }) : null;
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
        get().notify({ kind: 'action-refused', code: result.error.code });
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
      // The guide hears the step after the game has changed, as a change of its own.
      get().guide({ type: 'stepped', events });
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
  };
};

/** Whether the Undo button takes anything back: an order given in the month being played. */
export function canUndo(state: Pick<SessionSlice, 'past' | 'level' | 'game'>): boolean {
  return state.past.length > 0 || undoOrder(state.level, state.game) !== null;
}

/** Whether there is a game to go back to (the title screen offers "Continue"): one started or resumed, and not over. */
export function canContinue(state: Pick<SessionSlice, 'started' | 'game'>): boolean {
  return (state.started || state.game.actions.length > 0) && state.game.phase !== 'over';
}
