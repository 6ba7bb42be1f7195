/**
 * The production build served on loopback for the benchmarks, exactly as `npm run preview` serves it
 * (precompressed assets, the CSP header), and Chromium launched with this machine's flags.
 */
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { findChromium } from '../../tests/browser/find-chromium';
import { CHROMIUM_FLAGS } from '../../tests/browser/harness-flags';

export interface Served {
  base: string;
  close(): Promise<void>;
}

export async function serveBuild(): Promise<Served> {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
    configLoader: 'runner',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  return { base: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_FLAGS, ...extraFlags],
    headless: true,
  });
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}
