// The classroom in Chromium: a class game that holds, result codes that replay, a debrief that prints on two pages.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readResultCode } from '../../src/class/result-code';
import { classCode } from '../../src/class/class-code';
import type { Level } from '../../src/engine';
import { loadLevelFile } from '../engine/play';
import { launch, type Browser } from './chromium';
import { axeViolations, expectNoErrors, selectMember, state } from './ui';

const baseUrl = inject('baseUrl');
const LEVELS: Record<string, Level> = { 'may-2022': loadLevelFile('may-2022'), 'autumn-2022': loadLevelFile('autumn-2022') };
const CLASS_LINK = '?debug=1&audio=muted&level=may-2022&difficulty=hard&seed=2022';

const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});
async function open(): Promise<Browser> {
  const b = await launch();
  browsers.push(b);
  return b;
}

type Order = [type: string, member: string];
/** Play the class game to its end by mouse: `orders[i]` are the member orders to click in month i+1. */
async function playByMouse(page: Page, orders: Order[][]): Promise<void> {
  await page.getByTestId('class-start').click();
  await page.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
  for (let month = 0; (await state(page)).screen === 'game'; month++) {
    for (const [type, member] of orders[month] ?? []) {
      await selectMember(page, member);
      const button = page.locator(`#orders-region button.action-button[data-action*='"${type}"'][data-action*='"${member}"']:not([aria-disabled=true])`).first();
      await button.click();
    }
    const turn = (await state(page)).game.turn;
    await page.getByTestId('end-turn').click();
    await expect.poll(async () => { const s = await state(page); return s.screen === 'debrief' || s.game.turn > turn; }).toBe(true);
  }
}

describe('the classroom in Chromium', () => {
  it('a class link opens its briefing, holds level, difficulty and seed, and each student hands in a code that replays to their game', async () => {
    const students = [await open(), await open()];
    const plans: Order[][][] = [[[['economicAid', 'BLR']], [], [['economicAid', 'KAZ']]], [[['coerce', 'KGZ']], [['economicAid', 'BLR']]]];
    const codes: string[] = [];
    for (const [i, { page, errors }] of students.entries()) {
      await page.goto(`${baseUrl}${CLASS_LINK}`);
      // Straight into the class game's briefing, its code and fixed difficulty in view.
      await expect.poll(async () => (await state(page)).screen).toBe('class');
      expect(await page.getByTestId('class-code').textContent()).toBe(classCode(LEVELS, { level: 'may-2022', difficulty: 'hard', seed: 2022 }));
      expect(await page.getByTestId('class-difficulty').textContent()).toMatch(/Hard/);
      expect(await page.locator('input[type=radio]').count()).toBe(0);
      // The level list is not offered either: New game leads back to this briefing.
      await page.getByRole('button', { name: 'Main menu' }).click();
      await page.getByRole('button', { name: 'New game' }).click();
      expect((await state(page)).screen).toBe('class');
      expect(await page.locator('[data-testid^=start-]').count()).toBe(0);
      await page.getByLabel('Your name (for your result code)').fill(`Student ${i + 1}`);
      await page.getByLabel('Your name (for your result code)').press('Tab');
      await playByMouse(page, plans[i]!);
      expect((await state(page)).screen).toBe('debrief');
      const code = await page.getByLabel('Result code', { exact: true }).inputValue();
      codes.push(code);
      // The code replays in Node to the very game the browser played.
      const played = await page.evaluate(() => {
        const s = (window as unknown as { __paperAlliance: { getState(): { game: unknown } } }).__paperAlliance.getState();
        return JSON.parse(JSON.stringify(s.game)) as { seed: number; difficulty: string; score: number; members: Record<string, { stance: string; loyalty: number }> };
      });
      const read = readResultCode(code, LEVELS);
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      expect(read.value.name).toBe(`Student ${i + 1}`);
      expect(read.value).toMatchObject({ seed: 2022, difficulty: 'hard', whatIf: false });
      expect(JSON.parse(JSON.stringify(read.value.state))).toEqual(played);
      await expectNoErrors(errors);
    }
    expect(codes[0]).not.toBe(codes[1]);
    // The teacher pastes both codes into the class results page: its table is what replaying them in Node gives.
    const teacher = await open();
    await teacher.page.goto(`${baseUrl}results.html`);
    await teacher.page.getByLabel('Result codes').fill(codes.join('\n'));
    const rows = teacher.page.locator('[data-testid=results-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => ({
      name: tr.querySelector('th')!.textContent,
      outcome: (tr as HTMLElement).dataset.outcome,
      score: Number(tr.querySelector<HTMLElement>('[data-score]')!.dataset.score),
      stances: Object.fromEntries([...tr.querySelectorAll<HTMLElement>('[data-member]')].map((td) => [td.dataset.member, td.dataset.stance])),
    })));
    const replayed = codes.map((code) => {
      const read = readResultCode(code, LEVELS);
      if (!read.ok) throw new Error(code);
      const game = read.value.state;
      return { name: read.value.name, outcome: game.result!.outcome, score: game.result!.score, stances: Object.fromEntries(Object.entries(game.members).map(([id, m]) => [id, m.stance])) };
    });
    expect(shown).toEqual(replayed);
    // One character changed, and the code is refused with its reason.
    const broken = codes[0]!.replace(/\.([A-Za-z0-9_-])([A-Za-z0-9_-]*)$/, (_, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}`);
    await teacher.page.getByLabel('Result codes').fill(`${codes[1]}\n${broken}`);
    await expect.poll(() => teacher.page.locator('[data-testid=results-bad] li').count()).toBe(1);
    expect(await teacher.page.locator('[data-testid=results-bad] li').textContent()).toMatch(/does not add up/);
    await expectNoErrors(teacher.errors);
  });

  it('the class code typed on the title joins the game; a mistyped one says why; leaving frees the choice', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    const code = classCode(LEVELS, { level: 'autumn-2022', difficulty: 'gentle', seed: 4321 });
    const field = page.getByLabel('Class code (from the board)');
    await field.fill(code.slice(0, 9));
    await page.getByRole('button', { name: 'Join the class game' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/ten characters/);
    const wrong = code.replace(/^./, (c) => (c === '7' ? '8' : '7'));
    await field.fill(wrong);
    await page.getByRole('button', { name: 'Join the class game' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/does not add up/);
    await field.fill(code.toLowerCase().replace('-', ' '));
    await field.press('Enter');
    await expect.poll(async () => (await state(page)).screen).toBe('class');
    const game = () => page.evaluate(() => { const g = (window as unknown as { __paperAlliance: { getState(): { game: { level: string; difficulty: string; seed: number } } } }).__paperAlliance.getState().game; return { level: g.level, difficulty: g.difficulty, seed: g.seed }; });
    expect(await game()).toEqual({ level: 'autumn-2022', difficulty: 'gentle', seed: 4321 });
    // A reload without the code keeps the class game.
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    expect(await page.getByRole('heading', { name: /Class game/ }).textContent()).toContain(code);
    await page.getByRole('button', { name: 'Open the class game' }).click();
    await page.getByTestId('class-leave').click();
    await page.getByRole('button', { name: 'New game' }).click();
    expect(await page.locator('[data-testid^=start-]').count()).toBe(2);
    await expectNoErrors(errors);
  });

  it('the teacher makes a class game: its code and link open the same game', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    await page.getByRole('button', { name: 'Make a class game' }).click();
    await page.getByRole('radio', { name: /The Moscow summit/ }).check();
    await page.getByRole('radio', { name: /^Hard/ }).check();
    await page.getByLabel('Game number').fill('2022');
    await expect.poll(() => page.getByTestId('class-board-code').textContent()).toBe(classCode(LEVELS, { level: 'may-2022', difficulty: 'hard', seed: 2022 }));
    const link = await page.getByTestId('class-link').inputValue();
    expect(new URL(link).search).toBe('?level=may-2022&difficulty=hard&seed=2022');
    expect(await page.locator('.class-board svg.qr').getAttribute('aria-label')).toMatch(/QR/);
    expect(await axeViolations(page)).toEqual([]);
    // Another scenario: its own default difficulty, the number kept, the choice still focused.
    await page.getByRole('radio', { name: /The autumn of crises/ }).check();
    const autumn = classCode(LEVELS, { level: 'autumn-2022', difficulty: 'standard', seed: 2022 });
    await expect.poll(() => page.getByTestId('class-board-code').textContent()).toBe(autumn);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('autumn-2022');
    // The code alone, in the address, opens that class game.
    await page.goto(`${baseUrl}?debug=1&audio=muted&class=${autumn.toLowerCase()}`);
    await expect.poll(async () => (await state(page)).screen).toBe('class');
    expect(await page.getByTestId('class-code').textContent()).toBe(autumn);
    // The class game's briefing, and the result code asked for during the game, in both languages.
    for (const lang of ['en', 'ru']) {
      await page.goto(`${baseUrl}${CLASS_LINK}&lang=${lang}`);
      await expect.poll(async () => (await state(page)).screen).toBe('class');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('class-start').click();
      await page.getByTestId('top-code').click();
      await expect.poll(async () => (await state(page)).screen).toBe('resultCode');
      expect(await axeViolations(page)).toEqual([]);
    }
    await expectNoErrors(errors);
  });

  it('the printed debrief has its header, the orders and the result code, on at most two pages', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}${CLASS_LINK}`);
    await page.getByLabel('Your name (for your result code)').fill('Anna K.');
    await page.getByLabel('Your name (for your result code)').press('Tab');
    await playByMouse(page, [[['economicAid', 'BLR']], [], [['economicAid', 'KAZ']]]);
    await page.emulateMedia({ media: 'print' });
    const head = await page.getByTestId('print-head').innerText();
    for (const part of ['Anna K.', 'The Moscow summit', 'Hard', classCode(LEVELS, { level: 'may-2022', difficulty: 'hard', seed: 2022 })]) expect(head).toContain(part);
    expect(await page.locator('.orders-by-month li').count()).toBe(8);
    expect(await page.locator('.orders-by-month li').first().innerText()).toBe('May 2022: Economic aid: Belarus');
    // What happened next begins after the level's own months.
    expect(await page.getByTestId('epilogue').locator('time').first().getAttribute('datetime')).toMatch(/^2023/);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, format).toBeGreaterThan(0);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
    await expectNoErrors(errors);
  });
});

describe('a teaching site that embeds the game', () => {
  it('the example host page collects the result code of a game played in its frame', async () => {
    const { page, errors } = await open();
    await page.goto(`${baseUrl}class-host.html?level=autumn-2022&difficulty=standard&seed=77&audio=muted`);
    const frame = page.frameLocator('#game');
    await frame.getByTestId('class-start').click();
    for (let turn = 1; turn <= LEVELS['autumn-2022']!.turns; turn++) await frame.getByTestId('end-turn').click();
    await expect.poll(() => page.getByLabel('Result codes', { exact: true }).inputValue()).toMatch(/^PA1\./);
    const code = await page.getByLabel('Result codes', { exact: true }).inputValue();
    const read = readResultCode(code, LEVELS);
    expect(read.ok && read.value.state.phase).toBe('over');
    expect(read.ok && read.value).toMatchObject({ seed: 77, difficulty: 'standard' });
    expect(new URL(await page.getByRole('link', { name: /class results page/ }).getAttribute('href') ?? '', baseUrl).hash).toBe(`#codes=${code}`);
    await expectNoErrors(errors);
  });
});
