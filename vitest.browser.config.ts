import { defineConfig } from 'vitest/config';

/**
 * Browser tests: build the app, serve it with `vite preview` on a free port (globalSetup),
 * and drive it in the system Chromium through playwright-core. One file at a time: the
 * machine has two cores and SwiftShader renders the map on the CPU.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
