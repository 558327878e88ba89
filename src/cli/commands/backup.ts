import { existsSync } from 'node:fs';
import path from 'node:path';
import { STORE_HELP, STORE_OPTIONS, UsageError, openRuntime, type Command } from '../command.js';

export const backup: Command = {
  path: ['backup'],
  summary: 'Copy the SQLite store to FILE while Plenum keeps running (online backup)',
  usage: 'FILE [--data DIR]',
  help: STORE_HELP,
  options: STORE_OPTIONS,
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const target = path.resolve(positionals[0]!);
    if (existsSync(target)) throw new UsageError(`${target} already exists; choose a new file name`);
    if (!existsSync(path.dirname(target))) throw new UsageError(`Folder ${path.dirname(target)} does not exist`);
    const runtime = await openRuntime(values);
    try {
      if (!runtime.store.sqlite) {
        console.error('backup copies the embedded SQLite store; for PostgreSQL use pg_dump or the server\'s own backups.');
        return 1;
      }
      let lastShown = -1;
      await runtime.store.sqlite.backup(target, {
        progress: ({ totalPages, remainingPages }) => {
          const pct = totalPages ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
          if (pct !== lastShown && process.stderr.isTTY) process.stderr.write(`\rbackup ${pct}%`);
          lastShown = pct;
          return 200;
        },
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      console.log(`Backed up ${runtime.store.file} to ${target}.`);
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};
