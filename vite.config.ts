import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in src/web and is served by the API server from dist/web in production.
// In development, `vite` serves the SPA and proxies the API and calendar feeds to the server.
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // CSP is `script-src 'self'`: never inline assets as data: URLs for scripts.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/feeds': { target: api, changeOrigin: false },
    },
  },
});
