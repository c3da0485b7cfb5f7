// Reading level files from levels/ in Node, for the command-line tools.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLevel, type Level, type LevelError } from '../engine';

export const LEVELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../levels');

export function levelIds(): string[] {
  return readdirSync(LEVELS_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** A level by id (a file in levels/) or by path; every problem as text. */
export function loadLevel(idOrPath: string): { ok: true; level: Level } | { ok: false; errors: string[] } {
  const file = idOrPath.endsWith('.json') ? resolve(idOrPath) : join(LEVELS_DIR, `${idOrPath}.json`);
  let bytes: Uint8Array;
  try {
    // Bytes, not text: the parser refuses invalid UTF-8 rather than reading it as replacement characters.
    bytes = readFileSync(file);
  } catch {
    const shown = JSON.stringify(idOrPath.length > 40 ? `${idOrPath.slice(0, 40)}…` : idOrPath);
    return { ok: false, errors: [`no level ${shown}; levels: ${levelIds().join(', ')}`] };
  }
  const parsed = parseLevel(bytes);
  return parsed.ok ? { ok: true, level: parsed.value } : { ok: false, errors: parsed.error.map((e: LevelError) => `${file}: ${e.path}: ${e.code}: ${e.message}`) };
}
