/**
 * `plenum`: the command line for staff and operators. Each subcommand lives in commands/ and
 * has its own --help; bad arguments print the problem and the usage, and exit 2.
 */
import { parse, readProcessStdin, UsageError, type Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { AppError } from '../server/errors.js';

function usageOf(c: Command): string {
  return `plenum ${c.path.join(' ')} ${c.usage}`.trimEnd();
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  return [
    'Usage: plenum <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    "Run 'plenum <command> --help' for a command's options.",
  ].join('\n');
}

function helpOf(c: Command): string {
  return [`Usage: ${usageOf(c)}`, '', c.summary, ...(c.help?.length ? ['', 'Options:', ...c.help.map((h) => `  ${h}`)] : []), '  -h, --help            show this help'].join('\n');
}

export interface CliIo {
  /** Standard input; the process's by default. */
  stdin?: () => Promise<string>;
}

export async function main(argv: string[], io: CliIo = {}): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    console.log(overview());
    return argv.length === 0 ? 2 : 0;
  }
  const command = COMMANDS.filter((c) => c.path.every((w, i) => argv[i] === w)).sort((a, b) => b.path.length - a.path.length)[0];
  if (!command) {
    // The words before the first option: `plenum frobnicate --data x` names "frobnicate", not "frobnicate x".
    const firstOption = argv.findIndex((a) => a.startsWith('-'));
    const words = argv.slice(0, Math.min(2, firstOption === -1 ? argv.length : firstOption));
    console.error(
      words.length === 0
        ? `plenum: the command comes first, then its options ("plenum init --data DIR", not "plenum --data DIR init")\n`
        : `plenum: unknown command "${words.join(' ')}"\n`,
    );
    console.error(overview());
    return 2;
  }
  try {
    const { values, positionals } = parse(command, argv.slice(command.path.length));
    if (values.help) {
      console.log(helpOf(command));
      return 0;
    }
    const { min, max } = command.positionals ?? { min: 0, max: 0 };
    if (positionals.length < min) throw new UsageError(`missing argument${min - positionals.length > 1 ? 's' : ''}`);
    if (positionals.length > max) throw new UsageError(`unexpected argument "${positionals[max]}"`);
    return await command.run({ values: values as Record<string, string | boolean | undefined>, positionals, stdin: io.stdin ?? readProcessStdin });
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`plenum ${command.path.join(' ')}: ${error.message}`);
      console.error(`Usage: ${usageOf(command)}`);
      return 2;
    }
    if (error instanceof AppError) {
      console.error(`plenum ${command.path.join(' ')}: ${error.messages.en} [${error.id}]`);
      if (Array.isArray(error.details)) for (const d of error.details.slice(0, 200)) console.error(`  ${formatDetail(d)}`);
      return 1;
    }
    console.error(`plenum ${command.path.join(' ')}: ${(error as Error).message}`);
    return 1;
  }
}

function formatDetail(d: unknown): string {
  if (d && typeof d === 'object') return Object.entries(d as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  return String(d);
}

