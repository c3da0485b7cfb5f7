// The built game served on loopback and a fresh headless Chromium, for the browser benchmarks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { DEBUG_BUILD } from './debug-build';

// JS_FLAGS passes flags to V8, e.g. to see what the heap does with its optimising compilers off.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])];

/**
 * Counts the frames the page shows, by requestAnimationFrame, in `window.__pageFrames`: what a player
 * sees, whoever draws it. A string, so that the runner's helpers for named functions do not follow it
 * into the page.
 */
export const COUNT_PAGE_FRAMES = `(() => {
  window.__pageFrames = 0;
  const tick = () => { window.__pageFrames += 1; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

export interface BenchPage {
  base: string;
  context: BrowserContext;
  page: Page;
}

/** Build the game with the debug handle, serve it, open a page, run `measure`, and tidy up whatever happens. */
export async function withBuiltGame<T>(measure: (bench: BenchPage) => Promise<T>): Promise<T> {
  const outDir = mkdtempSync(join(tmpdir(), 'paper-alliance-bench-'));
  const profile = mkdtempSync(join(tmpdir(), 'paper-alliance-chromium-'));
  await build({ ...DEBUG_BUILD, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, build: { outDir }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report an address');
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await measure({ base, context, page });
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}
