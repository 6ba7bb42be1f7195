// Browser journeys: real headless Chromium (system build) driven by playwright-core against the
// production build served by vite preview. Run with `npm run test:browser`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    // Every assertion on the page waits for its condition (expect.poll, locator waits): on a busy
    // machine the app is slower, not different. Matches WAIT_MS in tests/browser/harness.ts.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
