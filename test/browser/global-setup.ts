/**
 * Builds the app for production (`vite build`) and serves dist/ with `vite preview` on a free local port for
 * the browser tests; the URL reaches the tests through `inject('baseUrl')`.
 */
import { preview, type PreviewServer } from 'vite';
import { buildApp } from '../../scripts/bench-browser.ts';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  // The production build users get (vitest sets NODE_ENV=test, which would bundle React's
  // development build).
  if (!process.env.BROWSER_TEST_SKIP_BUILD) await buildApp();
  server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string')
    throw new Error('vite preview did not report a port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
