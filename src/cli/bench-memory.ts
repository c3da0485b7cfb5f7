// Memory benchmark for starting games: in headless Chromium, twenty new games in a row through
// the menus, each played a month, in one page; the heap after garbage collection once the 1st and
// once the 20th has been played, whole and without the machine code V8 compiles as the page warms
// up. A figure to read, not a test. Run: npm run bench:memory [-- --json] [--games N] [--rounds N]
import type { BrowserContext, Page } from 'playwright-core';
import { settle, settledHeap } from './bench-heap';
import { withBuiltGame } from './bench-page';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const gamesArg = args.indexOf('--games');
const GAMES = gamesArg >= 0 ? Math.max(2, Math.min(100, Number(args[gamesArg + 1]) || 20)) : 20;
const roundsArg = args.indexOf('--rounds');
// The compiled code V8 keeps varies with timing on a busy machine: the median of a few rounds is the figure.
const ROUNDS = roundsArg >= 0 ? Math.max(1, Math.min(9, Number(args[roundsArg + 1]) || 3)) : 3;

type Win = { __paperAlliance: { map: { ready: boolean }; getState(): { game: { turn: number; seed: number } } } };

async function startGame(page: Page, first: boolean): Promise<void> {
  if (!first) await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByTestId('start-may-2022').click();
  if (first) await page.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
  await page.locator('button[data-member=KAZ]').click();
  await page.getByTestId('end-turn').click();
  await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.getState().game.turn === 2);
  // Let the month's redraws, map effects and repaint finish.
  await page.waitForTimeout(1500);
}

interface Round {
  heap: { firstMB: number; lastMB: number; ratio: number };
  withoutCompiledCode: { firstMB: number; lastMB: number; ratio: number };
}

/** One round on a fresh page: the heap once the 1st game is played and once the last is. */
async function round(base: string, context: BrowserContext): Promise<Round> {
  const page = await context.newPage();
  try {
    // Every round starts as a first visit: the guide shows again and no game is resumed.
    await page.goto(`${base}?audio=muted`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${base}?debug=1&audio=muted`);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true, null, { timeout: 60_000 });
    const heaps: { total: number; data: number }[] = [];
    for (let g = 1; g <= GAMES; g++) {
      await startGame(page, g === 1);
      if (g === 1 || g === GAMES) {
        await settle(page);
        heaps.push(await settledHeap(page));
      }
    }
    const [first, last] = [heaps[0]!, heaps[heaps.length - 1]!];
    const mb = (bytes: number) => +(bytes / 1e6).toFixed(2);
    return {
      heap: { firstMB: mb(first.total), lastMB: mb(last.total), ratio: +(last.total / first.total).toFixed(3) },
      withoutCompiledCode: { firstMB: mb(first.data), lastMB: mb(last.data), ratio: +(last.data / first.data).toFixed(3) },
    };
  } finally {
    await page.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function main(): Promise<void> {
  await withBuiltGame(async ({ base, context, page }) => {
    // Each round has a page of its own; the blank first page is closed so that it shares no heap.
    await page.close();
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const result = await round(base, context);
      rounds.push(result);
      if (!asJson) {
        console.log(`round ${r + 1}: heap after game 1: ${result.heap.firstMB} MB; after game ${GAMES}: ${result.heap.lastMB} MB; ratio ${result.heap.ratio}`);
        console.log(`         without the code V8 compiled: ${result.withoutCompiledCode.firstMB} MB; ${result.withoutCompiledCode.lastMB} MB; ratio ${result.withoutCompiledCode.ratio}`);
      }
    }
    const summary = {
      games: GAMES,
      rounds,
      median: { heap: median(rounds.map((r) => r.heap.ratio)), withoutCompiledCode: median(rounds.map((r) => r.withoutCompiledCode.ratio)) },
    };
    if (asJson) console.log(JSON.stringify(summary));
    else console.log(`median of ${ROUNDS} rounds: ratio ${summary.median.heap} (target ≤ 1.10); without compiled code ${summary.median.withoutCompiledCode}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
