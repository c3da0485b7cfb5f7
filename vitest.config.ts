import { defineConfig } from 'vitest/config';
import { checkedLevels } from './src/cli/vite-levels.ts';

export default defineConfig({
  test: {
    // Both cores: on a two-core machine Vitest would otherwise run one file at a time.
    maxWorkers: 2,
    projects: [
      {
        // Tests read the shipped levels as the game does: checked and parsed.
        plugins: [checkedLevels()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
          // The strategy and search tests play hundreds of games: on two busy cores they need the slack.
          testTimeout: 30_000,
          setupFiles: ['test/setup-i18n.ts'],
          // First, on both cores; the browser tests then have the machine to themselves: a page
          // waits on Chromium's rendering, which other work on the cores slows more than it overlaps.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/serve.ts'],
          // Node's side of the browser tests reads the game's words too.
          setupFiles: ['test/setup-i18n.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page drawn by the processor may take a few seconds to show what a test waits for.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time: the machine has two cores and a software GPU.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
