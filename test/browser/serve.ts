import type {} from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { DEBUG_BUILD } from '../../src/cli/debug-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// Build the game once and serve it the way a player gets it: the production bundle.
// Each run builds into a folder of its own, so runs side by side never serve a half-written bundle.
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'paper-alliance-dist-'));
  await build({ ...DEBUG_BUILD, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', address);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
