// "Why?", undo, reload, a corrupt save, storage refused, and what-if, in real Chromium.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './chromium';
import { expectNoErrors, state } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

async function newGame(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl}?debug=1${query}`);
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByTestId('start-may-2022').click();
  await page.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
}

describe('game features in Chromium', () => {
  it('"Why?" lists every factor of the last decision with its size, claims and paragraphs', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await newGame(page);
    await page.locator('button[data-member=ARM]').click();
    await expect.poll(() => page.getByTestId('why').textContent()).toMatch(/has not deliberated yet/);
    await page.getByTestId('end-turn').click();
    await expect.poll(async () => (await state(page)).game.turn).toBe(2);
    // The month's decisions are announced to screen readers.
    await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/^Now June 2022: \d+ news items?\./);
    expect(await page.locator('#announcer').getAttribute('aria-live')).toBe('polite');
    const factors = page.getByTestId('why-factors').locator('li');
    const stored = await page.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { game: { members: { ARM: { lastDecision: { factors: { rule: string }[] } } } } } } }).__paperAlliance.getState().game.members.ARM.lastDecision.factors.map((f) => f.rule));
    expect(await factors.count()).toBe(stored.length);
    expect(stored).toContain('armedAdversary');
    const arms = page.locator('[data-testid=why-factors] li[data-rule=armedAdversary]');
    expect(await arms.locator('.factor-name').textContent()).toBe('Arms for the adversary');
    expect(await arms.locator('.factor-size').textContent()).toMatch(/^-\d/);
    expect(await arms.locator('.claim-chip').allTextContents()).toEqual(['C8']);
    expect(await arms.locator('.para').textContent()).toBe('¶9, ¶10');
    expect(await arms.locator('.factor-sentence').textContent()).toMatch(/Azerbaijan/);
    // Every factor carries claim ids, except news with none, and a sentence.
    for (const rule of stored) {
      const item = page.locator(`[data-testid=why-factors] li[data-rule=${rule}]`).first();
      expect(await item.locator('.factor-sentence').textContent()).not.toBe('');
      if (rule !== 'event') expect(await item.locator('.claim-chip').count()).toBeGreaterThan(0);
    }
    // The month's report lists every ally's decision and leads to its explanation.
    const report = page.getByTestId('report');
    expect(await report.locator('.report-list li').count()).toBe(5);
    await report.getByRole('button', { name: 'Tajikistan' }).click();
    await expect.poll(() => page.getByTestId('why').locator('h2').first().textContent()).toBe('Why? Tajikistan');
    // The selected card closes the explanation when pressed again, and the hint above the cards says so.
    const hint = page.getByTestId('members-hint');
    expect(await hint.textContent()).toBe('Select the highlighted member again to close the explanation.');
    await page.locator('button[data-member=TJK]').click();
    await expect.poll(() => page.getByTestId('why').count()).toBe(0);
    expect(await hint.textContent()).toBe('Select a member to see why it decided as it did.');
    await expectNoErrors(errors);
  });

  it('each order shows its cost, what it is expected to do, and why a closed one is closed', async () => {
    browser = await launch();
    const { page } = browser;
    await newGame(page);
    await page.locator('button[data-member=KGZ]').click();
    const aid = page.locator('[data-testid=member-orders] li.action').filter({ hasText: 'Economic aid' });
    expect(await aid.locator('.action-cost').textContent()).toBe('3 Leverage');
    await expect.poll(() => aid.locator('.action-preview').textContent()).toMatch(/^Expected: Kyrgyzstan \+\d+(\.\d)? this month, all else equal$/);
    // A summit in the month of the Moscow summit would do nothing: closed, and it says why.
    const summit = page.locator('li.action').filter({ hasText: 'Host a summit' });
    expect(await summit.locator('button').getAttribute('aria-disabled')).toBe('true');
    expect(await summit.locator('.action-reason').textContent()).toMatch(/^The Moscow summit meets this month/);
    // A closed order does nothing when pressed.
    await summit.locator('button').click({ force: true });
    expect((await state(page)).game.actions).toBe(0);
  });

  it('undo takes back this month\'s orders, and is closed, with its reason, once the month has ended', async () => {
    browser = await launch();
    const { page } = browser;
    await newGame(page);
    const undo = page.getByTestId('undo');
    expect(await undo.getAttribute('aria-disabled')).toBe('true');
    await page.locator('button[data-member=KGZ]').click();
    await page.locator('[data-testid=member-orders] button.action-button').first().click();
    await expect.poll(() => page.locator('.turn-bar .given').textContent()).toBe('1 order given this month');
    expect(await undo.getAttribute('aria-disabled')).toBeNull();
    await undo.click();
    await expect.poll(async () => (await state(page)).game.actions).toBe(0);
    await page.locator('[data-testid=member-orders] button.action-button').first().click();
    await page.getByTestId('end-turn').click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('June 2022');
    expect(await undo.getAttribute('aria-disabled')).toBe('true');
    expect(await undo.getAttribute('data-tip')).toMatch(/^Nothing to undo: .*only be replayed as a what-if/);
    await undo.click({ force: true });
    await page.keyboard.press('Control+z');
    expect((await state(page)).game).toMatchObject({ turn: 2, actions: 2 });
    expect(await page.getByTestId('month').textContent()).toBe('June 2022');
  });

  it('a reload resumes the game where it was', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await newGame(page);
    await page.locator('button[data-member=TJK]').click();
    await page.locator('[data-testid=member-orders] button.action-button').first().click();
    await page.getByTestId('end-turn').click();
    await page.getByTestId('end-turn').click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('July 2022');
    const before = await page.evaluate(() => JSON.stringify((window as unknown as { __paperAlliance: { getState(): { game: unknown } } }).__paperAlliance.getState().game));
    await page.reload();
    const resume = page.getByRole('button', { name: /Continue/ });
    expect(await resume.textContent()).toMatch(/July 2022/);
    await resume.click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('July 2022');
    const after = await page.evaluate(() => JSON.stringify((window as unknown as { __paperAlliance: { getState(): { game: unknown } } }).__paperAlliance.getState().game));
    expect(after).toBe(before);
    await expectNoErrors(errors);
  });

  it('a corrupt save shows the message, sets the save aside, and the game still starts', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    await page.evaluate(() => localStorage.setItem('paper-alliance:save', '{"format":1,"level":"may-2022","seed":'));
    await page.reload();
    const notice = page.locator('[data-notice=save-rejected]');
    await expect.poll(() => notice.textContent()).toMatch(/could not be loaded \(it is damaged\).*set aside/);
    expect(await notice.getAttribute('role')).toBe('alert');
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('paper-alliance:save:rejected:')).map((k) => localStorage.getItem(k)));
    expect(aside).toEqual(['{"format":1,"level":"may-2022","seed":']);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByTestId('start-may-2022').click();
    await page.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
    await page.getByTestId('end-turn').click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('June 2022');
    await expectNoErrors(errors);
  });

  it('where storage is refused, the game plays on in memory and says so once', async () => {
    browser = await launch();
    const { page } = browser;
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await newGame(page);
    await page.getByTestId('end-turn').click();
    await page.getByTestId('end-turn').click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('July 2022');
    expect(await page.locator('[data-notice=storage-unavailable]').count()).toBe(1);
    expect(await page.locator('[data-notice=storage-unavailable]').textContent()).toMatch(/memory only/);
  });

  it('what-if replays from an earlier month and compares the two timelines side by side', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await newGame(page);
    for (let i = 0; i < 3; i++) await page.getByTestId('end-turn').click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('August 2022');
    await page.getByRole('tab', { name: 'Log' }).click();
    await page.getByRole('button', { name: /Replay from June 2022/ }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('June 2022');
    expect(await page.getByRole('status').filter({ hasText: 'What-if' }).textContent()).toMatch(/replaying from June 2022/);
    // The months replayed are played on the orders: the what-if opens them, out of the log it was started from.
    await expect.poll(() => page.getByRole('tab', { name: 'Orders' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#tabpanel-orders').isVisible()).toBe(true);
    await page.locator('button[data-member=KAZ]').click();
    await page.locator('[data-testid=member-orders] button.action-button:not([aria-disabled="true"])').first().click();
    await page.getByTestId('end-turn').click();
    await page.getByTestId('end-turn').click();
    // A reload resumes the what-if where it was, its main line kept beside it.
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('August 2022');
    await page.reload();
    await page.getByRole('button', { name: /Continue/ }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('August 2022');
    expect(await page.getByRole('status').filter({ hasText: 'What-if' }).textContent()).toMatch(/replaying from June 2022/);
    await page.getByRole('button', { name: 'Compare timelines' }).click();
    const compare = page.getByTestId('compare');
    await expect.poll(() => compare.locator('[data-timeline]').count()).toBe(2);
    expect(await compare.locator('[data-timeline=main] .timeline-table tbody tr').count()).toBe(3);
    expect(await compare.locator('[data-timeline=branch] .timeline-table tbody tr').count()).toBe(3);
    expect(await compare.locator('[data-timeline=branch] td.differs').count()).toBeGreaterThan(0);
    expect(await compare.locator('[data-timeline=branch] .timeline-orders').textContent()).toMatch(/Kazakhstan/);
    expect(await compare.locator('svg.chart:visible').count()).toBe(2);
    // The difference at the last month both have played: July 2022, Kazakhstan changed.
    const difference = page.getByTestId('difference');
    expect(await difference.textContent()).toMatch(/At the end of July 2022/);
    expect(await difference.locator('tr.differs th').allTextContents()).toContain('Kazakhstan');
    await page.getByRole('button', { name: 'Back to the main timeline' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('August 2022');
    // Back on the main line, the game's debrief still says it was replayed.
    for (let i = 0; i < 5; i++) await page.getByTestId('end-turn').click();
    await expect.poll(async () => (await state(page)).screen).toBe('debrief');
    const mark = page.getByTestId('what-if-mark');
    expect(await mark.getAttribute('data-used')).toBe('true');
    expect(await mark.textContent()).toMatch(/^This game used what-if/);
    await expectNoErrors(errors);
  });
  it('the debrief of a game of one\'s own offers the link that gives a class the same game', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await newGame(page, '&audio=muted');
    await page.evaluate(() => {
      const s = (window as unknown as { __paperAlliance: { getState(): { game: { phase: string }; act(a: unknown): unknown; show(screen: string): void } } }).__paperAlliance.getState;
      while (s().game.phase !== 'over') s().act({ type: 'endTurn' });
      s().show('debrief');
    });
    const game = await page.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { game: { seed: number; difficulty: string } } } }).__paperAlliance.getState().game);
    const link = await page.getByTestId('share-link').inputValue();
    expect(new URL(link).search).toBe(`?level=may-2022&difficulty=${game.difficulty}&seed=${game.seed}`);
    // The copy button puts that link on the clipboard.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // The result code is copied the same way.
    await page.getByRole('button', { name: 'Copy the code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel('Result code', { exact: true }).inputValue());
    await expectNoErrors(errors);
  });

  it('a class link the game cannot read is reported, and none of it is used', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?debug=1&audio=muted&level=may-2022&difficulty=hard&seed=twelve`);
    await expect.poll(() => page.locator('[data-notice=bad-url]').textContent()).toMatch(/game number “twelve”/);
    await page.getByRole('button', { name: 'New game' }).click();
    expect(await page.getByTestId('class-chip').count()).toBe(0);
    await page.getByTestId('start-may-2022').click();
    expect(await page.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { game: { difficulty: string } } } }).__paperAlliance.getState().game.difficulty)).not.toBe('hard');
    await expectNoErrors(errors);
  });
});
