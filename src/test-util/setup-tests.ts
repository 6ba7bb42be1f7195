// Runs before every unit and component test file: DOM matchers, and a clean DOM and attempt count
// after each test.
// findBy… and waitFor wait up to 5 s (Testing Library's default is 1 s), so a machine kept busy by
// other work slows a test down instead of failing it; a passing test waits no longer than it must.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
  // Attempt numbers are kept per browser; each test plays in a fresh one.
  if (typeof localStorage !== 'undefined')
    for (const key of Object.keys(localStorage))
      if (key.startsWith('defuse:attempts:')) localStorage.removeItem(key);
});
