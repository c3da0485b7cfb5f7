// The Russian game as a reader sees it: every blank filled, each month in its case, one full stop,
// and labels that fit on a desktop and on a phone.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './chromium';
import { expectNoErrors, visibleText } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

async function newRussianGame(page: Page): Promise<void> {
  await page.goto(`${baseUrl}?debug=1&lang=ru&audio=muted`);
  await page.getByRole('button', { name: 'Новая игра' }).click();
  await page.getByTestId('start-may-2022').click();
  await page.getByTestId('tutorial').getByRole('button', { name: 'Пропустить обучение' }).click();
}

/** Orders given through the store: aid for four members and security help for Tajikistan move at least one stance. */
const giveOrders = (page: Page) =>
  page.evaluate(() => {
    const app = (window as unknown as { __paperAlliance: { getState(): { act(action: unknown): unknown } } }).__paperAlliance;
    for (const member of ['KAZ', 'KGZ', 'TJK', 'ARM']) app.getState().act({ type: 'economicAid', member });
    app.getState().act({ type: 'securityHelp', member: 'TJK' });
  });

/** What a careful reader would stop at: a blank left unfilled, a doubled full stop, a month in quotes or in the wrong case. */
function slips(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\{\w+\}/g)) found.push(`blank ${m[0]}`);
  for (const m of text.matchAll(/[^.\n]{0,30}\.\.(?!\.)/g)) found.push(`two full stops: ${m[0]}`);
  for (const m of text.matchAll(/[«"][^»"\n]{0,20}20\d\d[^»"\n]{0,10}[»"]/g)) found.push(`month in quotes: ${m[0]}`);
  for (const m of text.matchAll(/(?:^|[\s(])(?:с|до|конца|начале|в)\s+(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\b/giu)) found.push(`wrong case: ${m[0]}`);
  return found;
}

/** Elements that run past their box, or whose one-line label breaks over two lines. */
const overflowing = (page: Page, selector: string, oneLine = false) =>
  page.locator(selector).evaluateAll(
    (els, line) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          // The lines a label's words take, whatever the padding of its box; a key hint beside them is not a line.
          const tops = new Set<number>();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('kbd') || !node.textContent?.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
          }
          const lines = tops.size;
          return el.scrollWidth > el.clientWidth + 1 || (line && lines > 1);
        })
        .map((el) => el.textContent ?? ''),
    oneLine,
  );

describe('Russian, as the player reads it', () => {
  it('fills every blank and puts each month in its case, on the game, the log and the debrief', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await newRussianGame(page);
    await giveOrders(page);
    await page.getByTestId('end-turn').click();
    await page.locator('button[data-member=ARM]').click();
    await expect.poll(() => page.locator('.why-summary').textContent()).toMatch(/^В мае 2022 года лояльность Армении изменилась с /);
    expect(await page.getByTestId('month').textContent()).toBe('Июнь 2022');
    expect(await page.locator('#report-title').textContent()).toBe('Что решили союзники в мае 2022 года');
    expect(slips(await visibleText(page))).toEqual([]);
    // Costs agree with their number.
    expect(await page.locator('.action-cost').allTextContents()).not.toContain('3 Рычаги');
    expect(await page.locator('.action-cost').allTextContents()).toContain('3 рычага');
    await page.getByRole('tab', { name: 'Журнал' }).click();
    await expect.poll(() => page.locator('.log-entry').count()).toBe(1);
    expect(slips(await visibleText(page))).toEqual([]);
    expect(await page.locator('.log-entry button').textContent()).toBe('А что если…? Переиграть с мая 2022 года');
    await page.evaluate(() => {
      const app = (window as unknown as { __paperAlliance: { getState(): { act(action: unknown): unknown; show(screen: string): void } } }).__paperAlliance;
      for (let i = 0; i < 7; i++) app.getState().act({ type: 'endTurn' });
      app.getState().show('debrief');
    });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Разбор');
    const debrief = await visibleText(page);
    expect(slips(debrief)).toEqual([]);
    expect(debrief).toMatch(/Партия завершилась в декабре 2022 года\./);
    expect(debrief).toMatch(/с мая 2022 года по декабрь 2022 года/);
    await expectNoErrors(errors);
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('at %i×%i the labels fit: end turn, the member\'s orders, the orders themselves and the month\'s decisions', async (width, height) => {
    browser = await launch({ width, height });
    const { page, errors } = browser;
    await newRussianGame(page);
    await giveOrders(page);
    await page.getByTestId('end-turn').click();
    await expect.poll(() => page.locator('.report-list li.moved').count()).toBeGreaterThan(0);
    // A member that moved shows where it moved from and to on one line.
    expect(await page.locator('.report-list li.moved .report-stance').first().textContent()).toMatch(/^\S+ → \S+$/);
    expect(await overflowing(page, '.report-stance', true)).toEqual([]);
    expect(await overflowing(page, '.report-list li')).toEqual([]);
    await page.locator('button[data-member=ARM]').click();
    expect(await page.locator('#member-orders-title').textContent()).toBe('Для Армении');
    expect(await overflowing(page, '#member-orders-title, .end-turn, .action-label, .action-cost, .chip-label, .stance-word')).toEqual([]);
    expect(await overflowing(page, '.end-turn, .action-cost, .stance-word', true)).toEqual([]);
    await expectNoErrors(errors);
  });
});
