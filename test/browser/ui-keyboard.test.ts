// The same game by keyboard alone: Tab to reach every control, Enter and Space to use it,
// with a visible focus indicator on each control reached.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './chromium';
import { expectNoErrors, focusVisible, state, tabTo } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

describe('the game by keyboard alone', () => {
  it('plays may-2022 to the debrief without the mouse', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    const press = async (selector: string, key = 'Enter') => {
      await tabTo(page, selector);
      expect(await focusVisible(page), `focus visible on ${selector}`).toBe(true);
      await page.keyboard.press(key);
    };

    await press('[data-key="title-new"]');
    await expect.poll(async () => (await state(page)).screen).toBe('levels');
    await press('[data-testid="start-may-2022"]');
    await expect.poll(async () => (await state(page)).screen).toBe('game');
    // The guide takes focus; skipping it hands the game back.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('tutorial-next');
    await press('[data-key="tutorial-skip"]');
    await expect.poll(async () => (await state(page)).tutorialStep).toBe(null);

    const members = ['TJK', 'ARM', 'KGZ', 'KAZ', 'BLR', 'TJK', 'KGZ', 'ARM'];
    for (let turn = 1; turn <= 8; turn++) {
      await press(`button[data-member="${members[turn - 1]}"]`);
      await expect.poll(() => page.locator(`button[data-member="${members[turn - 1]}"]`).getAttribute('aria-pressed')).toBe('true');
      const open = page.locator('[data-testid=member-orders] button.action-button:not([aria-disabled="true"])');
      if ((await open.count()) > 0) {
        const key = await open.first().getAttribute('data-key');
        const given = (await state(page)).game.actions;
        await press(`[data-key='${key}']`, 'Space');
        await expect.poll(async () => (await state(page)).game.actions).toBe(given + 1);
      }
      await press('[data-testid="end-turn"]');
      if (turn < 8) await expect.poll(async () => (await state(page)).game.turn).toBe(turn + 1);
    }
    await expect.poll(async () => (await state(page)).screen).toBe('debrief');
    // Focus moves to the debrief's heading, and its buttons are reachable.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(page, '[data-key="debrief-again"]');
    expect(await focusVisible(page)).toBe(true);
    await expectNoErrors(errors);
  });

  it('undoes with Ctrl+Z and closes the explanation with Escape', async () => {
    browser = await launch();
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    await tabTo(page, '[data-key="title-new"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="start-may-2022"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-key="tutorial-skip"]');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button[data-member="KGZ"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="member-orders"] button.action-button');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).game.actions).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await state(page)).game.actions).toBe(0);
    await tabTo(page, '[data-testid="end-turn"]');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).game.turn).toBe(2);
    // An ended month is not undone.
    await page.keyboard.press('Control+z');
    expect((await state(page)).game).toMatchObject({ turn: 2, actions: 1 });
    // Every number has a tip; with the keyboard it shows on focus.
    await tabTo(page, '[data-resource="politicalCapital"]');
    await expect.poll(() => page.locator('.ui-tooltip').textContent()).toMatch(/^Political capital: \d+\. .*Income \d+ a month\.$/);
    expect(await page.locator('.ui-tooltip').isVisible()).toBe(true);
    await tabTo(page, 'button[data-member="KAZ"]');
    expect(await page.locator('.ui-tooltip').textContent()).toMatch(/^Kazakhstan: loyalty -?\d/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('why').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('why').count()).toBe(0);
  });
});
