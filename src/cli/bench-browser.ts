// Browser benchmark: the map page against a bare Phaser 4 page, in one headless
// Chromium run, in WebGL and in Canvas. Measures time from navigation to the map
// drawn and interactive (bare page: to its first frame), and frame rates idle and
// while the pointer moves over the map.
// Run: npm run bench:browser [-- --json] [--runs N] [--check]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];
const VIEWPORT = { width: 1280, height: 800 };
const FPS_WINDOW_MS = 3000;
const LIMITS = { readyRatio: 1.3, fpsRatio: 0.95 };

type Renderer = 'webgl' | 'canvas';
type Kind = 'map' | 'bare';

interface Sample {
  ready: number;
  idleFps: number;
  hoverFps: number;
}

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const check = args.includes('--check');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 5) : 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function urlFor(base: string, kind: Kind, renderer: Renderer): string {
  const query = renderer === 'canvas' ? '&renderer=canvas' : '';
  return kind === 'map' ? `${base}?debug=1${query}` : `${base}src/bench/bare.html?x=1${query}`;
}

async function frames(page: Page, kind: Kind): Promise<number> {
  return page.evaluate((k) => {
    const w = window as unknown as { __paperAlliance?: { map: { frames(): number } }; __bare?: { frames(): number } };
    return k === 'map' ? (w.__paperAlliance?.map.frames() ?? 0) : (w.__bare?.frames() ?? 0);
  }, kind);
}

async function measureFps(page: Page, kind: Kind, during?: (until: number) => Promise<void>): Promise<number> {
  const start = await frames(page, kind);
  const t0 = Date.now();
  if (during) await during(t0 + FPS_WINDOW_MS);
  const left = FPS_WINDOW_MS - (Date.now() - t0);
  if (left > 0) await page.waitForTimeout(left);
  const end = await frames(page, kind);
  return ((end - start) * 1000) / (Date.now() - t0);
}

/** Sweeps the pointer over the alliance's part of the map, crossing many borders. */
async function hover(page: Page, until: number): Promise<void> {
  let step = 0;
  while (Date.now() < until) {
    const s = (step % 120) / 120;
    const x = VIEWPORT.width * (0.3 + 0.45 * s);
    const y = VIEWPORT.height * (0.35 + 0.4 * Math.abs(Math.sin(s * Math.PI * 3)));
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
  const mark = kind === 'map' ? 'paper-alliance:map-ready' : 'paper-alliance:bare-first-frame';
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  const ready = await page.evaluate((name) => (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime, mark);
  const actual = await page.evaluate((k) => {
    const w = window as unknown as { __paperAlliance?: { map: { renderer: string } }; __bare?: { renderer(): string } };
    return k === 'map' ? w.__paperAlliance?.map.renderer : w.__bare?.renderer();
  }, kind);
  if (actual !== renderer) throw new Error(`${kind} page ran ${actual}, expected ${renderer}`);
  await page.waitForTimeout(500);
  const idleFps = await measureFps(page, kind);
  const hoverFps = await measureFps(page, kind, (until) => hover(page, until));
  await page.close();
  if (errors.length > 0) throw new Error(`${kind} page errors: ${errors.join('; ')}`);
  return { ready, idleFps, hoverFps };
}

async function main(): Promise<void> {
  await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report an address');
  const profile = mkdtempSync(join(tmpdir(), 'paper-alliance-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS, viewport: VIEWPORT });
  const results: Record<Renderer, Record<Kind, Sample> & { ratios: { ready: number; idleFps: number; hoverFps: number } }> = {} as never;
  try {
    for (const renderer of ['webgl', 'canvas'] as const) {
      // Warm the HTTP cache so both pages load Phaser the same way.
      await sample(context, base, 'bare', renderer);
      await sample(context, base, 'map', renderer);
      const runs: Record<Kind, Sample[]> = { map: [], bare: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const kind of (i % 2 === 0 ? ['bare', 'map'] : ['map', 'bare']) as Kind[]) runs[kind].push(await sample(context, base, kind, renderer));
      }
      const summary = (list: Sample[]): Sample => ({ ready: median(list.map((s) => s.ready)), idleFps: median(list.map((s) => s.idleFps)), hoverFps: median(list.map((s) => s.hoverFps)) });
      const map = summary(runs.map), bare = summary(runs.bare);
      results[renderer] = { map, bare, ratios: { ready: map.ready / bare.ready, idleFps: map.idleFps / bare.idleFps, hoverFps: map.hoverFps / bare.hoverFps } };
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }

  const pass = (['webgl', 'canvas'] as const).every((r) => {
    const q = results[r].ratios;
    return q.ready <= LIMITS.readyRatio && q.idleFps >= LIMITS.fpsRatio && q.hoverFps >= LIMITS.fpsRatio;
  });
  if (asJson) {
    console.log(JSON.stringify({ viewport: VIEWPORT, runs: RUNS, limits: LIMITS, results, pass }, null, 2));
  } else {
    console.log(`Paper Alliance map vs bare Phaser 4 page — ${VIEWPORT.width}×${VIEWPORT.height}, median of ${RUNS} runs each\n`);
    const f = (n: number, d = 1) => n.toFixed(d).padStart(8);
    for (const renderer of ['webgl', 'canvas'] as const) {
      const { map, bare, ratios } = results[renderer];
      console.log(`${renderer.toUpperCase()}`);
      console.log(`                         map      bare     ratio   limit`);
      console.log(`  ready (ms)        ${f(map.ready, 0)}  ${f(bare.ready, 0)}  ${f(ratios.ready, 2)}   ≤ ${LIMITS.readyRatio}`);
      console.log(`  idle fps          ${f(map.idleFps)}  ${f(bare.idleFps)}  ${f(ratios.idleFps, 2)}   ≥ ${LIMITS.fpsRatio}`);
      console.log(`  hover fps         ${f(map.hoverFps)}  ${f(bare.hoverFps)}  ${f(ratios.hoverFps, 2)}   ≥ ${LIMITS.fpsRatio}\n`);
    }
    console.log(pass ? 'All within limits.' : 'OUTSIDE LIMITS.');
  }
  if (check && !pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
