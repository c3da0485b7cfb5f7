// Browser benchmark: the map against a bare Phaser 4 page, in one headless Chromium
// run, in WebGL and in Canvas. Measures time from navigation to the map drawn and
// interactive (bare page: to its first frame), and frame rates at rest and while the
// pointer moves over the map. Two map pages: the map alone (src/bench/map.html) and
// the game page (index.html: its title screen first, then the map, measured on its game
// screen with the panels around it). Each load is a fresh tab on a warm HTTP cache.
// Limits: the map, and the game page's title screen, within 1.3× the bare page's first
// frame; while the pointer moves, the page's frame rate at least 0.95× the bare page's;
// at rest Phaser draws at most 1 frame a second on the map (its loop sleeps until
// something changes, where the bare page draws every frame). The game page's map, which loads
// behind the title screen, is reported beside them. It also counts what the game page
// fetched before its map was ready, each file at its gzip -9 size (the preview server
// does not compress, a real host would): at most 450 kB.
// Run: npm run bench:browser [-- --json] [--runs N] [--check]
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { COUNT_PAGE_FRAMES } from './bench-page';
import { DEBUG_BUILD } from './debug-build';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];
const VIEWPORT = { width: 1280, height: 800 };
const FPS_WINDOW_MS = 3000;
const LIMITS = { readyRatio: 1.3, fpsRatio: 0.95, restFps: 1, loadKb: 450 };

type Renderer = 'webgl' | 'canvas';
type Kind = 'map' | 'app' | 'bare';
const KINDS: readonly Kind[] = ['bare', 'map', 'app'];

interface Sample {
  ready: number;
  /** Game page only: when the title screen was built, listening and painted. */
  title: number;
  idleFps: number;
  hoverFps: number;
  /** Game page only: the addresses it fetched (itself included) before its map was ready. */
  fetched: string[];
}

interface Fetched {
  file: string;
  /** gzip -9 bytes. */
  gzip: number;
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const check = args.includes('--check');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 5) : 5;

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function urlFor(base: string, kind: Kind, renderer: Renderer): string {
  const query = renderer === 'canvas' ? '&renderer=canvas' : '';
  if (kind === 'app') return `${base}?debug=1${query}`;
  return `${base}src/bench/${kind === 'map' ? 'map' : 'bare'}.html?x=1${query}`;
}

async function frames(page: Page, kind: Kind): Promise<number> {
  return page.evaluate((k) => {
    const w = window as unknown as { __paperAlliance?: { map: { frames(): number } }; __bare?: { frames(): number } };
    return k === 'bare' ? (w.__bare?.frames() ?? 0) : (w.__paperAlliance?.map.frames() ?? 0);
  }, kind);
}

const pageFrames = (page: Page) => page.evaluate(() => (window as unknown as { __pageFrames: number }).__pageFrames);

async function measureFps(page: Page, count: () => Promise<number>, during?: (until: number) => Promise<void>): Promise<number> {
  const start = await count();
  const t0 = Date.now();
  if (during) await during(t0 + FPS_WINDOW_MS);
  const left = FPS_WINDOW_MS - (Date.now() - t0);
  if (left > 0) await page.waitForTimeout(left);
  const end = await count();
  return ((end - start) * 1000) / (Date.now() - t0);
}

type Box = { x: number; y: number; width: number; height: number };

/** Sweeps the pointer over the alliance's part of the map, crossing many borders. */
async function hover(page: Page, box: Box, until: number): Promise<void> {
  let step = 0;
  while (Date.now() < until) {
    const s = (step % 120) / 120;
    const x = box.x + box.width * (0.3 + 0.45 * s);
    const y = box.y + box.height * (0.35 + 0.4 * Math.abs(Math.sin(s * Math.PI * 3)));
    await page.mouse.move(x, y);
    await page.waitForTimeout(8);
    step += 1;
  }
}

async function sample(context: BrowserContext, base: string, kind: Kind, renderer: Renderer): Promise<Sample> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(urlFor(base, kind, renderer));
  const mark = kind === 'bare' ? 'paper-alliance:bare-first-frame' : 'paper-alliance:map-ready';
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  const ready = await page.evaluate((name) => (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime, mark);
  const title = kind === 'app' ? await page.evaluate(() => (performance.getEntriesByName('paper-alliance:title-usable')[0] as PerformanceEntry).startTime) : NaN;
  // A request started before the map was ready competed with it, whenever it ended.
  const fetched = kind === 'app'
    ? await page.evaluate((at) => [location.href, ...performance.getEntriesByType('resource').filter((e) => e.startTime < at).map((e) => e.name)], ready)
    : [];
  const actual = await page.evaluate((k) => {
    const w = window as unknown as { __paperAlliance?: { map: { renderer: string } }; __bare?: { renderer(): string } };
    return k === 'bare' ? w.__bare?.renderer() : w.__paperAlliance?.map.renderer;
  }, kind);
  if (actual !== renderer) throw new Error(`${kind} page ran ${actual}, expected ${renderer}`);
  if (kind === 'app') await page.evaluate(() => (window as unknown as { __paperAlliance: { getState(): { show(screen: string): void } } }).__paperAlliance.getState().show('game'));
  await page.waitForTimeout(500);
  const box: Box = kind === 'app'
    ? await page.evaluate(() => {
      const r = (document.querySelector('.pa-map') as HTMLElement).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    })
    : { x: 0, y: 0, ...VIEWPORT };
  // At rest, the frames Phaser draws; while hovering, the frames the page shows: hover outlines are drawn on
  // their own canvas, so the map's loop may sleep through a sweep, and a slow hover shows as fewer page frames.
  const idleFps = await measureFps(page, () => frames(page, kind));
  await page.evaluate(COUNT_PAGE_FRAMES);
  const hoverFps = await measureFps(page, () => pageFrames(page), (until) => hover(page, box, until));
  await page.close();
  if (errors.length > 0) throw new Error(`${kind} page errors: ${errors.join('; ')}`);
  return { ready, title, idleFps, hoverFps, fetched };
}

/** Each address's file in the build, at its gzip -9 size, largest first; addresses outside the build (data:, blob:) are left out. */
function weigh(addresses: readonly string[], base: string, outDir: string, sizes: Map<string, number>): Fetched[] {
  const root = new URL(base).pathname;
  const files = new Set<string>();
  for (const address of addresses) {
    const url = new URL(address);
    if (url.origin !== new URL(base).origin || !url.pathname.startsWith(root)) continue;
    const path = decodeURIComponent(url.pathname.slice(root.length)) || 'index.html';
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    if (existsSync(file) && statSync(file).isFile()) files.add(file);
  }
  return [...files]
    .map((file) => {
      let gzip = sizes.get(file);
      if (gzip === undefined) sizes.set(file, (gzip = gzipSync(readFileSync(file), { level: 9 }).length));
      return { file: relative(outDir, file), gzip };
    })
    .sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
}

const total = (files: readonly Fetched[]) => files.reduce((sum, f) => sum + f.gzip, 0);

async function main(): Promise<void> {
  // A build of its own, so a test run rebuilding dist/ cannot disturb the measurement.
  const outDir = mkdtempSync(join(tmpdir(), 'paper-alliance-bench-dist-'));
  await build({ ...DEBUG_BUILD, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report an address');
  const profile = mkdtempSync(join(tmpdir(), 'paper-alliance-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS, viewport: VIEWPORT });
  type Summary = Omit<Sample, 'fetched'> & { /** The fastest and slowest ready of the runs: how noisy the machine was. */ readyRange: [number, number] };
  type Row = Summary & { ratios: { ready: number; title: number; idleFps: number; hoverFps: number } };
  const results = {} as Record<Renderer, Record<Kind, Row>>;
  // The game page's heaviest load before its map was ready, over every measured run.
  const loads = {} as Record<Renderer, { bytes: number; fewest: number; files: Fetched[] }>;
  const sizes = new Map<string, number>();
  try {
    for (const renderer of ['webgl', 'canvas'] as const) {
      // Warm the HTTP cache so every page loads Phaser the same way.
      for (const kind of KINDS) await sample(context, base, kind, renderer);
      const runs: Record<Kind, Sample[]> = { map: [], app: [], bare: [] };
      for (let i = 0; i < RUNS; i++) {
        const order = KINDS.map((_, k) => KINDS[(i + k) % KINDS.length] as Kind);
        for (const kind of order) runs[kind].push(await sample(context, base, kind, renderer));
      }
      const weighed = runs.app.map((s) => weigh(s.fetched, base, outDir, sizes));
      const heaviest = weighed.reduce((a, b) => (total(b) > total(a) ? b : a));
      loads[renderer] = { bytes: total(heaviest), fewest: Math.min(...weighed.map(total)), files: heaviest };
      const summary = (list: Sample[]): Summary => ({ readyRange: [Math.min(...list.map((s) => s.ready)), Math.max(...list.map((s) => s.ready))], ready: median(list.map((s) => s.ready)), title: median(list.map((s) => s.title)), idleFps: median(list.map((s) => s.idleFps)), hoverFps: median(list.map((s) => s.hoverFps)) });
      const bare = summary(runs.bare);
      const row = (s: Summary): Row => ({ ...s, ratios: { ready: s.ready / bare.ready, title: s.title / bare.ready, idleFps: s.idleFps / bare.idleFps, hoverFps: s.hoverFps / bare.hoverFps } });
      results[renderer] = { bare: row(bare), map: row(summary(runs.map)), app: row(summary(runs.app)) };
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }

  const smooth = (row: Row) => row.idleFps <= LIMITS.restFps && row.ratios.hoverFps >= LIMITS.fpsRatio;
  const pass = (['webgl', 'canvas'] as const).every((r) => {
    const { map, app } = results[r];
    return map.ratios.ready <= LIMITS.readyRatio && app.ratios.title <= LIMITS.readyRatio && smooth(map) && smooth(app) && loads[r].bytes <= LIMITS.loadKb * 1000;
  });
  if (asJson) {
    console.log(JSON.stringify({ viewport: VIEWPORT, runs: RUNS, limits: LIMITS, results, loads, pass }, null, 2));
  } else {
    console.log(`Paper Alliance map vs bare Phaser 4 page — ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} runs each`);
    console.log('map: the map alone (src/bench/map.html); game: the game page (index.html): its title screen, then its map behind it');
    console.log('ready: navigation to the map drawn and interactive (bare: to its first frame); title: to the title screen built, listening and painted\n');
    const f = (n: number, d = 1) => n.toFixed(d).padStart(7);
    for (const renderer of ['webgl', 'canvas'] as const) {
      const { map, app, bare } = results[renderer];
      console.log(renderer === 'webgl' ? 'WebGL' : 'Canvas');
      console.log('                   bare      map    ratio     game    ratio   limit');
      console.log(`  ready (ms)    ${f(bare.ready, 0)}  ${f(map.ready, 0)}  ${f(map.ratios.ready, 2)}  ${f(app.ready, 0)}  ${f(app.ratios.ready, 2)}   ≤ ${LIMITS.readyRatio} (map alone)`);
      const spread = (r: Row) => `${r.readyRange[0].toFixed(0)}–${r.readyRange[1].toFixed(0)}`.padStart(9);
      console.log(`  ready range ${spread(bare)}${spread(map)}         ${spread(app)}`);
      console.log(`  title (ms)                          ${f(app.title, 0)}  ${f(app.ratios.title, 2)}   ≤ ${LIMITS.readyRatio}`);
      console.log(`  rest fps      ${f(bare.idleFps)}  ${f(map.idleFps)}           ${f(app.idleFps)}            ≤ ${LIMITS.restFps} (map and game)`);
      console.log(`  hover fps     ${f(bare.hoverFps)}  ${f(map.hoverFps)}  ${f(map.ratios.hoverFps, 2)}  ${f(app.hoverFps)}  ${f(app.ratios.hoverFps, 2)}   ≥ ${LIMITS.fpsRatio}`);
      const load = loads[renderer];
      const range = load.fewest === load.bytes ? '' : ` (fewest in a run: ${kb(load.fewest)} kB)`;
      console.log(`  game page fetched before its map was ready: ${kb(load.bytes)} kB gzip in ${load.files.length} files${range}   ≤ ${LIMITS.loadKb} kB\n`);
    }
    const heaviest = (['webgl', 'canvas'] as const).map((r) => loads[r]).reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log('Fetched before the map was ready (gzip -9, the heaviest run):');
    for (const { file, gzip } of heaviest.files) console.log(`  ${kb(gzip).padStart(7)} kB  ${file}`);
    console.log(`  ${kb(heaviest.bytes).padStart(7)} kB  in all\n`);
    console.log(pass ? 'All within limits.' : 'OUTSIDE LIMITS.');
  }
  if (check && !pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
