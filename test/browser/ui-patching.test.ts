// A redraw patches the page in place: what the player holds (the focused control itself, a
// half-typed field's text and selection, a panel's scroll) is the same after a store change.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './chromium';
import { expectNoErrors } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

type Marked = Element & { __held?: string };
type Handle = { __paperAlliance: { getState(): { setSettings(patch: Record<string, unknown>): void } } };

async function newGame(page: Page): Promise<void> {
  await page.goto(`${baseUrl}?debug=1`);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByTestId('start-may-2022').click();
  await page.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
}

/** Tag the focused element; the tag lives on the node, so only the same node still has it. */
const markFocused = (page: Page) => page.evaluate(() => ((document.activeElement as Marked).__held = 'held'));
const focusedIsMarked = (page: Page) => page.evaluate(() => (document.activeElement as Marked | null)?.__held === 'held');

describe('redraws keep what the player holds', () => {
  it('a focused button is the same node after the orders panel redraws for a new selection, and the panel keeps its scroll', async () => {
    browser = await launch({ width: 1280, height: 800 });
    const { page, errors } = browser;
    await newGame(page);
    const panel = page.locator('#tabpanel-orders');
    await page.getByTestId('end-turn').focus();
    await markFocused(page);
    await panel.evaluate((el) => (el.scrollTop = 40));
    const scrolled = await panel.evaluate((el) => el.scrollTop);
    // A member chosen by its key: the panel lists that member's orders around the focused button.
    await page.keyboard.press('Digit2');
    await expect.poll(() => page.locator('#member-orders-title').textContent()).toMatch(/Belarus/);
    expect(await focusedIsMarked(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('end-turn');
    expect(await panel.evaluate((el) => el.scrollTop)).toBe(scrolled);
    // An order button too, while the orders' expected effects arrive and the panel redraws under it.
    const summit = page.locator('button.action-button[data-action*="hostSummit"]');
    await summit.focus();
    await markFocused(page);
    await page.keyboard.press('Digit3');
    await expect.poll(() => page.locator('#member-orders-title').textContent()).toMatch(/Kazakhstan/);
    await expect.poll(() => page.locator('[data-testid=member-orders] li.action:not(.closed) .action-preview').first().textContent()).toMatch(/^Expected: /);
    expect(await focusedIsMarked(page)).toBe(true);
    await expectNoErrors(errors);
  });

  it('a name half typed for the result code keeps its text, selection and node when a setting changes under it', async () => {
    browser = await launch({ width: 1280, height: 800 });
    const { page, errors } = browser;
    await newGame(page);
    await page.getByTestId('top-code').click();
    const name = page.locator('#player-name');
    await name.click();
    await page.keyboard.type('Anna Petrova');
    await name.evaluate((el: HTMLInputElement) => el.setSelectionRange(5, 11));
    await markFocused(page);
    const code = await page.getByTestId('result-code').inputValue();
    // A teaching site's settings message, say, while the student is still typing: the screen redraws.
    await page.evaluate(() => (window as unknown as Handle).__paperAlliance.getState().setSettings({ reducedMotion: true }));
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('reduced-motion'))).toBe(true);
    expect(await focusedIsMarked(page)).toBe(true);
    expect(await name.inputValue()).toBe('Anna Petrova');
    expect(await name.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([5, 11]);
    // The code still carries the name as typed.
    expect(await page.getByTestId('result-code').inputValue()).toBe(code);
    await expectNoErrors(errors);
  });
});
