// axe-core on every screen, Russian throughout with ?lang=ru, and text at 200%.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './chromium';
import { axeViolations, expectNoErrors, HOST_PAGE_FLAGS, openHostPage, state, visibleText, type AppHandle } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

type Store = { getState(): Record<string, (...a: unknown[]) => unknown> & { game: { phase: string } } };
const call = (page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(([f, a]) => ((window as unknown as { __paperAlliance: { store: Store } }).__paperAlliance.store.getState()[f as string] as (...x: unknown[]) => unknown)(...(a as unknown[])), [fn, args] as const);

/** Visit every screen (through the store, to keep this test short) and hand each to `check`. */
async function everyScreen(page: Page, check: (name: string) => Promise<void>): Promise<void> {
  await check('title');
  for (const screen of ['levels', 'settings', 'howto', 'rulebook', 'sources', 'results']) {
    await call(page, 'show', screen);
    await page.waitForFunction((s) => document.getElementById('app')?.dataset.screen === s, screen);
    await check(screen);
  }
  await call(page, 'start', 'may-2022', { seed: 4 });
  await page.waitForSelector('[data-testid=tutorial]');
  await check('game with the guide');
  await call(page, 'setTutorialStep', null);
  await call(page, 'act', { type: 'endTurn' });
  await call(page, 'select', 'ARM');
  await page.waitForSelector('[data-testid=why-factors]');
  await check('game with why');
  await page.getByRole('tab').nth(1).click();
  await check('log');
  await call(page, 'branchFrom', 1);
  await call(page, 'act', { type: 'economicAid', member: 'KGZ' });
  await call(page, 'act', { type: 'endTurn' });
  await call(page, 'show', 'whatif');
  await page.waitForSelector('[data-testid=compare]');
  await check('what-if');
  await call(page, 'closeBranch', false);
  for (let i = 0; i < 8; i++) {
    const over = await page.evaluate(() => (window as unknown as { __paperAlliance: { store: Store } }).__paperAlliance.store.getState().game.phase === 'over');
    if (over) break;
    await call(page, 'act', { type: 'endTurn' });
  }
  await page.waitForSelector('[data-testid=result]');
  await check('debrief');
}

describe('accessibility and language', () => {
  it('axe-core finds no serious or critical violation on any screen', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    const found: Record<string, string[]> = {};
    await everyScreen(page, async (name) => {
      const v = await axeViolations(page);
      if (v.length) found[name] = v;
    });
    expect(found).toEqual({});
    await expectNoErrors(errors);
  });

  it('?lang=ru shows Russian throughout, and axe is content there too', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?debug=1&lang=ru`);
    // The page opens once its table has arrived.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    const english: Record<string, string[]> = {};
    const found: Record<string, string[]> = {};
    // Words that read the same in a Russian text: keys, claim ids, units.
    const allowed = new Set(['Tab', 'Shift', 'Enter', 'Escape', 'Ctrl', 'Global', 'Comment', 'Space', 'PA', 'CSV', 'QR']);
    await everyScreen(page, async (name) => {
      const text = await visibleText(page);
      const latin = [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !allowed.has(w));
      if (latin.length) english[name] = latin;
      if (['title', 'game with why', 'debrief'].includes(name)) {
        const v = await axeViolations(page);
        if (v.length) found[name] = v;
      }
    });
    expect(english).toEqual({});
    expect(found).toEqual({});
    expect((await state(page)).lang).toBe('ru');
    // Remembered: a visit without ?lang= stays Russian.
    await page.goto(`${baseUrl}?debug=1`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Бумажный союз');
    await expectNoErrors(errors);
  });

  it('the language chosen in settings applies at once and is remembered; reduced motion stops transitions', async () => {
    browser = await launch({ reducedMotion: 'no-preference' });
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Русский' }).check();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Настройки');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.locator('.member-card').first().evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
    await page.getByRole('checkbox', { name: 'Меньше движения' }).check();
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
    expect(await page.locator('.member-card').first().evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    expect(await page.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { settings: { reducedMotion: boolean } } } }).__paperAlliance.getState().settings.reducedMotion)).toBe(true);
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Бумажный союз');
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
  });

  it('an unknown ?lang= gets a clear message and changes nothing', async () => {
    browser = await launch();
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1&lang=xx`);
    const notice = page.locator('[data-notice=bad-url]');
    await expect.poll(() => notice.textContent()).toMatch(/language “xx”/);
    expect((await state(page)).lang).toBe('en');
  });

  it('the embedding page can set the language by message; a bad message is reported and changes nothing', async () => {
    browser = await launch(HOST_PAGE_FLAGS);
    const { page } = browser;
    await openHostPage(page);
    await page.evaluate((url) => {
      document.body.innerHTML = `<iframe id="game" src="${url}" style="border:0;width:1100px;height:760px"></iframe>`;
    }, `${baseUrl}?debug=1&audio=muted`);
    const frame = (await (await page.waitForSelector('#game')).contentFrame())!;
    await frame.waitForFunction(() => 'getState' in ((window as unknown as { __paperAlliance?: object }).__paperAlliance ?? {}));
    const toGame = (message: unknown) => page.evaluate((m) => (document.getElementById('game') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
    const lang = () => frame.evaluate(() => (window as unknown as AppHandle).__paperAlliance.getState().settings.lang);
    await toGame({ source: 'paper-alliance-host', type: 'settings', lang: 'ru', textScale: 7 });
    const notice = frame.locator('[data-notice=bad-message]');
    await expect.poll(() => notice.textContent()).toMatch(/“textScale” has a value the game cannot take/);
    expect(await lang()).toBe('en');
    // The game's own window is not its host: a message it posts to itself is not heard.
    await frame.evaluate(() => window.postMessage({ source: 'paper-alliance-host', type: 'settings', lang: 'ru' }, '*'));
    // Messages meant for someone else are none of the game's business.
    await toGame({ hello: 'world' });
    await toGame({ source: 'paper-alliance-host', type: 'settings', textScale: 1.25 });
    await expect.poll(() => frame.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { settings: { textScale: number } } } }).__paperAlliance.getState().settings.textScale)).toBe(1.25);
    expect(await lang()).toBe('en');
    await toGame({ source: 'paper-alliance-host', type: 'settings', lang: 'ru' });
    await expect.poll(lang).toBe('ru');
    // The Russian table is fetched first, then the page is drawn again.
    await expect.poll(() => frame.getByRole('heading', { level: 1 }).textContent()).toBe('Бумажный союз');
  });

  it('tells the page that embeds it when it is ready, when a game starts and when a month ends', async () => {
    browser = await launch(HOST_PAGE_FLAGS);
    const { page, errors } = browser;
    type Heard = { heard: { type: string; month?: string; level?: string }[] };
    await openHostPage(page);
    await page.evaluate((url) => {
      (window as unknown as Heard).heard = [];
      window.addEventListener('message', (event: MessageEvent) => {
        if ((event.data as { source?: string } | null)?.source === 'paper-alliance') (window as unknown as Heard).heard.push(event.data as Heard['heard'][number]);
      });
      document.body.innerHTML = `<iframe id="game" src="${url}" style="border:0;width:1100px;height:760px"></iframe>`;
    }, `${baseUrl}?audio=muted`);
    const heard = () => page.evaluate(() => (window as unknown as Heard).heard);
    await expect.poll(async () => (await heard()).map((m) => m.type)).toEqual(['ready']);
    const frame = (await (await page.waitForSelector('#game')).contentFrame())!;
    await frame.getByRole('button', { name: 'New game' }).click();
    await frame.getByTestId('start-may-2022').click();
    await frame.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
    await frame.getByTestId('end-turn').click();
    await expect.poll(async () => (await heard()).map((m) => m.type)).toEqual(['ready', 'started', 'turn']);
    expect((await heard())[2]).toMatchObject({ level: 'may-2022', month: '2022-06' });
    await expectNoErrors(errors);
  });

  it('text at 200% stays readable: nothing cut off sideways, every control reachable', async () => {
    browser = await launch({ width: 1280, height: 800 });
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    // The page mounts once its language's table has arrived; the store can be reached before that.
    await page.getByRole('heading', { name: 'Paper Alliance' }).waitFor();
    await call(page, 'setSettings', { textScale: 2 });
    await call(page, 'start', 'may-2022', { seed: 4 });
    await call(page, 'setTutorialStep', null);
    await call(page, 'select', 'TJK');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    const overflow = await page.evaluate(() => {
      const wide: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('#app button, #app h1, #app h2, #app h3, #app p')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)) wide.push(`${el.tagName}.${el.className}: ${el.textContent?.slice(0, 30)}`);
      }
      return wide;
    });
    expect(overflow).toEqual([]);
    const end = page.getByTestId('end-turn');
    await end.scrollIntoViewIfNeeded();
    await end.click();
    await expect.poll(async () => (await state(page)).game.turn).toBe(2);
  });
});
