/**
 * `plenum export popolo` and `plenum export akn`: the open data exports the API serves at
 * /api/sessions/:id/popolo.json and /api/meetings/:id/akn.xml, written to a file or to standard
 * output, straight from the store.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORE_HELP, STORE_OPTIONS, UsageError, idOption, openRuntime, type Command } from '../command.js';
import { popoloOf } from '../../modules/publishing/export/popolo.js';
import { sessionRecord } from '../../modules/publishing/export/sessionRecord.js';
import { aknOf } from '../../modules/publishing/export/akn.js';
import { meetingRecord } from '../../modules/publishing/export/meetingRecord.js';
import type { Runtime } from '../../server/operation.js';

const OUT_HELP = ['--out FILE            write to FILE instead of standard output', '--force               overwrite FILE if it exists'];

/** The target file, checked before anything is read: its folder exists, and it is not overwritten without --force. */
function outFile(values: Record<string, string | boolean | undefined>): string | null {
  if (values.out === undefined) return null;
  if (values.out === true || values.out === '') throw new UsageError('--out needs a file name');
  const file = path.resolve(String(values.out));
  if (!existsSync(path.dirname(file))) throw new UsageError(`folder ${path.dirname(file)} does not exist`);
  if (existsSync(file) && values.force !== true) throw new UsageError(`${file} already exists; add --force to overwrite it`);
  return file;
}

async function exportWith(values: Record<string, string | boolean | undefined>, id: number, make: (runtime: Runtime) => Promise<string>, what: string): Promise<number> {
  const file = outFile(values);
  const runtime = await openRuntime(values);
  try {
    const text = await make(runtime);
    if (file === null) {
      console.log(text.replace(/\n$/, ''));
    } else {
      writeFileSync(file, text);
      console.log(`Exported ${what} ${id} to ${file}.`);
    }
    return 0;
  } finally {
    await runtime.store.close();
  }
}

export const exportPopoloCommand: Command = {
  path: ['export', 'popolo'],
  summary: 'Write a session as Popolo open data (JSON): members, groups, sittings, motions, vote counts, recorded votes',
  usage: '--session ID [--out FILE] [--force] [--data DIR] [--database-url URL]',
  help: ['--session ID          the session to export (required)', ...OUT_HELP, ...STORE_HELP],
  options: { ...STORE_OPTIONS, session: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const id = idOption('session', 'the id of the session to export', values.session);
    return exportWith(values, id, async (runtime) => `${JSON.stringify(popoloOf(await sessionRecord(runtime.store.db, id)), null, 2)}\n`, 'session');
  },
};

export const exportAknCommand: Command = {
  path: ['export', 'akn'],
  summary: 'Write a sitting as an Akoma Ntoso 3.0 debate record (XML): roll call, quorum, agenda items, votes',
  usage: '--meeting ID [--out FILE] [--force] [--data DIR] [--database-url URL]',
  help: ['--meeting ID          the meeting (sitting) to export (required)', ...OUT_HELP, ...STORE_HELP],
  options: { ...STORE_OPTIONS, meeting: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }) {
    const id = idOption('meeting', 'the id of the meeting to export', values.meeting);
    return exportWith(
      values,
      id,
      async (runtime) => {
        const now = new Date();
        return aknOf(await meetingRecord(runtime.store.db, id, now), now);
      },
      'meeting',
    );
  },
};
