// The engine gives the same state in Chromium as in Node for the same level, seed and actions.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newGame, playOut, POLICY, policyRng } from '../../src/engine';
import { MAY_2022 } from '../engine/play';
import { launch, type Browser } from './chromium';

let browser: Browser;
let engineScript: string;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'paper-alliance-engine-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(__dirname, '../../src/engine/index.ts'), name: 'PaperAllianceEngine', formats: ['iife'], fileName: () => 'engine.js' } },
  });
  engineScript = readFileSync(join(outDir, 'engine.js'), 'utf8');
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('engine in the browser', () => {
  it('plays the same games as Node, state for state', async () => {
    await browser.page.setContent('<!doctype html><title>engine</title>');
    await browser.page.addScriptTag({ content: engineScript });
    const seeds = [1, 7, 42, 2024];
    for (const policy of ['random', 'greedy'] as const) {
      const inBrowser = await browser.page.evaluate(
        ({ level, seeds, policy }) => {
          const E = (window as unknown as { PaperAllianceEngine: typeof import('../../src/engine') }).PaperAllianceEngine;
          return seeds.map((seed) => JSON.stringify(E.playOut(level, E.newGame(level, { seed }), E.POLICY[policy], E.policyRng(seed))));
        },
        { level: MAY_2022, seeds, policy },
      );
      const inNode = seeds.map((seed) => JSON.stringify(playOut(MAY_2022, newGame(MAY_2022, { seed }), POLICY[policy], policyRng(seed))));
      expect(inBrowser).toEqual(inNode);
    }
    expect(browser.errors).toEqual([]);
  });
});
