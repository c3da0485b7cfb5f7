// Browser benchmark for the class results page: forty codes of games played here, replayed
// and shown in headless Chromium. Two ways in: opened with the codes in the address's hash
// (from navigation to the results painted), and pasted into the box of a page already open
// (from the paste to the next frame painted), each on a fresh page, so every replay is cold.
// Run: npm run bench:results [-- --json] [--runs N] [--codes N]
import { withBuiltGame } from './bench-page';
import { classCodes } from './class-games';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const option = (name: string, fallback: number, max: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Math.max(1, Math.min(max, Number(args[i + 1]) || fallback)) : fallback;
};
const RUNS = option('--runs', 7, 50);
const CODES = option('--codes', 40, 400);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

async function main(): Promise<void> {
  const codes = classCodes(CODES);
  await withBuiltGame(async ({ base, page }) => {
    const measure = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).reduce((sum, e) => sum + e.duration, 0), name);
    const opened: { shown: number; replay: number; render: number }[] = [];
    const pasted: { shown: number; replay: number; render: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      // A new document each time: nothing replayed before, nothing compiled for this page.
      await page.goto('about:blank');
      await page.goto(`${base}results.html#codes=${codes.join(',')}`);
      await page.waitForFunction(() => performance.getEntriesByName('paper-alliance:results-shown').length > 0);
      const rows = await page.locator('[data-testid=results-table] tbody tr').count();
      if (rows !== CODES) throw new Error(`the page shows ${rows} games of ${CODES}`);
      opened.push({ shown: await page.evaluate(() => performance.getEntriesByName('paper-alliance:results-shown')[0]!.startTime), replay: await measure('paper-alliance:results-replay'), render: await measure('paper-alliance:results-render') });

      await page.goto('about:blank');
      await page.goto(`${base}results.html`);
      await page.locator('#result-codes').waitFor();
      await page.evaluate(() => performance.clearMeasures());
      const shown = await page.evaluate(async (text) => {
        const box = document.getElementById('result-codes') as HTMLTextAreaElement;
        const start = performance.now();
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }, codes.join('\n'));
      if ((await page.locator('[data-testid=results-table] tbody tr').count()) !== CODES) throw new Error('the pasted codes were not all shown');
      pasted.push({ shown, replay: await measure('paper-alliance:results-replay'), render: await measure('paper-alliance:results-render') });
    }
    const summary = (list: typeof opened) => ({ shownMs: round(median(list.map((r) => r.shown))), replayMs: round(median(list.map((r) => r.replay))), renderMs: round(median(list.map((r) => r.render))), worstShownMs: round(Math.max(...list.map((r) => r.shown))) });
    const result = { codes: CODES, runs: RUNS, opened: summary(opened), pasted: summary(pasted) };
    if (asJson) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    console.log(`class results page, ${CODES} codes, median of ${RUNS} fresh pages (target: shown within 1000 ms)`);
    console.log(`  opened with the codes in its hash: results painted ${result.opened.shownMs} ms after navigation (worst ${result.opened.worstShownMs}); replay ${result.opened.replayMs} ms, page built ${result.opened.renderMs} ms`);
    console.log(`  codes pasted into the box:         results painted ${result.pasted.shownMs} ms after the paste (worst ${result.pasted.worstShownMs}); replay ${result.pasted.replayMs} ms, page built ${result.pasted.renderMs} ms`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
