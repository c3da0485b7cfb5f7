// What the page fetches: only the language in use, the QR library only when a code is drawn,
// and another language only once the player asks for it.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../../src/i18n/en.json';
import ru from '../../src/i18n/ru.json';
import { launch, type Browser } from './chromium';
import { expectNoErrors } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

const TABLE = { en: /\/assets\/en-[\w-]+\.js$/, ru: /\/assets\/ru-[\w-]+\.js$/ };
const QR = /\/assets\/(lean-qr|svg)-[\w-]+\.js$/;

/** Every address the page asks for, from the first request on. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(request.url()));
  return seen;
}
const fetched = (seen: readonly string[], pattern: RegExp) => seen.filter((url) => pattern.test(url));

const mapReady = (page: Page) => page.waitForFunction(() => (window as unknown as { __paperAlliance?: { map: { ready: boolean } } }).__paperAlliance?.map.ready === true, null, { timeout: 30_000 });

describe('loading', () => {
  it('an English player never fetches the Russian table until switching, and switching redraws everything', async () => {
    browser = await launch();
    const { page, errors } = browser;
    const seen = requests(page);
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en['app.title']);
    await mapReady(page);
    // The QR library is not for the title screen.
    expect(fetched(seen, QR)).toEqual([]);
    // Play a month, and look at the other screens, in English.
    await page.getByRole('button', { name: en['title.newGame'] }).click();
    await page.getByTestId('start-may-2022').click();
    await page.getByRole('button', { name: en['game.endTurn'] }).first().waitFor();
    await page.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { setTutorialStep(s: null): void; act(a: unknown): void; show(s: string): void } } }).__paperAlliance.getState().setTutorialStep(null));
    await page.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { act(a: unknown): void } } }).__paperAlliance.getState().act({ type: 'endTurn' }));
    for (const screen of ['rulebook', 'sources', 'howto', 'settings']) {
      await page.evaluate((s) => (window as unknown as { __paperAlliance: { getState(): { show(s: string): void } } }).__paperAlliance.getState().show(s), screen);
      await page.waitForFunction((s) => document.getElementById('app')?.dataset.screen === s, screen);
    }
    expect(fetched(seen, TABLE.en)).toHaveLength(1);
    expect(fetched(seen, TABLE.ru)).toEqual([]);

    // Settings: Russian is fetched, then the whole page and the map speak it.
    await page.getByRole('radio', { name: 'Русский' }).check();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ru['settings.heading']);
    expect(fetched(seen, TABLE.ru)).toHaveLength(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.evaluate(() => document.title)).toBe(ru['app.title']);
    await expect.poll(() => page.locator('canvas[role=application]').getAttribute('aria-label')).toBe(ru['map.description']);
    expect(await page.locator('#orders-region').getAttribute('aria-label')).toBe(ru['game.orders']);
    // And back: English is already there, so it is at once.
    await page.getByRole('radio', { name: 'English' }).check();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en['settings.heading']);
    expect(await page.locator('canvas[role=application]').getAttribute('aria-label')).toBe(en['map.description']);
    expect(fetched(seen, TABLE.en)).toHaveLength(1);
    expect(fetched(seen, TABLE.ru)).toHaveLength(1);
    await expectNoErrors(errors);
  });

  it('?lang=ru paints Russian from the first frame and never fetches English', async () => {
    browser = await launch();
    const { page, errors } = browser;
    const seen = requests(page);
    // Every heading the page ever shows, with the page's language at that moment, from before its scripts run.
    await page.addInitScript(() => {
      const shown: string[] = [];
      (window as unknown as { shown: string[] }).shown = shown;
      new MutationObserver(() => {
        for (const h of document.querySelectorAll('h1, h2, button')) shown.push(`${document.documentElement.lang}|${h.textContent ?? ''}`);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${baseUrl}?debug=1&audio=muted&lang=ru`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(ru['app.title']);
    await mapReady(page);
    const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((s) => !s.startsWith('ru|'))).toEqual([]);
    // Nothing English on the title screen at any moment: no button or heading read in Latin letters.
    expect(shown.filter((s) => /[A-Za-z]{3,}/.test(s.slice(3)))).toEqual([]);
    expect(await page.locator('canvas[role=application]').getAttribute('aria-label')).toBe(ru['map.description']);
    expect(fetched(seen, TABLE.ru)).toHaveLength(1);
    expect(fetched(seen, TABLE.en)).toEqual([]);
    await expectNoErrors(errors);
  });

  it('the QR library comes when a code is first drawn, and the code is drawn', async () => {
    browser = await launch();
    const { page, errors } = browser;
    const seen = requests(page);
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    await page.getByRole('button', { name: en['title.classSetup'] }).click();
    const qr = page.locator('.class-board svg.qr');
    expect(await qr.getAttribute('aria-label')).toBe(en['teacher.qr']);
    await expect.poll(() => qr.locator('path').count()).toBe(1);
    expect((await qr.getAttribute('viewBox'))?.split(' ').map(Number)[2]).toBeGreaterThan(20);
    expect(fetched(seen, QR).length).toBeGreaterThan(0);
    await expectNoErrors(errors);
  });
});
