// A class game in the page's address: `?level=may-2022&difficulty=standard&seed=1234`, or
// the class code from the board, `?class=74000-1Z69N`. Everyone who opens the same link
// plays the same level and difficulty and meets the same events, so a class can compare
// what each player chose. A value the game cannot take is reported, and then none is used.
import { readClassCode } from '../class/class-code';
import { byId, hasId, type Level } from '../engine';
import type { ClassGame } from '../state/store';

export type ClassGameResult = { ok: true; game: ClassGame | null } | { ok: false; field: 'level' | 'difficulty' | 'seed' | 'class'; value: string };

const MAX_SEED = 0xffffffff;

export function classGameFrom(params: URLSearchParams, levels: Readonly<Record<string, Level>>): ClassGameResult {
  const code = params.get('class');
  if (code !== null) {
    const read = readClassCode(code, levels);
    return read.ok ? { ok: true, game: read.value } : { ok: false, field: 'class', value: code };
  }
  const levelId = params.get('level'), seedText = params.get('seed'), difficulty = params.get('difficulty');
  if (levelId === null && seedText === null && difficulty === null) return { ok: true, game: null };
  const level = byId(levels, levelId);
  if (!level) return { ok: false, field: 'level', value: levelId ?? '' };
  if (difficulty !== null && !hasId(level.difficulties, difficulty)) return { ok: false, field: 'difficulty', value: difficulty };
  if (seedText === null || !/^\d{1,10}$/.test(seedText) || Number(seedText) > MAX_SEED) return { ok: false, field: 'seed', value: seedText ?? '' };
  return { ok: true, game: { level: level.id, seed: Number(seedText), difficulty: difficulty ?? level.defaultDifficulty } };
}

/** The link to this game for a class: the page's own address with the game's level, difficulty and seed
 *  (and its language, if the address chose one). */
export function classGameLink(base: string, game: { level: string; difficulty: string; seed: number }): string {
  const url = new URL(base);
  const lang = url.searchParams.get('lang');
  url.search = new URLSearchParams({ level: game.level, difficulty: game.difficulty, seed: String(game.seed), ...(lang ? { lang } : {}) }).toString();
  url.hash = '';
  return url.toString();
}
