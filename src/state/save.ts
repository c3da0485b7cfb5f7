// Saves hold the level, seed, difficulty and actions (and a what-if branch's actions, when
// one is being played); loading replays them, so a save can never hold a state the rules
// could not reach.
import { byId, hasId, replay, type Action, type GameState, type Level } from '../engine';
import type { KeyValue } from './storage';

export const SAVE_KEY = 'paper-alliance:save';
export const SAVE_FORMAT = 1;
/** Bad saves are copied under this prefix and the time they were found. */
export const SET_ASIDE_PREFIX = `${SAVE_KEY}:rejected:`;
/** Only the latest few copies are kept: they count toward the browser's storage quota. */
export const SET_ASIDE_KEEP = 3;
const MAX_SEED = 0xffffffff;

export interface SaveFile {
  format: number;
  level: string;
  seed: number;
  difficulty: string;
  actions: Action[];
  /** A what-if being played: the month it rewound to and the branch's own line of actions. */
  branch?: { fromTurn: number; actions: Action[] };
  /** Whether the game was ever replayed from an earlier month; a save without it never was. */
  whatIf?: boolean;
}

/** A branch as the store holds it: its game, and the month it was rewound to. */
export interface SavedBranch {
  fromTurn: number;
  game: GameState;
}

export const LOAD_PROBLEMS = ['corrupt', 'outdated', 'unknown-level', 'unknown-difficulty', 'illegal-moves'] as const;
export type LoadProblem = (typeof LOAD_PROBLEMS)[number];

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'loaded'; level: Level; game: GameState; branch: SavedBranch | null; whatIf: boolean }
  /** `setAsideAs` null: the copy failed, so the save was left where it was and must not be overwritten. */
  | { kind: 'rejected'; problem: LoadProblem; detail: string; setAsideAs: string | null };

/** A bad save kept for the player: set aside under `key`, or `held` where it was when it could not be copied. */
export interface KeptSave {
  key: string;
  /** When it was found (the stamp in its key); empty for the held save. */
  stamp: string;
  /** Its size in characters. */
  size: number;
  held: boolean;
}

export function toSave(game: GameState, branch: SavedBranch | null = null, whatIf = branch !== null): SaveFile {
  const save: SaveFile = { format: SAVE_FORMAT, level: game.level, seed: game.seed, difficulty: game.difficulty, actions: game.actions.map((a) => a.action) };
  if (branch) save.branch = { fromTurn: branch.fromTurn, actions: branch.game.actions.map((a) => a.action) };
  save.whatIf = whatIf || branch !== null;
  return save;
}

/** Saves the main line, the what-if branch being played if there is one, and whether what-if was used. */
export function writeSave(storage: KeyValue, game: GameState, branch: SavedBranch | null = null, whatIf = branch !== null): boolean {
  return storage.set(SAVE_KEY, JSON.stringify(toSave(game, branch, whatIf)));
}

/** The copies set aside, newest first. */
export function setAsideSaves(storage: KeyValue): KeptSave[] {
  return storage.keys()
    .filter((key) => key.startsWith(SET_ASIDE_PREFIX))
    .sort()
    .reverse()
    .map((key) => ({ key, stamp: key.slice(SET_ASIDE_PREFIX.length), size: storage.get(key)?.length ?? 0, held: false }));
}

/** Move a bad save out of the way, so it is kept for inspection and never silently overwritten.
 *  Only a copy that was written counts: otherwise the save stays where it is. */
function setAside(storage: KeyValue, text: string, stamp: string): string | null {
  let key = `${SET_ASIDE_PREFIX}${stamp}`;
  // Two bad saves found in the same millisecond keep both.
  for (let n = 2; storage.get(key) !== null; n++) key = `${SET_ASIDE_PREFIX}${stamp}~${n}`;
  if (!storage.set(key, text) || storage.get(key) !== text) return null;
  storage.remove(SAVE_KEY);
  for (const old of setAsideSaves(storage).slice(SET_ASIDE_KEEP)) storage.remove(old.key);
  return key;
}

/** Delete a kept copy; only keys of set-aside saves (or the held save itself) can be named. */
export function deleteKeptSave(storage: KeyValue, key: string): boolean {
  if (key !== SAVE_KEY && !key.startsWith(SET_ASIDE_PREFIX)) return false;
  storage.remove(key);
  return storage.get(key) === null;
}

type Bad = { kind: 'bad'; problem: LoadProblem; detail: string };
const bad = (problem: LoadProblem, detail: string): Bad => ({ kind: 'bad', problem, detail });

function check(text: string, levels: Readonly<Record<string, Level>>): Exclude<LoadResult, { kind: 'none' | 'rejected' }> | Bad {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad('corrupt', 'the save is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('corrupt', 'the save is not an object');
  const save = data as Partial<SaveFile>;
  if (typeof save.format !== 'number') return bad('corrupt', 'the save has no format version');
  if (save.format !== SAVE_FORMAT) return bad('outdated', `the save has format ${save.format}; this version reads format ${SAVE_FORMAT}`);
  const level = byId(levels, save.level);
  if (!level) return bad('unknown-level', 'the save names no level this version has');
  if (!Number.isInteger(save.seed) || (save.seed as number) < 0 || (save.seed as number) > MAX_SEED || typeof save.difficulty !== 'string' || !Array.isArray(save.actions)) {
    return bad('corrupt', 'the save is missing its seed, difficulty or actions');
  }
  if (!hasId(level.difficulties, save.difficulty)) return bad('unknown-difficulty', 'the save names no difficulty its level has');
  if (save.whatIf !== undefined && typeof save.whatIf !== 'boolean') return bad('corrupt', 'the save\'s what-if mark is not true or false');
  const whatIf = save.whatIf === true;
  const options = { seed: save.seed as number, difficulty: save.difficulty };
  const replayed = replay(level, options, save.actions);
  if (!replayed.ok) return bad('illegal-moves', `move ${replayed.error.index + 1} cannot be played: ${replayed.error.message}`);
  if (save.branch === undefined) return { kind: 'loaded', level, game: replayed.value, branch: null, whatIf };
  // The branch is replayed too, and must grow from the main line: a save whose branch the rules
  // cannot reach, or that begins elsewhere, is set aside whole.
  const branch = save.branch as { fromTurn?: unknown; actions?: unknown } | null;
  const fromTurn = branch?.fromTurn;
  if (typeof branch !== 'object' || branch === null || typeof fromTurn !== 'number' || !Number.isInteger(fromTurn) || fromTurn < 1 || fromTurn > replayed.value.turn || !Array.isArray(branch.actions)) {
    return bad('corrupt', 'the save\'s what-if branch is missing its month or actions');
  }
  const branched = replay(level, options, branch.actions);
  if (!branched.ok) return bad('illegal-moves', `what-if move ${branched.error.index + 1} cannot be played: ${branched.error.message}`);
  const before = (game: GameState) => JSON.stringify(game.actions.filter((a) => a.turn < fromTurn));
  if (before(branched.value) !== before(replayed.value)) return bad('corrupt', 'the save\'s what-if branch does not start from its main line');
  // A branch being played is a what-if, whatever the mark says.
  return { kind: 'loaded', level, game: replayed.value, branch: { fromTurn, game: branched.value }, whatIf: true };
}

/** Read the autosave; a bad one is set aside under a key of its own and reported. */
export function readSave(storage: KeyValue, levels: Readonly<Record<string, Level>>, stamp: string): LoadResult {
  const text = storage.get(SAVE_KEY);
  if (text === null) return { kind: 'none' };
  const checked = check(text, levels);
  if (checked.kind === 'loaded') return checked;
  return { kind: 'rejected', problem: checked.problem, detail: checked.detail, setAsideAs: setAside(storage, text, stamp) };
}
