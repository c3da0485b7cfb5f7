// The teacher's pack as a teacher meets it: opened from the title, whole in both languages,
// clean for axe, printed to A4 with the student sheet on a page of its own; and the projector
// setting, which must make the game screen larger and starker without breaking its layout.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLAIMS } from '../../src/engine';
import { TABLES } from '../i18n/tables';
import { QUESTIONS } from '../../src/ui/debrief';
import { PACK_SECTIONS, PLAN_ROWS } from '../../src/ui/teacher-pack';
import { launch, type Browser } from './chromium';
import { readPrintedPdf } from './pdf';
import { axeViolations, expectNoErrors, visibleText } from './ui';

const baseUrl = inject('baseUrl');
/** The most pages the printed pack may take, its one-page student sheet included. */
const MAX_PAGES = 6;
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

async function openPack(page: Page, lang: 'en' | 'ru'): Promise<void> {
  await page.goto(`${baseUrl}?debug=1&lang=${lang}`);
  await page.getByRole('button', { name: TABLES[lang]['title.pack']! }).click();
  await page.waitForSelector('[data-testid=teacher-pack]');
}

describe('the teacher’s pack', () => {
  it.each(['en', 'ru'] as const)('opens from the title with every section in %s, and axe finds nothing', async (lang) => {
    browser = await launch();
    const { page, errors } = browser;
    await openPack(page, lang);
    const words = TABLES[lang];
    expect(await page.locator('h1').first().textContent()).toContain(words['pack.heading']);
    const sections = await page.$$eval('[data-pack-section]', (els) => els.map((el) => ({ name: (el as HTMLElement).dataset.packSection, heading: el.querySelector('h2')?.textContent })));
    expect(sections).toEqual(PACK_SECTIONS.map((name) => ({ name, heading: words[`pack.${name}.heading`] })));
    const counts = await page.evaluate(() => ({
      rows: document.querySelectorAll('.pack-timetable tbody tr').length,
      claims: [...document.querySelectorAll<HTMLElement>('.pack-claim')].map((el) => el.dataset.claim),
      notes: [...document.querySelectorAll('.pack-note')].map((el) => ({ question: el.querySelector('.pack-question')?.textContent ?? '', good: el.querySelectorAll('li').length })),
      months: document.querySelectorAll('.sheet-months tbody tr').length,
      sheetQuestions: document.querySelectorAll('.sheet-questions > li').length,
      steps: document.querySelectorAll('.pack-steps > li').length,
    }));
    expect(counts.rows).toBe(PLAN_ROWS);
    expect(counts.claims).toEqual([...CLAIMS]);
    expect(counts.notes.map((n) => n.question)).toEqual(Array.from({ length: QUESTIONS }, (_, i) => words[`question.${i + 1}`]));
    for (const note of counts.notes) expect(note.good).toBeGreaterThanOrEqual(3);
    expect(counts.months).toBe(8);
    expect(counts.sheetQuestions).toBe(3);
    expect(counts.steps).toBeGreaterThanOrEqual(5);
    const text = await visibleText(page);
    // A missing text would show its key.
    expect(text.match(/\bpack\.[a-z]/g)).toBeNull();
    if (lang === 'ru') {
      // Words that stay Latin in Russian text: the publication's name, QR and CSV. (Parts of an address are marked as no language.)
      const allowed = new Set(['Global', 'Comment', 'QR', 'CSV']);
      expect([...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !allowed.has(w))).toEqual([]);
    }
    expect(await axeViolations(page)).toEqual([]);
    await expectNoErrors(errors);
  });

  it.each(['en', 'ru'] as const)('prints in %s to at most six A4 pages, the student sheet alone on the last', async (lang) => {
    browser = await launch();
    const { page, errors } = browser;
    await openPack(page, lang);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.pack-handout')!).breakBefore)).toBe('page');
    // The buttons and the contents stay on the screen.
    expect(await page.evaluate(() => ['[data-testid=pack-print]', '.pack-contents', '[data-testid=pack-projector]'].map((sel) => document.querySelector(sel)!.getClientRects().length))).toEqual([0, 0, 0]);
    // Back to no emulation: page.pdf then prints as a browser does, with print styles.
    await page.emulateMedia({ media: null });

    const whole = readPrintedPdf(await page.pdf({ format: 'A4', printBackground: true }));
    expect(whole.pages).toBeGreaterThanOrEqual(3);
    expect(whole.pages).toBeLessThanOrEqual(MAX_PAGES);
    // Each section lands where the contents' links point; the sheet on the last page, at its top.
    const at = (name: string) => whole.dests[`pack-${name}`]!;
    for (const name of PACK_SECTIONS) expect(whole.dests, name).toHaveProperty([`pack-${name}`]);
    const sheet = at('handout');
    expect(sheet.page).toBe(whole.pages - 1);
    expect(sheet.y).toBeGreaterThan(whole.heights[sheet.page]! - 40);
    for (const name of PACK_SECTIONS.filter((n) => n !== 'handout')) expect(at(name).page, name).toBeLessThan(sheet.page);
    expect(PACK_SECTIONS.map((name) => at(name).page)).toEqual([...PACK_SECTIONS.map((name) => at(name).page)].sort((a, b) => a - b));

    // "Print the student sheet only" prints one page; the page forgets it once the print is done.
    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('button', { name: TABLES[lang]['pack.printHandout']! }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBe('handout');
    const sheetOnly = readPrintedPdf(await page.pdf({ format: 'A4', printBackground: true }));
    expect(sheetOnly.pages).toBe(1);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBeUndefined();
    await expectNoErrors(errors);
  });
});

type Store = { getState(): Record<string, (...a: unknown[]) => unknown> & { settings: { projector: boolean; textScale: number } } };

/** The game screen a month in, with a member's "Why?" open: what a class reads on the wall. */
async function gameScreen(page: Page, query: string): Promise<void> {
  await page.goto(`${baseUrl}?debug=1&${query}`);
  await page.evaluate(() => {
    const store = (window as unknown as { __paperAlliance: { store: Store } }).__paperAlliance.store;
    store.getState().start!('may-2022', { seed: 4 });
    store.getState().setTutorialStep!(null);
    store.getState().act!({ type: 'endTurn' });
    store.getState().select!('KAZ');
  });
  await page.waitForSelector('[data-testid=why-factors]');
}

/** What the back row sees: the root size, the layout, and the contrast of small print and of rules. */
function looks(page: Page) {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (c: string) => {
      const [r, g, b] = rgb(c).slice(0, 3).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const background = (el: Element | null): string => {
      for (let at = el; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if ((rgb(bg)[3] ?? 1) > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const hint = document.querySelector('#members-region .hint')!;
    const card = document.querySelector('.member-card:not(.selected)')!;
    const html = document.documentElement;
    const overflowing = [...document.querySelectorAll<HTMLElement>('.topbar, .panel.left, .news, .member-card, .tabs, .turn-bar')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
      .map((el) => el.className);
    return {
      root: parseFloat(getComputedStyle(html).fontSize),
      projectorClass: html.classList.contains('projector'),
      stacked: document.getElementById('app')!.classList.contains('stacked'),
      pageOverflows: html.scrollWidth > html.clientWidth,
      overflowing,
      hint: ratio(getComputedStyle(hint).color, background(hint)),
      rule: ratio(getComputedStyle(card).borderTopColor, background(card.parentElement)),
      side: document.getElementById('members-region')!.getBoundingClientRect().right <= document.getElementById('game-main')!.getBoundingClientRect().left + 1,
    };
  });
}

describe('the projector setting', () => {
  it('?projector=1 turns it on: larger type and stronger contrast at 1280×800 and 1920×1080, the panels still side by side', async () => {
    browser = await launch({ width: 1280, height: 800 });
    const { page, errors } = browser;
    const settings = () => page.evaluate(() => (window as unknown as { __paperAlliance: { store: Store } }).__paperAlliance.store.getState().settings);

    await gameScreen(page, 'projector=0');
    const plain = await looks(page);
    await gameScreen(page, 'projector=1');
    expect((await settings()).projector).toBe(true);
    const wall = await looks(page);
    expect(plain).toMatchObject({ root: 16, projectorClass: false });
    expect(wall).toMatchObject({ root: 20, projectorClass: true, stacked: false, pageOverflows: false, overflowing: [], side: true });
    expect(wall.hint).toBeGreaterThan(plain.hint);
    expect(wall.hint).toBeGreaterThanOrEqual(7);
    expect(wall.rule).toBeGreaterThan(plain.rule);
    expect(wall.rule).toBeGreaterThanOrEqual(3);

    // A larger screen on the same wall needs larger type in pixels, and gets it.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(async () => (await looks(page)).root).toBeCloseTo(27, 0);
    expect(await looks(page)).toMatchObject({ stacked: false, pageOverflows: false, overflowing: [], side: true });

    // It is a setting like any other: Settings shows it on, and turning it off there gives the screen back.
    await page.evaluate(() => (window as unknown as { __paperAlliance: { store: Store } }).__paperAlliance.store.getState().show!('settings'));
    const box = page.getByTestId('projector');
    await expect.poll(() => box.isChecked()).toBe(true);
    await box.uncheck();
    expect((await settings()).projector).toBe(false);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
    await expectNoErrors(errors);
  });

  it('refuses any other value in the address, says so, and leaves the setting as it was', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?debug=1&projector=constructor`);
    await expect.poll(() => page.locator('[data-notice=bad-url]').textContent()).toContain('constructor');
    expect(await page.evaluate(() => (window as unknown as { __paperAlliance: { store: Store } }).__paperAlliance.store.getState().settings.projector)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(false);
    await expectNoErrors(errors);
  });
});
