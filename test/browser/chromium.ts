import { afterAll } from 'vitest';
import { chromium, type Browser as Chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen since launch. */
  errors: string[];
  close(): Promise<void>;
}

// One Chromium per set of flags for a whole test file, each test in a fresh context of its own:
// a context has its own storage, cache and service workers, as a new profile does, and costs a
// fraction of starting the browser.
const running = new Map<string, Promise<Chromium>>();

function chromiumWith(extraArgs: readonly string[]): Promise<Chromium> {
  const key = extraArgs.join(' ');
  let browser = running.get(key);
  if (!browser) {
    browser = chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...FLAGS, ...extraArgs] });
    running.set(key, browser);
  }
  return browser;
}

afterAll(async () => {
  const all = [...running.values()];
  running.clear();
  await Promise.all(all.map(async (browser) => (await browser).close()));
});

/** A fresh headless Debian Chromium context, with nothing kept from other tests; collects console and page errors.
 *  The game's service worker is blocked unless `serviceWorkers: 'allow'`: what it serves from its cache no route sees.
 *  The page is asked for reduced motion unless `reducedMotion: 'no-preference'`: the map's effects, up to five
 *  seconds after every End turn, are drawn on the processor here and slowed the tests that do not look at them
 *  (the map's own tests, and those of motion, see them). */
export async function launch(options: { width?: number; height?: number; extraArgs?: string[]; deviceScaleFactor?: number; serviceWorkers?: 'allow' | 'block'; reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Browser> {
  const browser = await chromiumWith(options.extraArgs ?? []);
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    serviceWorkers: options.serviceWorkers ?? 'block',
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    context,
    page,
    errors,
    close: () => context.close(),
  };
}
