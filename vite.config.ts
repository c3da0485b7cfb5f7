import { defineConfig, type Plugin } from 'vite';
import { checkedLevels } from './src/cli/vite-levels';

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
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Every browser the game supports loads module preloads natively.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The bare Phaser page is the baseline of `npm run bench:browser`; the map page is the map alone.
      input: { main: 'index.html', bare: 'src/bench/bare.html', map: 'src/bench/map.html' },
      output: {
        // Phaser does not tree-shake; keep it in a chunk of its own so the game code caches apart.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          // The map asset too: it caches apart from the code and loads beside Phaser.
          if (id.includes('assets/map/')) return 'map-data';
          return undefined;
        },
      },
    },
  },
});
