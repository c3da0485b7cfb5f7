// The memory benchmark reads the heap once the page has settled: not while the month's map effects still run.
import { afterEach, expect, inject, it } from 'vitest';
import { settle } from '../../src/cli/bench-heap';
import { launch, type Browser } from './chromium';

const baseUrl = inject('baseUrl');

type Win = {
  __paperAlliance: {
    map: { ready: boolean; effects(): { shown: number } };
    getState(): { start(level: string, options: { seed: number }): void; act(action: { type: string }): unknown };
  };
};

let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

it('waits until the map effects a month opens with have run out', async () => {
  browser = await launch({ reducedMotion: 'no-preference' });
  const { page, errors } = browser;
  await page.goto(`${baseUrl}?debug=1&audio=muted`);
  await page.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true, null, { timeout: 30_000 });
  await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().start('may-2022', { seed: 7 }));
  await settle(page);
  const shown = await page.evaluate(() => {
    const { map, getState } = (window as unknown as Win).__paperAlliance;
    getState().act({ type: 'endTurn' });
    return map.effects().shown;
  });
  // Seed 7's second month opens with effects that run for seconds.
  expect(shown).toBeGreaterThan(0);
  await settle(page);
  expect(await page.evaluate(() => (window as unknown as Win).__paperAlliance.map.effects().shown)).toBe(0);
  expect(errors).toEqual([]);
});
