// Memory benchmark for starting games: in headless Chromium, twenty new games in a row through
// the menus, each played a month, in one page; the heap after garbage collection once the 1st and
// once the 20th has started. A figure to read, not a test. Run: npm run bench:memory [-- --json] [--games N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { DEBUG_BUILD } from './debug-build';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const gamesArg = args.indexOf('--games');
const GAMES = gamesArg >= 0 ? Math.max(2, Math.min(100, Number(args[gamesArg + 1]) || 20)) : 20;

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

/** Bytes in use on the page's heap after a full garbage collection (several, until it settles). */
async function settledHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  let used = Infinity;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(200);
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (Math.abs(usedSize - used) < 20_000) return usedSize;
    used = usedSize;
  }
  await cdp.detach();
  return used;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'paper-alliance-bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'paper-alliance-chromium-'));
  await build({ ...DEBUG_BUILD, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, build: { outDir }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report an address');
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}?debug=1&audio=muted`);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true, null, { timeout: 60_000 });
    const heaps: number[] = [];
    for (let g = 1; g <= GAMES; g++) {
      await startGame(page, g === 1);
      if (g === 1 || g === GAMES) heaps.push(await settledHeap(page));
    }
    const [first, last] = [heaps[0]!, heaps[heaps.length - 1]!];
    const result = { games: GAMES, firstMB: +(first / 1e6).toFixed(2), lastMB: +(last / 1e6).toFixed(2), ratio: +(last / first).toFixed(3) };
    if (asJson) console.log(JSON.stringify(result));
    else console.log(`heap after game 1: ${result.firstMB} MB; after game ${GAMES}: ${result.lastMB} MB; ratio ${result.ratio} (target ≤ 1.10)`);
  } finally {
    await context.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
