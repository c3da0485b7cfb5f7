// The fingerprint of each shipped level at its version: its content and what a few games
// of it come to. Record anew with `npx tsx test/class/level-versions.ts --write`, after
// raising the version of every level whose fingerprint changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makePolicy, newGame, playOut, policyRng, type Level } from '../../src/engine';
import { crc24 } from '../../src/class/checksum';
import { loadLevelFile } from '../engine/play';

export const RECORD = fileURLToPath(new URL('../fixtures/level-versions.json', import.meta.url));
export const SHIPPED = ['may-2022', 'autumn-2022'];

/** Words a player reads change no game: only what the rules read is fingerprinted. */
const WORDS = new Set(['$schema', 'version', 'title', 'briefing', 'text', 'label']);
const rulesOnly = (key: string, value: unknown) => (WORDS.has(key) ? undefined : value);

export function fingerprint(level: Level): string {
  const games = [1, 2, 3, 4].map((seed) => {
    const end = playOut(level, newGame(level, { seed }), makePolicy(seed % 2 ? 'random' : 'greedy'), policyRng(seed));
    return [end.score, end.turn, ...Object.values(end.members).map((m) => m.loyalty)];
  });
  return [crc24(JSON.stringify(level, rulesOnly)), crc24(JSON.stringify(games))].map((n) => n.toString(16).padStart(6, '0')).join('-');
}

export function current(): Record<string, { version: number; fingerprint: string }> {
  return Object.fromEntries(SHIPPED.map((id) => {
    const level = loadLevelFile(id);
    return [id, { version: level.version, fingerprint: fingerprint(level) }];
  }));
}

export function recorded(): Record<string, { version: number; fingerprint: string }> {
  return JSON.parse(readFileSync(RECORD, 'utf8'));
}

if (process.argv.includes('--write')) {
  writeFileSync(RECORD, `${JSON.stringify(current(), null, 2)}\n`);
  console.log(`wrote ${RECORD}`);
}
