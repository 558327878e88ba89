/** Runs `plenum` in-process for tests, capturing what it prints. */
import { vi } from 'vitest';
import { main } from './main.js';

export interface CliRun {
  code: number;
  /** What went to console.log, one call per line. */
  out: string;
  /** What went to console.error. */
  err: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  return runCliWith({}, ...argv);
}

/** Runs `plenum` with what it reads on standard input: `runCliWith({ stdin: '王毅\n丁仲礼\n' }, 'names', 'sort')`. */
export async function runCliWith(io: { stdin?: string }, ...argv: string[]): Promise<CliRun> {
  const run = await runCliCalls(io, ...argv);
  return { code: run.code, out: run.out.join('\n'), err: run.err.join('\n') };
}

/** As `runCliWith`, keeping each console.log and console.error call apart. */
export async function runCliCalls(io: { stdin?: string }, ...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  try {
    const code = await main(argv, io.stdin === undefined ? {} : { stdin: async () => io.stdin ?? '' });
    return { code, out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
