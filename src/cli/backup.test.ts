import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SQLITE_FILE, openStore, type Store } from '../store/store.js';
import { EventBus } from '../server/events.js';
import { CLI, execute } from '../server/operation.js';
import { createBody } from '../modules/registry/createBody.js';
import { createGroup } from '../modules/registry/createGroup.js';
import { verifyChain } from '../modules/audit/verifyChain.js';
import { runCli } from './testing.js';

let dir: string;
let out: string;

beforeEach(() => {
  vi.stubEnv('PLENUM_DATABASE_URL', '');
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-backup-'));
  out = mkdtempSync(path.join(tmpdir(), 'plenum-backup-out-'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** A store with an administrator, a body and some groups, closed again. */
async function seed(): Promise<void> {
  expect((await runCli('init', '--data', dir)).code).toBe(0);
  const store = await openStore({ dataDir: dir });
  try {
    const runtime = { store, events: new EventBus() };
    const { bodyId } = await execute(runtime, createBody, { kind: 'cppcc', level: 'city', name: '政协云州市委员会', nameEn: 'Yunzhou CPPCC', region: '云州市', regionEn: 'Yunzhou' }, CLI);
    for (const name of ['中共', '民革', '民盟', '无党派人士']) await execute(runtime, createGroup, { bodyId, kind: 'sector', name }, CLI);
  } finally {
    await store.close();
  }
}

async function counts(store: Store) {
  const n = async (table: 'accounts' | 'bodies' | 'groups' | 'audit_log') =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { accounts: await n('accounts'), bodies: await n('bodies'), groups: await n('groups'), audit: await n('audit_log') };
}

describe('plenum backup', () => {
  it('copies the store to a SQLite file holding the same rows', async () => {
    await seed();
    const target = path.join(out, SQLITE_FILE);
    const run = await runCli('backup', target, '--data', dir);
    expect(run).toEqual({ code: 0, out: `Backed up ${path.join(dir, SQLITE_FILE)} to ${target}.`, err: '' });

    const original = await openStore({ dataDir: dir });
    const copy = await openStore({ dataDir: out });
    try {
      expect(await copy.schemaVersion()).toBe(await original.schemaVersion());
      const expected = await counts(original);
      expect(expected).toEqual({ accounts: 1, bodies: 1, groups: 4, audit: 6 });
      expect(await counts(copy)).toEqual(expected);
      const names = await copy.db.selectFrom('groups').select('name').orderBy('id').execute();
      expect(names.map((g) => g.name)).toEqual(['中共', '民革', '民盟', '无党派人士']);
      expect(await verifyChain(copy.db)).toEqual({ ok: true, entries: 6 });
    } finally {
      await original.close();
      await copy.close();
    }
  });

  it('refuses a target that exists, leaving it as it was', async () => {
    await seed();
    const target = path.join(out, 'taken.sqlite');
    writeFileSync(target, 'keep me');
    const run = await runCli('backup', target, '--data', dir);
    expect(run.code).toBe(2);
    expect(run.err.split('\n')).toEqual([`plenum backup: ${target} already exists; choose a new file name`, 'Usage: plenum backup FILE [--data DIR]']);
  });

  it('refuses a target in a folder that does not exist', async () => {
    await seed();
    const target = path.join(out, 'missing', 'b.sqlite');
    const run = await runCli('backup', target, '--data', dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`plenum backup: Folder ${path.join(out, 'missing')} does not exist`);
    expect(existsSync(path.join(out, 'missing'))).toBe(false);
  });

  it('refuses a data folder that holds no store, without creating one', async () => {
    const empty = path.join(dir, 'nothing-here');
    const run = await runCli('backup', path.join(out, 'b.sqlite'), '--data', empty);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`plenum backup: No Plenum store at ${path.join(empty, SQLITE_FILE)}; name its folder with --data`);
    expect(existsSync(empty)).toBe(false);
  });

  it('asks for the FILE', async () => {
    const run = await runCli('backup', '--data', dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('plenum backup: missing argument');
  });

  it.each([
    ['--database-url', () => runCli('backup', path.join(out, 'b.sqlite'), '--database-url', 'postgres://nobody@127.0.0.1:1/none')],
    ['PLENUM_DATABASE_URL', () => (vi.stubEnv('PLENUM_DATABASE_URL', 'postgres://nobody@127.0.0.1:1/none'), runCli('backup', path.join(out, 'b.sqlite')))],
  ])('on PostgreSQL (%s) points to pg_dump, exits 1 and connects to nothing', async (_how, run) => {
    const result = await run();
    expect(result.code).toBe(1);
    expect(result.err).toBe("backup copies the embedded SQLite store; for PostgreSQL use pg_dump or the server's own backups.");
    expect(existsSync(path.join(out, 'b.sqlite'))).toBe(false);
  });
});
