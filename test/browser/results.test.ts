// The class results page in Chromium: codes of games played here in Node, pasted, dropped as a
// CSV file or carried in the hash, must give the table their replay gives in Node; a broken code
// is named with its reason; the page passes axe, speaks Russian, exports CSV, prints clean and
// asks the network for nothing but its own files.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MEMBERS } from '../../src/engine';
import { classResults, type ResultRow } from '../../src/class/results';
import { readResultCode } from '../../src/class/result-code';
import { codeErrorText } from '../../src/class/words';
import { classCodes, classLevels } from '../../src/cli/class-games';
import { setLang } from '../../src/i18n';
import { launch, type Browser } from './chromium';
import { axeViolations, expectNoErrors } from './ui';

const baseUrl = inject('baseUrl');
const LEVELS = classLevels();
const CODES = classCodes(12, LEVELS);
/** The table as Node replays it. */
const EXPECTED: ResultRow[] = classResults(CODES.map((code) => {
  const read = readResultCode(code, LEVELS);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
})).rows;

let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

/** Every row of the games table as the page shows it. */
function shownRows(page: Page) {
  return page.locator('[data-testid=results-table] tbody tr').evaluateAll((rows) => rows.map((tr) => ({
    name: tr.querySelector('th')!.textContent,
    outcome: (tr as HTMLElement).dataset.outcome,
    score: Number(tr.querySelector<HTMLElement>('[data-score]')!.dataset.score),
    stances: Object.fromEntries([...tr.querySelectorAll<HTMLElement>('[data-member]')].map((td) => [td.dataset.member, td.dataset.stance])),
    whatIf: tr.querySelector<HTMLElement>('[data-what-if]')!.dataset.whatIf === 'true',
  })));
}
const expectedRows = (rows: readonly ResultRow[]) => rows.map((r) => ({ name: r.name || '(no name)', outcome: r.outcome, score: r.score, stances: Object.fromEntries(MEMBERS.map((id) => [id, r.stances[id]])), whatIf: r.whatIf }));

/** Records every request the page makes, so a test can say nothing went anywhere else. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}
const elsewhere = (urls: readonly string[]) => urls.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'));

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Result codes').fill(text);
}

/** Drop a file on the box's card, as a teacher drags one from the desktop. */
async function drop(page: Page, name: string, text: string, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(([n, t, ty]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: ty }));
    return dt;
  }, [name, text, type] as const);
  await page.dispatchEvent('.results-input', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('.results-input', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.results-input', 'drop', { dataTransfer: transfer });
}

describe('class results page', () => {
  it('pasted codes give the table their replay in Node gives; a changed character is refused with its reason; nothing leaves the page', async () => {
    browser = await launch();
    const { page, errors } = browser;
    const requests = watchRequests(page);
    await page.goto(`${baseUrl}results.html`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Class results');
    // One character changed in the middle of the orders: the checksum catches it.
    const broken = `${CODES[4]!.slice(0, 30)}${CODES[4]![30] === 'Z' ? 'Y' : 'Z'}${CODES[4]!.slice(31)}`;
    await paste(page, [...CODES.slice(0, 4), broken, ...CODES.slice(4)].join('\n'));
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    expect(await shownRows(page)).toEqual(expectedRows(EXPECTED));

    const read = readResultCode(broken, LEVELS);
    expect(read.ok).toBe(false);
    setLang('en');
    const reason = read.ok ? '' : codeErrorText(read.errors[0]!);
    const bad = page.locator('[data-testid=results-bad] li');
    expect(await bad.count()).toBe(1);
    expect(await bad.getAttribute('data-line')).toBe('5');
    expect(await bad.locator('.bad-reason').textContent()).toBe(reason);
    expect(await bad.textContent()).toContain('Line 5');
    expect(await page.getByTestId('results-status').textContent()).toBe(`${CODES.length} games read · 1 code could not be read`);

    // The class figures are drawn too.
    expect(await page.getByTestId('results-endings').locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('results-choices').first().locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('results-factors').locator('li').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('results-prompts').locator('li').count()).toBeGreaterThanOrEqual(3);

    expect(await axeViolations(page)).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    expect(elsewhere(requests)).toEqual([]);
    await expectNoErrors(errors);
  });

  it('reads a dropped CSV file, and a file opened from the button, finding the codes among other cells', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}results.html`);
    const csv = ['Name,Code,Handed in', ...CODES.slice(0, 6).map((code, i) => `"Student ${i}, class 9",${code},2024-05-0${i + 1}`), 'total,6,'].join('\r\n');
    await drop(page, 'class.csv', csv, 'text/csv');
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(6);
    expect(await shownRows(page)).toEqual(expectedRows(EXPECTED.slice(0, 6)));
    expect(await page.getByTestId('results-skipped').textContent()).toBe('Lines with text but no result code, left out: 1 and 8.');
    // The same codes again count once; the rest of the class comes from a file opened with the button.
    await page.locator('input[type=file]').setInputFiles({ name: 'more.txt', mimeType: 'text/plain', buffer: Buffer.from(CODES.slice(4).join('\n')) });
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    expect(await shownRows(page)).toEqual(expectedRows(EXPECTED));
    expect(await page.locator('[data-testid=results-bad] li').allTextContents()).toEqual([
      expect.stringContaining('The same code as line 6'), expect.stringContaining('The same code as line 7'),
    ]);
    await expectNoErrors(errors);
  });

  it('takes codes from the hash, exports them as CSV that reads back the same, and prints the results alone', async () => {
    browser = await launch();
    const { page, errors } = browser;
    const requests = watchRequests(page);
    await page.goto(`${baseUrl}results.html#codes=${CODES.join(',')}`);
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    expect(await shownRows(page)).toEqual(expectedRows(EXPECTED));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^paper-alliance-class-results-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(CODES.length + 1);
    expect(lines[0]!.startsWith('Name,Scenario,Difficulty,Game no.,Outcome,Score,Months played,Armenia,Belarus,Kazakhstan,Kyrgyzstan,Tajikistan,What-if used,')).toBe(true);
    expect(lines[0]!.endsWith(',Result code')).toBe(true);
    EXPECTED.forEach((row, i) => {
      const cells = lines[i + 1]!.split(',');
      expect(cells[0]).toBe(row.name);
      expect(cells[5]).toBe(String(row.score));
      expect(cells.at(-1)).toBe(row.code);
    });
    // The exported file, dropped on a fresh page, gives the same table.
    await page.goto(`${baseUrl}results.html`);
    await drop(page, 'export.csv', csv, 'text/csv');
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    expect(await shownRows(page)).toEqual(expectedRows(EXPECTED));

    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().evaluate((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    expect(await shown('[data-testid=results-table]')).toBe(true);
    expect(await shown('[data-testid=results-prompts]')).toBe(true);
    expect(await shown('#result-codes')).toBe(false);
    expect(await page.locator('button').evaluateAll((buttons) => buttons.filter((b) => b.getClientRects().length > 0).map((b) => b.textContent))).toEqual([]);
    // As the print dialog does: the sheet the page asks for, across (the games table is wide).
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(5);
    const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf)!.map(Number);
    expect(width).toBeGreaterThan(height!);
    expect(elsewhere(requests)).toEqual([]);
    await expectNoErrors(errors);
  });

  it('speaks Russian with ?lang=ru and switches language on the page; axe is content in both', async () => {
    browser = await launch({ width: 390, height: 844 });
    const { page, errors } = browser;
    await page.goto(`${baseUrl}results.html?lang=ru#codes=${CODES.join(',')}`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Результаты класса');
    expect(await page.getByLabel('Коды результатов').inputValue()).toBe(CODES.join('\n'));
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    const text = await page.locator('.results-output').innerText();
    // Names of players and the codes aside, the page is in Russian.
    const latin = [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !EXPECTED.some((r) => r.name.includes(w)) && !['CSV', 'NATO'].includes(w));
    expect(latin).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    // The English table is fetched on the first switch to it.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Class results');
    expect(await page.evaluate(() => [document.documentElement.lang, new URL(location.href).searchParams.get('lang')])).toEqual(['en', 'en']);
    expect(await page.getByLabel('Result codes').inputValue()).toBe(CODES.join('\n'));
    expect(await shownRows(page)).toEqual(expectedRows(EXPECTED));
    expect(await axeViolations(page)).toEqual([]);
    await expectNoErrors(errors);
  });

  it('after one visit opens and replays codes with no network: the game\'s service worker keeps it', async () => {
    browser = await launch({ serviceWorkers: 'allow' });
    const { page, context } = browser;
    await page.goto(`${baseUrl}results.html`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    await context.setOffline(true);
    await page.goto(`${baseUrl}results.html?lang=ru#codes=${CODES.join(',')}`);
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Результаты класса');
    await context.setOffline(false);
  });

  it('is a screen of the game, reached from the title, that keeps its codes while the player looks elsewhere', async () => {
    browser = await launch();
    const { page, errors } = browser;
    await page.goto(`${baseUrl}?audio=muted`);
    await page.getByRole('button', { name: 'Class results' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Class results');
    await paste(page, CODES.join('\n'));
    await expect.poll(() => page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    expect(await shownRows(page)).toEqual(expectedRows(EXPECTED));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '← Back' }).click();
    await page.getByRole('button', { name: 'Class results' }).click();
    expect(await page.getByLabel('Result codes').inputValue()).toBe(CODES.join('\n'));
    expect(await page.locator('[data-testid=results-table] tbody tr').count()).toBe(CODES.length);
    await expectNoErrors(errors);
  });
});
