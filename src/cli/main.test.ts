import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../store/store.js';
import { COMMANDS } from './commands/index.js';
import { runCli } from './testing.js';

let dir: string;

beforeEach(() => {
  // Whatever the shell says, these tests use the SQLite folder they name.
  vi.stubEnv('PLENUM_DATABASE_URL', '');
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-cli-'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('plenum', () => {
  it('lists every command with --help and exits 0', async () => {
    const run = await runCli('--help');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: plenum <command> [options]');
    for (const c of COMMANDS) expect(run.out).toMatch(new RegExp(`^  ${c.path.join(' ')} +${escape(c.summary)}$`, 'm'));
  });

  it('prints the overview and exits 2 when run with no command', async () => {
    const run = await runCli();
    expect(run.code).toBe(2);
    expect(run.out).toContain('Commands:');
  });

  it.each(COMMANDS.map((c) => [c.path.join(' '), c] as const))('explains "%s" with --help', async (_name, c) => {
    const run = await runCli(...c.path, '--help');
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toBe(`Usage: plenum ${c.path.join(' ')} ${c.usage}`.trimEnd());
    expect(run.out).toContain(c.summary);
    for (const line of c.help ?? []) expect(run.out).toContain(line);
    expect(run.out).toContain('-h, --help');
  });

  it('refuses an unknown command with exit 2, naming it', async () => {
    const run = await runCli('frobnicate', '--data', dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('plenum: unknown command "frobnicate"');
    expect(run.err).toContain('Commands:');
    const two = await runCli('audit', 'repair', 'now');
    expect(two.code).toBe(2);
    expect(two.err).toContain('plenum: unknown command "audit repair"');
  });

  it('says the command comes first when options precede it', async () => {
    const run = await runCli('--data', dir, 'init');
    expect(run.code).toBe(2);
    expect(run.err).toContain('plenum: the command comes first, then its options ("plenum init --data DIR", not "plenum --data DIR init")');
  });

  it('refuses an unknown option with exit 2, naming it and the usage', async () => {
    const run = await runCli('init', '--dta', dir);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')).toEqual([
      `plenum init: unknown option "--dta"; 'plenum init --help' lists the options`,
      'Usage: plenum init [--data DIR] [--database-url URL]',
    ]);
  });

  it('refuses an option without its value, and an argument a command does not take', async () => {
    const missing = await runCli('init', '--data');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("plenum init: Option '--data <value>' argument missing");
    const extra = await runCli('init', 'now', '--data', dir);
    expect(extra.code).toBe(2);
    expect(extra.err).toContain('plenum init: unexpected argument "now"');
  });
});

describe('plenum init', () => {
  it('creates the store and prints the administrator\'s credentials once', async () => {
    const first = await runCli('init', '--data', dir);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^Store ready \(sqlite, schema \d{4}_\w+\)\.$/m);
    expect(first.out).toContain('Administrator created. Write this down; it is shown only once.');
    expect(first.out).toContain('  username: admin');
    const password = /^ {2}password: (\S+)$/m.exec(first.out)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(12);

    const store = await openStore({ dataDir: dir });
    try {
      const accounts = await store.db.selectFrom('accounts').select(['username', 'role', 'password_hash']).execute();
      expect(accounts).toHaveLength(1);
      expect(accounts[0]).toMatchObject({ username: 'admin', role: 'admin' });
      expect(accounts[0]!.password_hash).not.toContain(password);
    } finally {
      await store.close();
    }

    const second = await runCli('init', '--data', dir);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Accounts already exist; no administrator was created.');
    expect(second.out).not.toContain('password');
  });
});

describe('plenum audit verify', () => {
  it('reports an intact chain after init, in words or as JSON', async () => {
    await runCli('init', '--data', dir);
    const words = await runCli('audit', 'verify', '--data', dir);
    expect(words).toEqual({ code: 0, out: 'Audit chain intact: 1 entries verified.', err: '' });
    const json = await runCli('audit', 'verify', '--json', '--data', dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ ok: true, entries: 1 });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
