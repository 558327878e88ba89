import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Store tests share one PostgreSQL database; each file uses its own schema, so files may run in parallel.
    pool: 'forks',
    reporters: ['default', './test/summaryReporter.ts'],
    // Builds dist/ once: child-process tests run the compiled code.
    globalSetup: ['test/globalSetup.ts'],
    setupFiles: ['test/setup/passwordCost.ts'],
  },
});
