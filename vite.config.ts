import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * index.html carries a strict Content-Security-Policy. The dev server needs two exceptions
 * that the built app does not: React Fast Refresh's inline preamble script and the HMR
 * websocket. This adds them while serving only; `vite build` keeps the policy as written.
 */
function devCsp(): Plugin {
  return {
    name: 'claim-map:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

// The app is fully offline: data files are served from public/data (built by scripts/build-data.ts).
export default defineConfig({
  plugins: [react(), devCsp()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
});
