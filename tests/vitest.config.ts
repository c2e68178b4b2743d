import { defineConfig } from 'vitest/config';

// Ceilings, not expectations: a loaded CI machine can be many times slower than a
// laptop, and a test that passes only on an idle machine says nothing about the code.
// Waits in tests are on conditions (expect.poll, playwright's waits), so a generous
// ceiling costs nothing when the code is right.
const POLL_CEILING_MS = 30_000;

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    expect: { poll: { timeout: POLL_CEILING_MS } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Writes the `.astro/` types the type-check test needs when a fresh clone has none.
          globalSetup: ['tests/support/astro-types.ts'],
          // Some unit tests run a CLI in a child process.
          testTimeout: 60_000,
        },
      },
      {
        // Build and browser tests share one set of fixture builds, made once per run.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
