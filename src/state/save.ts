// Saves hold the level, seed, difficulty and actions (and a what-if branch's actions, when
// one is being played); loading replays them, so a save can never hold a state the rules
// could not reach.
import { replay, type Action, type GameState, type Level } from '../engine';
import type { KeyValue } from './storage';

export const SAVE_KEY = 'paper-alliance:save';
export const SAVE_FORMAT = 1;

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

export type LoadProblem = 'corrupt' | 'outdated' | 'unknown-level' | 'illegal-moves';

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'loaded'; level: Level; game: GameState; branch: SavedBranch | null; whatIf: boolean }
  | { kind: 'rejected'; problem: LoadProblem; detail: string; setAsideAs: string | null };

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

/** Move a bad save out of the way, so it is kept for inspection and never silently overwritten. */
function setAside(storage: KeyValue, text: string, stamp: string): string | null {
  const key = `${SAVE_KEY}:rejected:${stamp}`;
  if (!storage.set(key, text)) return null;
  storage.remove(SAVE_KEY);
  return key;
}

function check(text: string, levels: Record<string, Level>): Exclude<LoadResult, { kind: 'none' | 'rejected' }> | { problem: LoadProblem; detail: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'corrupt', detail: 'the save is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { problem: 'corrupt', detail: 'the save is not an object' };
  const save = data as Partial<SaveFile>;
  if (typeof save.format !== 'number') return { problem: 'corrupt', detail: 'the save has no format version' };
  if (save.format !== SAVE_FORMAT) return { problem: 'outdated', detail: `the save has format ${save.format}; this version reads format ${SAVE_FORMAT}` };
  if (typeof save.level !== 'string' || !(save.level in levels)) return { problem: 'unknown-level', detail: `no level "${String(save.level)}"` };
  if (!Number.isInteger(save.seed) || (save.seed as number) < 0 || typeof save.difficulty !== 'string' || !Array.isArray(save.actions)) {
    return { problem: 'corrupt', detail: 'the save is missing its seed, difficulty or actions' };
  }
  if (save.whatIf !== undefined && typeof save.whatIf !== 'boolean') return { problem: 'corrupt', detail: 'the save\'s what-if mark is not true or false' };
  const whatIf = save.whatIf === true;
  const level = levels[save.level]!;
  const options = { seed: save.seed as number, difficulty: save.difficulty };
  const replayed = replay(level, options, save.actions);
  if (!replayed.ok) return { problem: 'illegal-moves', detail: `move ${replayed.error.index + 1} cannot be played: ${replayed.error.message}` };
  if (save.branch === undefined) return { kind: 'loaded', level, game: replayed.value, branch: null, whatIf };
  // The branch is replayed too, and must grow from the main line: a save whose branch the rules
  // cannot reach, or that begins elsewhere, is set aside whole.
  const branch = save.branch as { fromTurn?: unknown; actions?: unknown } | null;
  const fromTurn = branch?.fromTurn;
  if (typeof branch !== 'object' || branch === null || typeof fromTurn !== 'number' || !Number.isInteger(fromTurn) || fromTurn < 1 || fromTurn > replayed.value.turn || !Array.isArray(branch.actions)) {
    return { problem: 'corrupt', detail: 'the save\'s what-if branch is missing its month or actions' };
  }
  const branched = replay(level, options, branch.actions);
  if (!branched.ok) return { problem: 'illegal-moves', detail: `what-if move ${branched.error.index + 1} cannot be played: ${branched.error.message}` };
  const before = (game: GameState) => JSON.stringify(game.actions.filter((a) => a.turn < fromTurn));
  if (before(branched.value) !== before(replayed.value)) return { problem: 'corrupt', detail: 'the save\'s what-if branch does not start from its main line' };
  // A branch being played is a what-if, whatever the mark says.
  return { kind: 'loaded', level, game: replayed.value, branch: { fromTurn, game: branched.value }, whatIf: true };
}

/** Read the autosave; a bad one is set aside under a key of its own and reported. */
export function readSave(storage: KeyValue, levels: Record<string, Level>, stamp: string): LoadResult {
  const text = storage.get(SAVE_KEY);
  if (text === null) return { kind: 'none' };
  const checked = check(text, levels);
  if ('kind' in checked) return checked;
  return { kind: 'rejected', ...checked, setAsideAs: setAside(storage, text, stamp) };
}
