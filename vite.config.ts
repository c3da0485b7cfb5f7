import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
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
