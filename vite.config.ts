import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The web app lives in src/web and builds to <repo>/dist/web, which the Fastify server serves.
// Everything is bundled: no CDN, no web fonts, no inline scripts (CSP `default-src 'self'`).
const API_TARGET = 'http://127.0.0.1:3000';

// `/api` goes to the server, except the web app's own modules under src/web/api/ (client.ts, site.ts),
// which the dev server must serve itself.
const apiProxy: Record<string, ProxyOptions> = {
  '/api': {
    target: API_TARGET,
    bypass: (req) => (/^\/api\/[^?]*\.tsx?(\?|$)/.test(req.url ?? '') ? req.url : undefined),
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Keep tiny assets as files too: `data:` is allowed for images but fonts and scripts must be 'self'.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    proxy: apiProxy,
  },
  preview: {
    host: '127.0.0.1',
    proxy: apiProxy,
  },
});
