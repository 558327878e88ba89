import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../config.js';
import { SQLITE_FILE } from '../../store/store.js';
import { STORE_HELP, STORE_OPTIONS, UsageError, openRuntime, type Command } from '../command.js';

export const backup: Command = {
  path: ['backup'],
  summary: 'Copy the SQLite store to FILE while Plenum keeps running (online backup)',
  usage: 'FILE [--data DIR]',
  help: STORE_HELP,
  options: STORE_OPTIONS,
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    // Decided before opening anything: opening a store creates and migrates it, which a backup must not do.
    const config = readConfig();
    if ((values['database-url'] as string | undefined) ?? config.databaseUrl) {
      console.error('backup copies the embedded SQLite store; for PostgreSQL use pg_dump or the server\'s own backups.');
      return 1;
    }
    const source = path.resolve((values.data as string | undefined) ?? config.dataDir, SQLITE_FILE);
    if (!existsSync(source)) throw new UsageError(`No Plenum store at ${source}; name its folder with --data`);
    const target = path.resolve(positionals[0]!);
    if (existsSync(target)) throw new UsageError(`${target} already exists; choose a new file name`);
    if (!existsSync(path.dirname(target))) throw new UsageError(`Folder ${path.dirname(target)} does not exist`);
    const runtime = await openRuntime(values);
    try {
      if (!runtime.store.sqlite) throw new Error('The store opened is not SQLite');
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
