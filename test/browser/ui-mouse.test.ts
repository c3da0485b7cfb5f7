// A whole may-2022 game played with the mouse, from the title screen to the debrief.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './chromium';
import { expectNoErrors, selectMember, state } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

describe('the game with the mouse', () => {
  it('plays may-2022 from the title screen to the debrief', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.locator('[data-level="may-2022"]').getByRole('radio', { name: /Gentle/ }).click();
    await page.getByTestId('start-may-2022').click();

    // The guided first turn: doing what a step asks moves it on, as Next does.
    const guide = page.getByTestId('tutorial');
    const step = () => guide.getAttribute('data-step');
    await expect.poll(step).toBe('1');
    await guide.getByRole('button', { name: 'Next' }).click();
    await expect.poll(step).toBe('2');
    await page.locator('[data-testid=requests] button.action-button:not([aria-disabled="true"])').first().click();
    await expect.poll(step).toBe('3');
    await guide.getByRole('button', { name: 'Next' }).click();
    await expect.poll(step).toBe('4');
    await page.locator('button[data-member=TJK]').click();
    await expect.poll(step).toBe('5');
    await guide.getByRole('button', { name: 'Play on' }).click();
    await expect.poll(() => guide.count()).toBe(0);

    const members = ['TJK', 'KGZ', 'ARM', 'KAZ', 'BLR', 'TJK', 'KGZ', 'ARM'];
    const months: string[] = [];
    for (let turn = 1; turn <= 8; turn++) {
      months.push((await page.getByTestId('month').textContent()) ?? '');
      // Answer a call for help when one is open and affordable.
      const answer = page.locator('[data-testid=requests] button.action-button:not([aria-disabled="true"])').first();
      if (await answer.count()) await answer.click();
      await selectMember(page, members[turn - 1]!);
      const order = page.locator('[data-testid=member-orders] button.action-button:not([aria-disabled="true"])').first();
      if (await order.count()) {
        const given = (await state(page)).game.actions;
        await order.click();
        await expect.poll(async () => (await state(page)).game.actions).toBe(given + 1);
      }
      await page.getByTestId('end-turn').click();
      if (turn < 8) await expect.poll(async () => (await state(page)).game.turn).toBe(turn + 1);
    }
    expect(new Set(months).size).toBe(8);
    expect(months[0]).toBe('May 2022');

    await expect.poll(async () => (await state(page)).screen).toBe('debrief');
    const result = page.getByTestId('result');
    expect(['win', 'loss']).toContain(await result.getAttribute('data-outcome'));
    await expect.poll(() => result.textContent()).toMatch(/Cohesion score/);
    expect(await page.getByTestId('what-if-mark').getAttribute('data-used')).toBe('false');
    expect(await page.getByTestId('what-if-mark').textContent()).toBe('Played straight through: no month was replayed with what-if.');
    expect(await page.locator('svg.chart:visible g.series').count()).toBe(5);
    expect(await page.locator('svg.chart:visible g.series').first().locator('circle, rect, path').count()).toBeGreaterThan(8);
    expect(await page.locator('.mattered li').count()).toBeGreaterThan(2);
    // What happened next starts after the game's own last month.
    expect(await page.locator('.epilogue li').count()).toBeGreaterThanOrEqual(5);
    expect((await page.locator('.epilogue time').allInnerTexts()).every((d) => !/2022/.test(d))).toBe(true);
    expect(await page.locator('.epilogue').textContent()).toMatch(/Finland joins NATO/);
    expect(await page.locator('.questions li').count()).toBeGreaterThanOrEqual(5);

    // Print-friendly: in print media the game panels and buttons are gone, the debrief stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.debrief-actions').isVisible()).toBe(false);
    expect(await page.locator('#game-layout').isVisible()).toBe(false);
    expect(await page.getByTestId('result').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expectNoErrors(errors);
  });
});
