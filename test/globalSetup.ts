/**
 * Builds `dist/` once before the suite: tests that run Plenum in a child process (the write
 * queue's durability under SIGKILL) start the compiled code, since Node 20 cannot run
 * TypeScript itself. Incremental, so a build with nothing changed takes a few seconds.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const build = spawnSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) {
    throw new Error(`The build before the tests failed (tsc -p tsconfig.build.json):\n${build.stdout}${build.stderr}`);
  }
}
