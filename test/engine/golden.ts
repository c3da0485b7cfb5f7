// Golden games: hashes of whole finished games (every action, decision, factor, log entry and
// score) on frozen copies of the levels, so that a change to the engine that alters any game
// fails a test, while the live level files stay free to be tuned.
// `npx tsx test/engine/golden.ts --write` records the expectation; only do so on purpose.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePolicy, newGame, parseLevel, playOut, POLICY, policyRng, type Level, type Policy } from '../../src/engine';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/golden');
export const EXPECTED_FILE = join(DIR, 'expected.json');
const LEVEL_IDS = ['may-2022', 'autumn-2022'];

function frozenLevel(id: string): Level {
  const parsed = parseLevel(readFileSync(join(DIR, `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

interface Batch {
  policy: string;
  make: () => Policy;
  games: number;
}

// 300 random and 54 greedy games over both levels and every difficulty, and a few searches at a small budget.
const BATCHES: Batch[] = [
  { policy: 'random', make: () => POLICY.random, games: 50 },
  { policy: 'greedy', make: () => POLICY.greedy, games: 9 },
  { policy: 'search', make: () => makePolicy('search', { budget: 40 }), games: 1 },
];

/** Each golden game by name, with the hash of its final state. */
export function goldenGames(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of LEVEL_IDS) {
    const level = frozenLevel(id);
    for (const difficulty of Object.keys(level.difficulties)) {
      for (const batch of BATCHES) {
        for (let seed = 0; seed < batch.games; seed++) {
          const end = playOut(level, newGame(level, { seed, difficulty }), batch.make(), policyRng(seed));
          out[`${id}/${difficulty}/${batch.policy}/${seed}`] = hash(end);
        }
      }
    }
  }
  return out;
}

if (process.argv.includes('--write')) writeFileSync(EXPECTED_FILE, JSON.stringify(goldenGames(), null, 1) + '\n');
