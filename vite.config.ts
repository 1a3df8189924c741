import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is fully offline: data files are served from public/data (built by scripts/build-data.ts).
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
});
