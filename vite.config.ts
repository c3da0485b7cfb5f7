import { defineConfig, type Plugin } from 'vite';
import { checkedLevels } from './src/cli/vite-levels.ts';

/**
 * Serves the build the way a production host should: files under assets/ carry a content
 * hash in their names, so they never change and need no revalidation; pages are always checked.
 */
function hashedAssetsImmutable(): Plugin {
  return {
    name: 'paper-alliance:immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (/\/assets\/[^/]+-[\w-]{8}\.\w+(\?|$)/.test(request.url ?? '')) {
          response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        }
        next();
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [checkedLevels(), hashedAssetsImmutable()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  // The painting worker is a module, like the page's scripts.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Every browser the game supports loads module preloads natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The bare Phaser page is the baseline of `npm run bench:browser`; the map page is the map alone.
      input: { main: 'index.html', bare: 'src/bench/bare.html', map: 'src/bench/map.html' },
      output: {
        // Few, large chunks: every extra request costs a page load more than its bytes do.
        // Phaser does not tree-shake; it and the map's Phaser scene cache apart from the game code.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser') || id.includes('src/map/mount') || id.includes('src/map/scenes/')) return 'phaser';
          // The few map modules the game page's menus use go with the game code.
          if (/src\/map\/(model|i18n-link|style)\.ts$/.test(id)) return 'game';
          // The map without Phaser, with its data.
          if (id.includes('src/map/') || id.includes('assets/map/') || id.includes('node_modules/d3-')) return 'map';
          // The engine and the store: shared by the game page and the map alone.
          if (id.includes('src/engine/') || id.includes('src/state/') || id.includes('levels/') || id.includes('node_modules/zustand') || id.includes('node_modules/immer')) return 'game';
          return undefined;
        },
      },
    },
  },
});
