/**
 * Builds `dist/` once before the suite: tests that run Plenum in a child process (the write
 * queue's durability under SIGKILL) start the compiled code, since Node 20 cannot run
 * TypeScript itself. Incremental, so a build with nothing changed takes a few seconds.
 *
 * The web app (`dist/web`, by Vite) is built too when the browser tests can run (a chromium is
 * installed) and the build is missing or older than a file under `web/`: a couple of seconds.
 *
 * Then it migrates the store templates that `describeStores` copies for each test (SQLite, and
 * PostgreSQL when `PLENUM_TEST_DATABASE_URL` is set), and removes them after the run.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './fixtures/browser.js';
import { makeStoreTemplates } from '../src/store/testTemplates.js';

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? newest(p) : statSync(p).mtimeMs;
    }),
  );
}

function run(root: string, script: string, args: string[], what: string): void {
  const build = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`The build before the tests failed (${what}):\n${build.stdout}${build.stderr}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(import.meta.url);
  run(root, require.resolve('typescript/bin/tsc'), ['-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'], 'tsc -p tsconfig.build.json');
  const index = path.join(root, 'dist/web/index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < Math.max(newest(path.join(root, 'web')), newest(path.join(root, 'src')));
  if (existsSync(CHROMIUM) && stale) run(root, path.join(root, 'node_modules/vite/bin/vite.js'), ['build', '--logLevel', 'warn'], 'vite build');

  const { templates, remove } = await makeStoreTemplates(process.env.PLENUM_TEST_DATABASE_URL);
  project.provide('storeTemplates', templates);
  return remove;
}
