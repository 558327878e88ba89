import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openStore, type Store } from '../store/store.js';
import { readConfig } from '../config.js';
import { EventBus } from '../server/events.js';
import type { Runtime } from '../server/operation.js';

/** A `plenum` subcommand. */
export interface Command {
  /** Words after `plenum`: `['import', 'roster']`. */
  path: string[];
  summary: string;
  /** Usage line after `plenum <path>`. */
  usage: string;
  /** Option help lines. */
  help?: string[];
  options?: ParseArgsConfig['options'];
  /** How many positional arguments it takes. */
  positionals?: { min: number; max: number };
  run(args: {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
    /** Reads all of standard input (tests feed it through runCli's `stdin`). */
    stdin: () => Promise<string>;
  }): Promise<number>;
}

/** Raised for bad arguments: printed with the usage line, exit code 2. */
export class UsageError extends Error {}

/**
 * A record's id from an option, or a usage error saying what is wrong with it.
 * @example idOption('term', 'the id of the term whose roster this is', '12') === 12
 */
export function idOption(option: string, purpose: string, value: string | boolean | undefined): number {
  if (value === undefined || value === true) throw new UsageError(`missing --${option} ID (${purpose})`);
  const text = String(value);
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2147483647) throw new UsageError(`--${option} must be a ${option} id (a positive whole number), not "${text}"`);
  return Number(text);
}

/** Options every store-using command takes. */
export const STORE_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  data: { type: 'string' },
  'database-url': { type: 'string' },
};
export const STORE_HELP = [
  '--data DIR            SQLite data folder (default: $PLENUM_DATA or ./data)',
  '--database-url URL    use PostgreSQL instead (default: $PLENUM_DATABASE_URL)',
];

export async function openRuntime(values: Record<string, string | boolean | undefined>): Promise<Runtime> {
  const config = readConfig();
  const store: Store = await openStore({
    dataDir: (values.data as string | undefined) ?? config.dataDir,
    databaseUrl: (values['database-url'] as string | undefined) ?? config.databaseUrl,
  });
  return { store, events: new EventBus() };
}

export function parse(command: Command, argv: string[]) {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return parsed;
  } catch (error) {
    const e = error as Error & { code?: string };
    // Node's own message goes on about '--' and positionals; say only what is wrong and where to look.
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(e.message)?.[1] ?? '';
      throw new UsageError(`unknown option "${option}"; 'plenum ${command.path.join(' ')} --help' lists the options`);
    }
    throw new UsageError(e.message);
  }
}

/** Reads the whole of the process's standard input as UTF-8. */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
