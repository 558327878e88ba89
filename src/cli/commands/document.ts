import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORE_HELP, STORE_OPTIONS, UsageError, openRuntime, type Command } from '../command.js';
import { CATALOGUE } from '../../modules/publishing/catalogue.js';
import { DocFormats, isDocFormat } from '../../modules/publishing/formats.js';
import { documentEntry, produceDocument } from '../../modules/publishing/produce.js';

function idOption(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = /^[1-9]\d{0,9}$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n > 2147483647) throw new UsageError(`--${name} must be an id (a whole number from 1), not "${String(value)}"`);
  return n;
}

/**
 * One of the session's documents written from the store: `plenum document news-release --meeting 6
 * --format docx`. HTML and Markdown go to standard output unless `--out` names a file; a .docx is
 * written to `--out`, else to its Chinese file name in the current folder.
 */
export const documentCommand: Command = {
  path: ['document'],
  summary: "Write one of a meeting's or a session's documents (主持词, 新闻通稿, 简报, 决议) as .docx, HTML or Markdown",
  usage: 'NAME (--meeting ID | --session ID) [--format docx|html|md] [--out FILE] [--force] [--data DIR] [--database-url URL]',
  help: [
    `NAME                  ${[...new Set(CATALOGUE.map((e) => `${e.name} (${e.scope})`))].join(', ')}`,
    '--meeting ID          a meeting document',
    '--session ID          a session document',
    `--format F            ${DocFormats.join(', ')} (default docx)`,
    '--out FILE            where to write it; HTML and Markdown go to standard output without it',
    '--force               overwrite FILE if it exists',
    ...STORE_HELP,
  ],
  options: { ...STORE_OPTIONS, meeting: { type: 'string' }, session: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const meeting = idOption(values.meeting, 'meeting');
    const session = idOption(values.session, 'session');
    if ((meeting === undefined) === (session === undefined)) throw new UsageError('give exactly one of --meeting ID or --session ID');
    const format = String(values.format ?? 'docx');
    if (!isDocFormat(format)) throw new UsageError(`--format must be one of ${DocFormats.join(', ')}, not "${format}"`);
    const entry = documentEntry(meeting !== undefined ? 'meeting' : 'session', positionals[0]!);
    const runtime = await openRuntime(values);
    try {
      const out = await produceDocument(runtime.store.db, entry, (meeting ?? session)!, format, new Date());
      const target = values.out !== undefined ? path.resolve(String(values.out)) : format === 'docx' ? path.resolve(out.fileName) : null;
      if (target === null) {
        process.stdout.write(out.bytes);
        return 0;
      }
      if (!existsSync(path.dirname(target))) throw new UsageError(`folder ${path.dirname(target)} does not exist`);
      if (existsSync(target) && values.force !== true) throw new UsageError(`${target} already exists; add --force to overwrite it`);
      writeFileSync(target, out.bytes);
      console.log(`Wrote ${entry.zh} (${entry.en}) to ${target}.`);
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};
