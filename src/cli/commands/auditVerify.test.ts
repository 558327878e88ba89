import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, expect, it, vi } from 'vitest';
import { runCliCalls } from '../testing.js';
import { openStore, SQLITE_FILE } from '../../store/store.js';
import { EventBus } from '../../server/events.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { createBody } from '../../modules/registry/createBody.js';
import { createTerm } from '../../modules/registry/createTerm.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs `plenum …` in-process; returns the exit code and what it printed, a call per line. */
const plenum = (...argv: string[]) => runCliCalls({}, ...argv);

async function storeWithThreeEntries(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-cli-'));
  dirs.push(dir);
  const store = await openStore({ dataDir: dir });
  const runtime = { store, events: new EventBus() };
  const body = await execute(runtime, createBody, { kind: 'generic', level: 'other', name: '校务委员会', nameEn: 'Senate', region: '', regionEn: '' }, SYSTEM);
  await execute(runtime, createTerm, { bodyId: body.id, ordinal: 1 }, SYSTEM);
  await execute(runtime, createTerm, { bodyId: body.id, ordinal: 2 }, SYSTEM);
  await store.close();
  return dir;
}

it('plenum audit verify: exit 0 and the intact line on a fresh store and after operations', async () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'plenum-cli-'));
  dirs.push(fresh);
  expect(await plenum('audit', 'verify', '--data', fresh)).toEqual({ code: 0, out: ['Audit chain intact: 0 entries verified.'], err: [] });

  const dir = await storeWithThreeEntries();
  expect(await plenum('audit', 'verify', '--data', dir)).toEqual({ code: 0, out: ['Audit chain intact: 3 entries verified.'], err: [] });
  expect(await plenum('audit', 'verify', '--json', '--data', dir)).toEqual({ code: 0, out: ['{"ok":true,"entries":3}'], err: [] });
});

it('plenum audit verify: exit 1 naming the entry edited behind Plenum\'s back', async () => {
  const dir = await storeWithThreeEntries();
  const db = new SQLite(path.join(dir, SQLITE_FILE));
  db.prepare("update audit_log set payload = '{\"bodyId\":1,\"ordinal\":9}' where seq = 2").run();
  db.close();

  expect(await plenum('audit', 'verify', '--data', dir)).toEqual({
    code: 1,
    out: ['Audit chain BROKEN at entry 2: its payload does not match its digest (the payload was edited). 1 entries before it verified.'],
    err: [],
  });
  expect(await plenum('audit', 'verify', '--json', '--data', dir)).toEqual({
    code: 1,
    out: ['{"ok":false,"entries":1,"broken":{"seq":2,"reason":"payload"}}'],
    err: [],
  });
});

it('plenum audit verify: exit 2 with the usage on an unknown option', async () => {
  expect(await plenum('audit', 'verify', '--dta', '/tmp')).toEqual({
    code: 2,
    out: [],
    err: [
      "plenum audit verify: unknown option \"--dta\"; 'plenum audit verify --help' lists the options",
      'Usage: plenum audit verify [--json] [--data DIR] [--database-url URL]',
    ],
  });
});
