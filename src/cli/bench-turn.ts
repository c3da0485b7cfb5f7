// Browser benchmark for the game's turn: in headless Chromium, how long the title screen
// takes to become usable, the longest task when a turn ends (with its map animations,
// news and panels), the frame rate the page shows in the seconds after, and the frames
// Phaser draws on the map at rest (its loop sleeps while nothing on it moves).
// Run: npm run bench:turn [-- --json] [--turns N]
import { COUNT_PAGE_FRAMES, withBuiltGame } from './bench-page';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const turnsArg = args.indexOf('--turns');
const TURNS = turnsArg >= 0 ? Math.max(1, Math.min(8, Number(args[turnsArg + 1]) || 7)) : 7;
const WINDOW_MS = 1500;

type Win = { __paperAlliance: { map: { frames(): number; ready: boolean }; getState(): { game: { turn: number } } }; __long: number[]; __pageFrames: number };

async function main(): Promise<void> {
  await withBuiltGame(async ({ base, page }) => {
    await page.addInitScript(COUNT_PAGE_FRAMES);
    await page.addInitScript(() => {
      (window as unknown as Win).__long = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as Win).__long.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${base}?debug=1`);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true, null, { timeout: 60_000 });
    // From navigation, by the page's own marks; this first load is cold (empty cache, new browser).
    const mark = (name: string) => page.evaluate((n) => Math.round((performance.getEntriesByName(n)[0] as PerformanceEntry).startTime), name);
    const titleUsable = await mark('paper-alliance:title-usable');
    const mapReady = await mark('paper-alliance:map-ready');
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByTestId('start-may-2022').click();
    await page.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
    await page.locator('button[data-member=TJK]').click();
    await page.waitForTimeout(WINDOW_MS);
    const frames = () => page.evaluate(() => (window as unknown as Win).__paperAlliance.map.frames());
    const f0 = await frames();
    await page.waitForTimeout(WINDOW_MS);
    const idleFps = ((await frames()) - f0) / (WINDOW_MS / 1000);
    const pageFrames = () => page.evaluate(() => (window as unknown as Win).__pageFrames);
    const turns: { turn: number; longest: number; tasksOver50: number; fps: number }[] = [];
    for (let i = 0; i < TURNS; i++) {
      await page.evaluate(() => ((window as unknown as Win).__long = []));
      const before = await pageFrames();
      await page.getByTestId('end-turn').click();
      await page.waitForTimeout(WINDOW_MS);
      const long = await page.evaluate(() => (window as unknown as Win).__long);
      const fps = ((await pageFrames()) - before) / (WINDOW_MS / 1000);
      turns.push({ turn: i + 1, longest: Math.max(0, ...long), tasksOver50: long.filter((d) => d > 50).length, fps: Math.round(fps * 10) / 10 });
    }
    const result = {
      titleUsableMs: titleUsable,
      mapReadyMs: mapReady,
      idleFps: Math.round(idleFps * 10) / 10,
      endTurn: {
        longestTaskMs: Math.max(...turns.map((t) => t.longest)),
        turnsWithTaskOver50ms: turns.filter((t) => t.tasksOver50 > 0).length,
        medianFps: [...turns.map((t) => t.fps)].sort((a, b) => a - b)[Math.floor(turns.length / 2)],
      },
      turns,
    };
    if (asJson) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`cold first load: title usable ${result.titleUsableMs} ms, map ready ${result.mapReadyMs} ms; the map at rest ${result.idleFps} fps`);
      // The browser reports only tasks over 50 ms: a turn without one shows none.
      for (const t of turns) console.log(`turn ${t.turn}: ${t.tasksOver50 === 0 ? 'no task over 50 ms' : `${t.tasksOver50} task${t.tasksOver50 === 1 ? '' : 's'} over 50 ms, the longest ${t.longest} ms`}, ${t.fps} fps`);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
