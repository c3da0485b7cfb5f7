// The advisor's worker runs the search in a real browser worker and gives what Node gives.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newGame } from '../../src/engine';
import { advise } from '../../src/advisor/advice';
import { MAY_2022 } from '../engine/play';
import { launch, type Browser } from './chromium';

let browser: Browser;
let workerScript: string;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'paper-alliance-advisor-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: join(__dirname, '../../src/advisor/worker.ts'), formats: ['es'], fileName: () => 'advisor.js' } },
  });
  workerScript = readFileSync(join(outDir, 'advisor.js'), 'utf8');
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('advisor worker in the browser', () => {
  it('posts back the same orders as in Node, within its budget', async () => {
    await browser.page.goto(inject('baseUrl'));
    const state = newGame(MAY_2022, { seed: 21 });
    const request = { id: 9, level: MAY_2022, state, budget: 200 };
    const reply = await browser.page.evaluate(
      ({ code, request }) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { type: 'module' });
          worker.onmessage = ({ data }) => {
            worker.terminate();
            resolve(data);
          };
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage(request);
        }),
      { code: workerScript, request },
    );
    expect(reply).toEqual(advise(request));
    expect(reply).toMatchObject({ id: 9, playouts: expect.any(Number) });
    expect(browser.errors).toEqual([]);
  });
});
