import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checkedLevels } from './src/cli/vite-levels.ts';

/** The policy a careful host serves the game with: nothing inline, nothing from elsewhere; any site may frame it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "media-src 'self' blob: data:",
  "worker-src 'self' blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", 'frame-ancestors *',
].join('; ');

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
        response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        next();
      });
    },
  };
}

// The switches Phaser's own build sets: both renderers, no WebGL debugger, no Phaser sound (the game's is howler).
const PHASER_SWITCHES = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'true',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
};

export default defineConfig({
  base: './',
  // Phaser as the map uses it, built from Phaser's own modules (src/map/phaser.ts): about 150 kB gzip less than
  // the whole library, for the game page and the benchmark's bare page alike.
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/map/phaser.ts', import.meta.url)) },
      { find: /^phaser-src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) },
    ],
  },
  define: PHASER_SWITCHES,
  // The development server bundles Phaser's modules apart from the game's source: they need the same switches.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_SWITCHES } } },
  plugins: [
    checkedLevels(),
    hashedAssetsImmutable(),
    // Offline after one visit: a service worker precaches the whole build. Its list carries each file's
    // revision, so a new build replaces every file at once and a new engine never meets an old level.
    VitePWA({
      registerType: 'autoUpdate',
      // The game page registers the worker itself (src/main.ts) and links its manifest
      // (public/manifest.webmanifest): the plugin would add both to the benchmark pages too.
      injectRegister: false,
      manifest: false,
      workbox: {
        cacheId: 'paper-alliance',
        globPatterns: ['**/*.{js,css,html,json,webmanifest,png,svg,webp,ogg,mp3,m4a,webm,wav}'],
        // The benchmark pages are not the game.
        globIgnores: ['**/src/bench/**'],
        // A static build serves the same file whatever the query: `results.html?lang=ru` is results.html,
        // not a page the worker does not know (which would fall back to the game's).
        ignoreURLParametersMatching: [/./],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/src\/bench\//],
        // Phaser alone is 1.4 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first visit is already served by the worker, so it works offline from then on.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
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
      // The class results page stands alone for a teacher; the bare Phaser page is the baseline of
      // `npm run bench:browser`; the map page is the map alone.
      input: { main: 'index.html', results: 'results.html', bare: 'src/bench/bare.html', map: 'src/bench/map.html' },
      output: {
        // Few, large chunks: every extra request costs a page load more than its bytes do.
        // Phaser does not tree-shake; it and the map's Phaser scene cache apart from the game code.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser') || id.includes('src/map/phaser.ts') || id.includes('src/map/mount') || id.includes('src/map/scenes/')) return 'phaser';
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
