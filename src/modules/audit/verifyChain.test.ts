import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeStores } from '../../store/testing.js';
import type { Store } from '../../store/store.js';
import { EventBus } from '../../server/events.js';
import { execute, SYSTEM, type Actor, type Runtime } from '../../server/operation.js';
import { createBody } from '../registry/createBody.js';
import { createGroup } from '../registry/createGroup.js';
import { createTerm } from '../registry/createTerm.js';
import { GENESIS_HASH } from './chain.js';
import { describeReport, verifyChain } from './verifyChain.js';

const CLERK: Actor = { label: 'account:5 (clerk)', role: 'secretariat', accountId: 5, personId: null, bodyId: null };

/** Five audited operations: a body, two terms, two groups. */
async function fiveEntries(store: Store): Promise<Runtime> {
  const runtime = { store, events: new EventBus() };
  const body = await execute(runtime, createBody, { kind: 'people-congress', level: 'city', name: '云州市人民代表大会', nameEn: 'Yunzhou People\'s Congress', region: '云州市', regionEn: 'Yunzhou' }, SYSTEM);
  await execute(runtime, createTerm, { bodyId: body.id, ordinal: 16 }, CLERK);
  await execute(runtime, createTerm, { bodyId: body.id, ordinal: 17 }, CLERK);
  await execute(runtime, createGroup, { bodyId: body.id, kind: 'delegation', name: '东城区代表团' }, CLERK);
  await execute(runtime, createGroup, { bodyId: body.id, kind: 'delegation', name: '西城区代表团' }, CLERK);
  return runtime;
}

describeStores('the audit chain', (stores) => {
  it('is intact on a fresh store and links each entry to the one before', async () => {
    const store = await stores.open();
    expect(await verifyChain(store.db)).toEqual({ ok: true, entries: 0 });
    expect(describeReport({ ok: true, entries: 0 })).toBe('Audit chain intact: 0 entries verified.');

    await fiveEntries(store);
    const report = await verifyChain(store.db);
    expect(report).toEqual({ ok: true, entries: 5 });
    expect(describeReport(report)).toBe('Audit chain intact: 5 entries verified.');

    const log = await store.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(log.map((e) => [e.seq, e.operation, e.actor, e.body_id])).toEqual([
      [1, 'registry.createBody', 'system', 1],
      [2, 'registry.createTerm', 'account:5 (clerk)', 1],
      [3, 'registry.createTerm', 'account:5 (clerk)', 1],
      [4, 'registry.createGroup', 'account:5 (clerk)', 1],
      [5, 'registry.createGroup', 'account:5 (clerk)', 1],
    ]);
    expect(log[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < log.length; i++) expect(log[i]!.prev_hash).toBe(log[i - 1]!.hash);
    expect(new Set(log.map((e) => e.hash)).size).toBe(5);
    expect(log[1]!.payload).toBe('{"bodyId":1,"ordinal":16}');
    const head = await store.db.selectFrom('audit_head').selectAll().execute();
    expect(head).toEqual([{ chain: 'main', seq: 5, hash: log[4]!.hash }]);
  });

  it('names the first entry edited by hand and why', async () => {
    const cases: Array<{ edit: string; change: (db: Store['db']) => Promise<unknown>; report: object; sentence: string }> = [
      {
        edit: 'operation',
        change: (db) => db.updateTable('audit_log').set({ operation: 'registry.deleteBody' }).where('seq', '=', 3).execute(),
        report: { ok: false, entries: 2, broken: { seq: 3, reason: 'hash' } },
        sentence: 'Audit chain BROKEN at entry 3: its hash does not match its fields (the entry was edited). 2 entries before it verified.',
      },
      {
        edit: 'payload',
        change: (db) => db.updateTable('audit_log').set({ payload: '{"bodyId":1,"ordinal":18}' }).where('seq', '=', 2).execute(),
        report: { ok: false, entries: 1, broken: { seq: 2, reason: 'payload' } },
        sentence: 'Audit chain BROKEN at entry 2: its payload does not match its digest (the payload was edited). 1 entries before it verified.',
      },
      {
        edit: 'actor',
        change: (db) => db.updateTable('audit_log').set({ actor: 'system' }).where('seq', '=', 4).execute(),
        report: { ok: false, entries: 3, broken: { seq: 4, reason: 'hash' } },
        sentence: 'Audit chain BROKEN at entry 4: its hash does not match its fields (the entry was edited). 3 entries before it verified.',
      },
      {
        // A forger who rewrites an entry's hash to match breaks the link of the entry after it.
        edit: 'hash',
        change: (db) => db.updateTable('audit_log').set({ hash: 'f'.repeat(64) }).where('seq', '=', 2).execute(),
        report: { ok: false, entries: 1, broken: { seq: 2, reason: 'hash' } },
        sentence: 'Audit chain BROKEN at entry 2: its hash does not match its fields (the entry was edited). 1 entries before it verified.',
      },
      {
        edit: 'prev_hash',
        change: (db) => db.updateTable('audit_log').set({ prev_hash: GENESIS_HASH }).where('seq', '=', 5).execute(),
        report: { ok: false, entries: 4, broken: { seq: 5, reason: 'prev_hash' } },
        sentence: 'Audit chain BROKEN at entry 5: its previous-hash field does not match the entry before it. 4 entries before it verified.',
      },
      {
        edit: 'a middle row deleted',
        change: (db) => db.deleteFrom('audit_log').where('seq', '=', 3).execute(),
        report: { ok: false, entries: 2, broken: { seq: 4, reason: 'gap', expectedSeq: 3 } },
        sentence: 'Audit chain BROKEN at entry 4: its sequence number does not follow the entry before it (an entry was removed or inserted). 2 entries before it verified.',
      },
      {
        edit: 'the last row deleted',
        change: (db) => db.deleteFrom('audit_log').where('seq', '=', 5).execute(),
        report: { ok: false, entries: 4, broken: { seq: 5, reason: 'head' } },
        sentence: 'Audit chain BROKEN at entry 5: the chain head does not match the last entry (entries were removed from the end). 4 entries before it verified.',
      },
    ];
    const seen: Array<[string, object, string]> = [];
    for (const c of cases) {
      const store = await stores.open();
      await fiveEntries(store);
      await c.change(store.db);
      const report = await verifyChain(store.db);
      seen.push([c.edit, report, describeReport(report)]);
    }
    expect(seen).toEqual(cases.map((c) => [c.edit, c.report, c.sentence]));
  });

  it('stays one line when many operations commit at once', async () => {
    const store = await stores.open();
    const runtime = { store, events: new EventBus() };
    const body = await execute(runtime, createBody, { kind: 'cppcc', level: 'city', name: '政协', nameEn: 'CPPCC', region: '', regionEn: '' }, SYSTEM);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => execute(runtime, createGroup, { bodyId: body.id, kind: 'sector', name: `界别${i + 1}` }, CLERK)),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await verifyChain(store.db)).toEqual({ ok: true, entries: 21 });
    const seqs = await store.db.selectFrom('audit_log').select('seq').orderBy('seq').execute();
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const links = await sql<{ n: number }>`select count(distinct prev_hash) as n from audit_log`.execute(store.db);
    expect(Number(links.rows[0]!.n)).toBe(21);
  });
});
