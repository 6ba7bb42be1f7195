/// <reference types="vitest/config" />
// Build, dev server and unit/component tests share one config so that tests load scenarios exactly as
// the app does (through the build-time scenario plugin).
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { scenariosPlugin } from './scripts/vite-plugin-scenarios';
import pkg from './package.json' with { type: 'json' };
// Delivery (#13): offline, precompressed assets and the Content-Security-Policy.
import { parseLrsOrigins } from './scripts/delivery/csp';
import { deliveryPlugin } from './scripts/vite-plugin-delivery';
import { offlinePlugin } from './scripts/vite-plugin-offline';

// Every session log names the release that wrote it.
process.env.VITE_APP_VERSION ??= pkg.version;

export default defineConfig(({ command, mode }) => {
  // The LRS origins this deployment allows the app to reach (README: "Content-Security-Policy").
  const lrsOrigins = parseLrsOrigins(loadEnv(mode, process.cwd(), 'VITE_').VITE_LRS_ORIGINS);
  return {
    plugins: [scenariosPlugin(), react(), offlinePlugin(), deliveryPlugin({ lrsOrigins })],
    // The assessor workspace verifies logs in a module worker that loads scenario versions on demand:
    // ES output keeps those chunks split, and the worker bundle needs the scenario plugin too.
    worker: { format: 'es', plugins: () => [scenariosPlugin()] },
    define: {
      // The settings dialog says when an endpoint is outside the built policy (none in dev or tests).
      __LRS_ORIGINS__: JSON.stringify(command === 'build' ? lrsOrigins : null),
    },
    test: {
      include: [
        'src/**/*.test.{ts,tsx}',
        'tests/unit/**/*.test.{ts,tsx}',
        'tests/model/**/*.test.ts',
      ],
      environment: 'node',
      // Component tests opt into a DOM with a `// @vitest-environment jsdom` first line.
      setupFiles: ['src/test-util/setup-tests.ts'],
      pool: 'threads',
      // Waits inside a test last up to several seconds (findBy/waitFor 5 s, a revision after a pause),
      // so the test itself must be allowed longer: on a busy machine it is slower, not wrong.
      testTimeout: 20_000,
    },
  };
});
