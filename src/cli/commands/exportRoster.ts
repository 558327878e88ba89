import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORE_HELP, STORE_OPTIONS, UsageError, openRuntime, type Command } from '../command.js';
import { exportRoster } from '../../modules/registry/roster/exportRoster.js';
import { termOption } from './rosterOptions.js';

export const exportRosterCommand: Command = {
  path: ['export', 'roster'],
  summary: "Write a term's roster to an .xlsx file that imports back unchanged",
  usage: 'FILE --term ID [--force] [--data DIR] [--database-url URL]',
  help: ['--term ID             the term whose roster to export (required)', '--force               overwrite FILE if it exists', ...STORE_HELP],
  options: { ...STORE_OPTIONS, term: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const file = path.resolve(positionals[0]!);
    const termId = termOption(values.term);
    if (path.extname(file).toLowerCase() !== '.xlsx') throw new UsageError(`the roster is exported as .xlsx; "${path.basename(file)}" must end in .xlsx`);
    if (!existsSync(path.dirname(file))) throw new UsageError(`folder ${path.dirname(file)} does not exist`);
    if (existsSync(file) && values.force !== true) throw new UsageError(`${file} already exists; add --force to overwrite it`);
    const runtime = await openRuntime(values);
    try {
      const out = await exportRoster(runtime.store.db, termId);
      writeFileSync(file, out.bytes);
      console.log(`Exported ${out.members} members of term ${termId} to ${file}.`);
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};
