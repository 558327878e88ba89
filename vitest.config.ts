import { statfsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test stores are SQLite files in the temp folder, synced to disk on every commit
 * (synchronous=FULL), and the suite commits tens of thousands of times. On a memory-backed
 * folder a sync costs nothing; the behaviour under test is the same (the durability tests kill
 * processes, not the machine). Used only where it has room to spare.
 */
function memoryTmpdir(): string | undefined {
  try {
    const fs = statfsSync('/dev/shm');
    return fs.bavail * fs.bsize > 2 * 1024 ** 3 ? '/dev/shm' : undefined;
  } catch {
    return undefined;
  }
}

const tmp = memoryTmpdir();
// Set before the workers start, so they and the processes they spawn inherit it.
if (tmp) process.env.TMPDIR = tmp;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // A browser page polled for what it shows shares the machine with another test file: give it
    // ten seconds, not vitest's one (a passing poll returns as soon as it matches).
    expect: { poll: { timeout: 10_000 } },
    // Every store test has a store of its own (a copy of a migrated template), so files run in
    // parallel. One worker per core, not vitest's default of one less: much of a test's time is
    // spent waiting on PostgreSQL, on child processes and on chromium, not on its own core.
    pool: 'forks',
    maxWorkers: availableParallelism(),
    reporters: ['default', './test/summaryReporter.ts'],
    // Builds dist/ once (child-process tests run the compiled code) and migrates the store templates.
    globalSetup: ['test/globalSetup.ts'],
    setupFiles: ['test/setup/passwordCost.ts'],
  },
});
