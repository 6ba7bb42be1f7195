/**
 * Serves the production build (dist/, built by `npm run test:browser`) on a free localhost port for
 * the browser suites, and checks for Chromium once, so a missing browser fails with one clear message.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './find-chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/ is missing: run `npm run build` before the browser tests (npm run test:browser does).',
    );
  }
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
