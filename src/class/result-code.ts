// A result code holds a game, not a claim about it: the level and its version, the
// difficulty, the seed, every order in turn, whether what-if was used and the player's
// name. Whoever reads it replays the orders, so a result cannot be made up without
// playing it, and the engine's own refusals say where a forged one goes wrong.
//
//   PA1.may-2022.1.1.AAAH5m.0.<orders>.<name>.<check>
//
// Fields are parted by dots (outside the URL-safe alphabet the fields use): the format,
// the level's id and version, the difficulty's place in the level's list, the seed (six
// characters), 0 or 1 for what-if, one character per order, the name as UTF-8, and a
// CRC-24 of everything before it.
import { act, byId, hasId, newGame, type Action, type ActionErrorCode, type GameState, type Level, type MemberId } from '../engine';
import { decodeText, digits, encodeText, isBase64url, undigits, valueOf, ALPHABET } from './base64url';
import { crc24 } from './checksum';

export const FORMAT = 'PA1';
const PREFIX = /^PA(\d+)$/;
/** Longer than any game of the shipped levels with the longest name, short of anything pasted by mistake. */
export const MAX_CODE_LENGTH = 600;
export const MAX_NAME_LENGTH = 40;
const FIELDS = 9;

// The orders of format 1, each one character: the member levers for each member, then
// the orders aimed at nothing, then answers to the calls by their place in the game's
// list of requests (which only ever grows). Written out so a new lever cannot shift them.
const MEMBERS_V1: readonly MemberId[] = ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'];
const MEMBER_LEVERS_V1 = ['economicAid', 'securityHelp', 'coerce', 'pressRecognition', 'demandSolidarity'] as const;
const FIXED_V1: readonly Action[] = [
  ...MEMBER_LEVERS_V1.flatMap((type) => MEMBERS_V1.map((member): Action => ({ type, member }))),
  { type: 'endTurn' },
  { type: 'stopArmsToAzerbaijan' },
  { type: 'resumeArmsToAzerbaijan' },
  { type: 'hostSummit' },
  { type: 'nordicLine', line: 'principled' },
  { type: 'nordicLine', line: 'blindEye' },
  { type: 'redeploy', to: 'reserve' },
  { type: 'redeploy', to: 'ukraine' },
];
const FIRST_CALL = FIXED_V1.length;
const MAX_CALLS = ALPHABET.length - FIRST_CALL;

export type CodeErrorCode =
  | 'empty' | 'too-long' | 'not-a-code' | 'other-format' | 'cut' | 'bad-character' | 'checksum'
  | 'unknown-level' | 'other-level-version' | 'unknown-difficulty' | 'bad-seed' | 'bad-what-if' | 'bad-name'
  | 'unknown-order' | 'illegal-order';

export interface CodeError {
  code: CodeErrorCode;
  /** The field it is about: `level`, `seed`, `orders[12]`… */
  path: string;
  /** For an order: the month of the game (1-based turn) in which it was given. */
  turn?: number;
  /** For an illegal order: the order and the engine's reason. */
  action?: Action;
  reason?: ActionErrorCode;
  /** For an illegal order: the level and the game as they stood when it was refused. */
  level?: Level;
  game?: GameState;
  /** For an unknown level or another version: what the code names. */
  found?: string;
}

export interface ResultCodeParts {
  name: string;
  whatIf: boolean;
}

/** A code read and replayed. */
export interface PlayedResult extends ResultCodeParts {
  code: string;
  level: Level;
  difficulty: string;
  seed: number;
  actions: Action[];
  /** The state the orders lead to; a game still being played when the code was made is not over. */
  state: GameState;
}

/** A name as a code keeps it: no control characters, spaces collapsed, at most 40 characters. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  return [...plain].slice(0, MAX_NAME_LENGTH).join('');
}

function symbolOf(game: GameState, action: Action): number {
  if (action.type === 'answerCrisisCall') {
    const slot = game.requests.findIndex((r) => r.id === action.request);
    return slot >= 0 && slot < MAX_CALLS ? FIRST_CALL + slot : -1;
  }
  return FIXED_V1.findIndex((a) => a.type === action.type && a.member === action.member && a.line === action.line && a.to === action.to);
}

function seal(body: string): string {
  return `${body}.${digits(crc24(body), 4)}`;
}

/** The result code of a game as it stands; null only for a game with more calls than the format can name. */
export function resultCode(level: Level, game: GameState, parts: ResultCodeParts): string | null {
  const difficulty = Object.keys(level.difficulties).indexOf(game.difficulty);
  let orders = '';
  for (const { action } of game.actions) {
    const symbol = symbolOf(game, action);
    if (symbol < 0) return null;
    orders += ALPHABET[symbol];
  }
  const fields = [FORMAT, level.id, String(level.version), ALPHABET[difficulty], digits(game.seed >>> 0, 6), parts.whatIf ? '1' : '0', orders, encodeText(cleanName(parts.name))];
  return seal(fields.join('.'));
}

const failure = (errors: CodeError[]) => ({ ok: false as const, errors });

/** Read a result code from anyone and replay it: the game it holds, or every reason it cannot be read. */
export function readResultCode(input: string, levels: Readonly<Record<string, Level>>): { ok: true; value: PlayedResult } | { ok: false; errors: CodeError[] } {
  // Spaces and line breaks come from wrapped mail and copied cells; no code holds one.
  const code = input.replace(/\s+/g, '');
  if (code === '') return failure([{ code: 'empty', path: '' }]);
  if (code.length > MAX_CODE_LENGTH) return failure([{ code: 'too-long', path: '' }]);
  const fields = code.split('.');
  const format = PREFIX.exec(fields[0]!);
  if (!format) return failure([{ code: 'not-a-code', path: 'format' }]);
  if (fields[0] !== FORMAT) return failure([{ code: 'other-format', path: 'format', found: fields[0]! }]);
  if (fields.length < FIELDS) return failure([{ code: 'cut', path: '' }]);
  if (fields.length > FIELDS || !fields.slice(1).every((f, i) => (i === 0 ? /^[a-z0-9-]+$/.test(f) : i === 1 ? /^\d+$/.test(f) : isBase64url(f)))) {
    return failure([{ code: 'bad-character', path: '' }]);
  }
  const [, levelId, version, difficultyChar, seedText, whatIfText, orders, nameText, check] = fields as [string, string, string, string, string, string, string, string, string];
  if (check.length !== 4) return failure([{ code: 'cut', path: 'check' }]);
  if (undigits(check) !== crc24(fields.slice(0, -1).join('.'))) return failure([{ code: 'checksum', path: 'check' }]);

  const level = byId(levels, levelId);
  if (!level) return failure([{ code: 'unknown-level', path: 'level', found: levelId }]);
  if (Number(version) !== level.version) return failure([{ code: 'other-level-version', path: 'version', found: version }]);
  const errors: CodeError[] = [];
  const difficulty = Object.keys(level.difficulties)[valueOf(difficultyChar)];
  if (difficultyChar.length !== 1 || difficulty === undefined || !hasId(level.difficulties, difficulty)) errors.push({ code: 'unknown-difficulty', path: 'difficulty' });
  const seed = seedText.length === 6 ? undigits(seedText) : -1;
  if (seed < 0 || seed > 0xffffffff) errors.push({ code: 'bad-seed', path: 'seed' });
  if (whatIfText !== '0' && whatIfText !== '1') errors.push({ code: 'bad-what-if', path: 'whatIf' });
  const name = decodeText(nameText);
  if (name === null || name !== cleanName(name)) errors.push({ code: 'bad-name', path: 'name' });
  if (errors.length > 0) return failure(errors);

  let state = newGame(level, { seed, difficulty: difficulty! });
  const actions: Action[] = [];
  for (let index = 0; index < orders.length; index++) {
    const symbol = valueOf(orders[index]!);
    const request = symbol >= FIRST_CALL ? state.requests[symbol - FIRST_CALL] : undefined;
    const action: Action | undefined = symbol < FIRST_CALL ? FIXED_V1[symbol] : request && { type: 'answerCrisisCall', request: request.id };
    const path = `orders[${index}]`;
    if (!action) return failure([{ code: 'unknown-order', path, turn: state.turn }]);
    const next = act(level, state, action);
    if (!next.ok) return failure([{ code: 'illegal-order', path, turn: state.turn, action, reason: next.error.code, level, game: state }]);
    state = next.value.state;
    actions.push(action);
  }
  return { ok: true, value: { code, name: name!, whatIf: whatIfText === '1', level, difficulty: difficulty!, seed, actions, state } };
}
