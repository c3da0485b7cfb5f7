// The class code a teacher writes on the board: ten characters of Crockford's base 32
// (no I, L, O or U to misread; either case; dashes and spaces ignored) that name the
// level, the difficulty and the seed, with a check that catches a slip of the pen.
//
// 50 bits: the level (5, from its id), the difficulty's place in the level's list (3),
// the seed (32), mixed, and a check (10).
import { byId, type Level } from '../engine';
import { crc24 } from './checksum';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

export interface ClassGameSpec {
  level: string;
  difficulty: string;
  seed: number;
}

export type ClassCodeErrorCode = 'empty' | 'bad-character' | 'cut' | 'checksum' | 'unknown-level' | 'unknown-difficulty';

/** Which of 32 slots a level's id falls in; the shipped levels each have their own (a test checks). */
export function levelSlot(id: string): number {
  return crc24(id) % 32;
}

// The payload is mixed by a four-round Feistel network on its two 20-bit halves (a
// bijection), so that games a seed or a difficulty apart get codes that look nothing alike.
const HALF = 2 ** 20;
const round = (half: number, i: number) => crc24(`${i}:${half}`) % HALF;
function mix(value: number): number {
  let left = Math.floor(value / HALF), right = value % HALF;
  for (let i = 0; i < 4; i++) [left, right] = [right, (left ^ round(right, i)) >>> 0];
  return left * HALF + right;
}
function unmix(value: number): number {
  let left = Math.floor(value / HALF), right = value % HALF;
  for (let i = 3; i >= 0; i--) [left, right] = [(right ^ round(left, i)) >>> 0, left];
  return left * HALF + right;
}

function checkOf(payload: number): number {
  return crc24(`class:${payload}`) % 1024;
}

/** The class code of a game, shown in two groups of five: `K7QF2-M9XDA`. */
export function classCode(levels: Readonly<Record<string, Level>>, spec: ClassGameSpec): string {
  const level = byId(levels, spec.level)!;
  const difficulty = Object.keys(level.difficulties).indexOf(spec.difficulty);
  const payload = mix((levelSlot(level.id) * 8 + difficulty) * 2 ** 32 + (spec.seed >>> 0));
  let value = payload * 1024 + checkOf(payload);
  let out = '';
  for (let i = 0; i < LENGTH; i++) {
    out = ALPHABET[value % 32]! + out;
    value = Math.floor(value / 32);
  }
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/** Read a class code as typed by a student. */
export function readClassCode(input: string, levels: Readonly<Record<string, Level>>): { ok: true; value: ClassGameSpec } | { ok: false; code: ClassCodeErrorCode } {
  const text = input.toUpperCase().replace(/[\s-]+/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (text === '') return { ok: false, code: 'empty' };
  let value = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return { ok: false, code: 'bad-character' };
    value = value * 32 + digit;
  }
  if (text.length !== LENGTH) return { ok: false, code: 'cut' };
  const payload = Math.floor(value / 1024);
  if (value % 1024 !== checkOf(payload)) return { ok: false, code: 'checksum' };
  const plain = unmix(payload);
  const seed = plain % 2 ** 32;
  const head = Math.floor(plain / 2 ** 32);
  const level = Object.keys(levels).map((id) => byId(levels, id)!).find((l) => levelSlot(l.id) === Math.floor(head / 8));
  if (!level) return { ok: false, code: 'unknown-level' };
  const difficulty = Object.keys(level.difficulties)[head % 8];
  if (difficulty === undefined) return { ok: false, code: 'unknown-difficulty' };
  return { ok: true, value: { level: level.id, difficulty, seed } };
}
