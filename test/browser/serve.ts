import type {} from 'vitest';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// Build the game once and serve it the way a player gets it: the production bundle.
export default async function setup(project: TestProject) {
  await build({ logLevel: 'warn', build: { outDir: 'dist' } });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report an address');
  project.provide('baseUrl', address);
  return async () => {
    await server.close();
  };
}
