// The game against hostile hosts and a careful one: a strict Content Security Policy, other
// windows trying to steer it, no network after the first visit, bad saves kept and listed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launch, type Browser } from './chromium';
import { expectNoErrors, state, type AppHandle } from './ui';

const baseUrl = inject('baseUrl');
const gameOrigin = new URL(baseUrl).origin;
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

/** Every Content Security Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.context().addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

async function playATurn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByTestId('start-may-2022').click();
  await page.getByTestId('tutorial').getByRole('button', { name: 'Skip the guide' }).click();
  await page.locator('button[data-member=KAZ]').click();
  await page.getByTestId('end-turn').click();
  await expect.poll(async () => (await state(page)).game.turn).toBe(2);
}

describe('under a strict Content Security Policy', () => {
  it('the game is served with the policy, looks right and plays a turn with no violation', async () => {
    browser = await launch();
    const { page, errors } = browser;
    const violations = await watchViolations(page);
    const response = await page.goto(`${baseUrl}?debug=1&audio=muted`);
    const policy = response!.headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", 'frame-ancestors *']) expect(policy).toContain(directive);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('app')!).position)).toBe('fixed');
    await playATurn(page);
    // The stance swatches keep their colour and pattern.
    const swatch = await page.locator('.stance-neutral').first().evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(swatch).toMatch(/url\(|gradient/);
    await page.waitForFunction(() => (window as unknown as AppHandle & { __paperAlliance: { map: { ready: boolean } } }).__paperAlliance.map.ready, null, { timeout: 30_000 });
    expect(await violations()).toEqual([]);
    await expectNoErrors(errors);
  });
});

describe('offline', () => {
  it('after one visit the game loads and plays a turn with no network', async () => {
    browser = await launch({ serviceWorkers: 'allow' });
    const { page, context } = browser;
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    // The service worker has precached the build and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    expect(await page.evaluate(async () => (await caches.keys()).some((k) => k.includes('paper-alliance')))).toBe(true);
    await context.setOffline(true);
    expect(await page.evaluate(() => fetch(`${location.origin}/no-such-file-${Date.now()}`).then(() => 'online', () => 'offline'))).toBe('offline');
    await page.reload();
    await playATurn(page);
    await page.waitForFunction(() => (window as unknown as { __paperAlliance: { map: { ready: boolean } } }).__paperAlliance.map.ready, null, { timeout: 30_000 });
    await context.setOffline(false);
  });
});

describe('the player\'s build', () => {
  it('hands out no store behind ?debug=1', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'paper-alliance-plain-'));
    // As `npm run build` runs: in a process of its own (vitest's NODE_ENV=test would make a development build).
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_ENV;
    execFileSync(process.execPath, [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { env, stdio: 'pipe' });
    const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir }, logLevel: 'warn' });
    try {
      browser = await launch();
      const { page } = browser;
      await page.goto(`${server.resolvedUrls!.local[0]!}?debug=1&audio=muted`);
      await page.getByRole('button', { name: 'New game' }).waitFor();
      expect(await page.evaluate(() => typeof (window as unknown as { __paperAlliance?: unknown }).__paperAlliance)).toBe('undefined');
    } finally {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('other windows cannot steer the game', () => {
  // Origins of their own; the pages are routed, not served, so Chromium must be told they may frame the loopback server.
  const LOOPBACK_FRAMES = { extraArgs: ['--disable-features=LocalNetworkAccessChecks'] };
  const school = 'http://localhost:4999';
  const elsewhere = 'http://127.0.0.2:4999';
  type Heard = { heard: { type: string; reason?: string }[] };

  /** A teaching site at `school` embedding the game, and a frame from another origin beside it. */
  async function embedded(page: Page, query: string) {
    await page.context().route(`${school}/**`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>A teaching site</title><body>
      <iframe id="game" src="${baseUrl}?debug=1&audio=muted${query}" width="1000" height="700"></iframe>
      <iframe id="sibling" src="${elsewhere}/sibling.html"></iframe>
      <script>window.heard = []; addEventListener('message', (e) => { if (e.origin === '${gameOrigin}' && e.data && e.data.source === 'paper-alliance') heard.push(e.data); });</script>` }));
    await page.context().route(`${elsewhere}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Another site</title>' }));
    await page.goto(`${school}/lesson.html`);
    const frame = (await (await page.waitForSelector('#game')).contentFrame())!;
    await frame.waitForFunction(() => 'getState' in ((window as unknown as { __paperAlliance?: object }).__paperAlliance ?? {}));
    const sibling = (await (await page.waitForSelector('#sibling')).contentFrame())!;
    const settings = () => frame.evaluate(() => (window as unknown as AppHandle).__paperAlliance.getState().settings);
    const stored = () => frame.evaluate(() => localStorage.getItem('paper-alliance:settings'));
    const heard = () => page.evaluate(() => (window as unknown as Heard).heard.map((m) => m.type));
    return { frame, sibling, settings, stored, heard };
  }

  it('a sibling frame on a third origin and a window that opened the game are not heard; the named host is', async () => {
    browser = await launch(LOOPBACK_FRAMES);
    const { page, context } = browser;
    const { frame, sibling, settings, stored, heard } = await embedded(page, `&host=${encodeURIComponent(school)}`);
    await expect.poll(heard).toEqual(['ready']);
    await sibling.evaluate(() => window.parent.frames[0]!.postMessage({ source: 'paper-alliance-host', type: 'settings', lang: 'ru', textScale: 2 }, '*'));
    // A page on another origin opens the game and posts to it.
    await page.context().route(`${elsewhere}/opener.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Opener</title>' }));
    const opener = await context.newPage();
    await opener.goto(`${elsewhere}/opener.html`);
    const [popup] = await Promise.all([context.waitForEvent('page'), opener.evaluate((url) => { (window as unknown as { game: Window | null }).game = window.open(url); }, `${baseUrl}?audio=muted`)]);
    await popup!.getByRole('button', { name: 'New game' }).waitFor();
    await opener.evaluate(() => (window as unknown as { game: Window }).game.postMessage({ source: 'paper-alliance-host', type: 'settings', lang: 'ru' }, '*'));
    await popup!.waitForTimeout(300);
    expect(await popup!.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.locator('[data-notice=bad-message]').count()).toBe(0);
    expect((await settings()).lang).toBe('en');
    expect(await stored()).toBeNull();
    // The host itself is heard, and a bad message from it is answered.
    await page.evaluate(() => (document.getElementById('game') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'paper-alliance-host', type: 'settings', lang: 'fr' }, '*'));
    await expect.poll(heard).toEqual(['ready', 'error']);
    expect(await frame.locator('[data-notice=bad-message]').textContent()).toMatch(/“lang” has a value the game cannot take/);
    await page.evaluate(() => (document.getElementById('game') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'paper-alliance-host', type: 'settings', lang: 'ru' }, '*'));
    await expect.poll(async () => (await settings()).lang).toBe('ru');
  });

  it('with ?host= naming another origin, even the parent is not heard, and nothing is posted to it', async () => {
    browser = await launch(LOOPBACK_FRAMES);
    const { page } = browser;
    const { settings, heard } = await embedded(page, `&host=${encodeURIComponent(elsewhere)}`);
    await page.evaluate(() => (document.getElementById('game') as HTMLIFrameElement).contentWindow!.postMessage({ source: 'paper-alliance-host', type: 'settings', lang: 'ru' }, '*'));
    await page.waitForTimeout(300);
    expect((await settings()).lang).toBe('en');
    expect(await heard()).toEqual([]);
  });
});

describe('bad saves in settings', () => {
  it('lists the copies set aside, newest first, to download or delete', async () => {
    browser = await launch();
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    await page.evaluate(() => {
      localStorage.setItem('paper-alliance:save:rejected:2026-11-30T09:15:00.000Z', '{"format":1,"level":"constructor"}');
      localStorage.setItem('paper-alliance:save:rejected:2026-12-01T18:40:00.000Z', '{"format":99}');
      localStorage.setItem('paper-alliance:save:rejected:2026-12-01T20:05:00.000Z', '{"format":1,"level":"may-2022","difficulty":"toString","seed":1,"actions":[]}');
      localStorage.setItem('paper-alliance:save', '{"format":1,"level":"toString","seed":1,"difficulty":"standard","actions":[]}');
    });
    await page.reload();
    await expect.poll(() => page.locator('[data-notice=save-rejected]').count()).toBe(1);
    await page.getByRole('button', { name: 'Settings' }).click();
    const rows = page.locator('.kept-save');
    // Three kept: the new copy pushed out the oldest.
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':rejected:')).length)).toBe(3);
    expect(await page.evaluate(() => localStorage.getItem('paper-alliance:save:rejected:2026-11-30T09:15:00.000Z'))).toBeNull();
    await page.locator('#kept-saves-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(tmpdir(), 'paper-alliance-kept-saves.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), rows.nth(1).getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('paper-alliance-save-2026-12-01T20-05-00-000Z.json');
    await rows.nth(2).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.evaluate(() => localStorage.getItem('paper-alliance:save:rejected:2026-12-01T18:40:00.000Z'))).toBeNull();
  });
});
