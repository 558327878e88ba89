/** What the roster commands share: the --term option, the file's format, and the progress display. */
import path from 'node:path';
import { UsageError, idOption } from '../command.js';
import type { Progress } from '../../modules/registry/roster/progress.js';
import type { RosterFormat } from '../../modules/registry/roster/parseRoster.js';

/** The term id from --term, or a usage error saying what is wrong with it. */
export function termOption(value: string | boolean | undefined): number {
  return idOption('term', 'the id of the term whose roster this is', value);
}

/** The roster format a file name's extension names. */
export function formatOfFile(file: string): RosterFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  throw new UsageError(`cannot tell the format of "${path.basename(file)}": the file name must end in .xlsx or .csv`);
}

/** Whether messages should be in Chinese: the locale asks for it. */
export function prefersChinese(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^zh/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

const PHASES: Record<Progress['phase'], string> = { read: 'reading', check: 'checking', write: 'storing' };
const BAR_WIDTH = 30;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (a log, a pipe).
 * It shows what the import reports as it does the work, nothing invented.
 */
export class ProgressDisplay {
  readonly #out: NodeJS.WriteStream;
  readonly #tty: boolean;
  #drawn = '';

  constructor(out: NodeJS.WriteStream = process.stderr) {
    this.#out = out;
    this.#tty = Boolean(out.isTTY);
  }

  readonly update = (p: Progress): void => {
    if (this.#tty) {
      const filled = p.total ? Math.round((p.done / p.total) * BAR_WIDTH) : 0;
      const line = `${PHASES[p.phase].padEnd(8)} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${p.phase === 'read' ? '' : `${p.done}/${p.total} rows`}`;
      if (line === this.#drawn) return;
      this.#out.write(`\r${line.padEnd(this.#drawn.length)}`);
      this.#drawn = line;
      return;
    }
    if (p.phase === 'read' && p.done === p.total) this.#out.write('read the file\n');
    else if (p.phase === 'check' && p.done === p.total) this.#out.write(`checked ${p.total} rows\n`);
    else if (p.phase === 'write') this.#out.write(`stored ${p.done}/${p.total} rows\n`);
  };

  /** Ends the bar's line, so what follows starts on a fresh one. */
  finish(): void {
    if (this.#tty && this.#drawn) this.#out.write('\n');
    this.#drawn = '';
  }
}
