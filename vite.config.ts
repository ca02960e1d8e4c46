import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client is one page served by the game server from dist/. In development (`npm run dev`)
// Vite proxies the server's three surfaces to it: our REST API, boardgame.io's Lobby API and the
// socket.io game transport (websocket upgrade included).
const target = process.env.COMPUTE_RACE_SERVER ?? 'http://localhost:8000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Assets small enough to inline (the SVG icons) save a request each.
    assetsInlineLimit: 4096,
    // One chunk of ~520 kB (~160 kB gzipped), 200 kB of it react-dom; the QR encoder loads on
    // demand. Warn only if it grows past that.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': target,
      '/games': target,
      '/socket.io': { target, ws: true },
    },
  },
});
