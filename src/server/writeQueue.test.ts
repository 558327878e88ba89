import { sql } from 'kysely';
import Type from 'typebox';
import SQLite from 'better-sqlite3';
import { expect, it } from 'vitest';
import { describeStores } from '../store/testing.js';
import type { Store } from '../store/store.js';
import { verifyChain } from '../modules/audit/verifyChain.js';
import { createBody } from '../modules/registry/createBody.js';
import { AppError, errors } from './errors.js';
import { EventBus, type PlenumEvent } from './events.js';
import { CLI, defineOperation, execute, type Actor, type Runtime } from './operation.js';
import { WriteQueue } from './writeQueue.js';

/** A write for these tests only: adds a group; a name starting with `refuse` is refused by a rule. */
const addGroup = defineOperation({
  name: 'test.addGroup',
  input: Type.Object({ bodyId: Type.Integer({ minimum: 1 }), name: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
  permission: 'registry.manage',
  async run({ tx }, input) {
    if (input.name.startsWith('refuse')) {
      throw errors.conflict('refused_by_test', { 'zh-CN': `拒绝 ${input.name}`, en: `Refused ${input.name}` });
    }
    const row = await tx.insertInto('groups').values({ body_id: input.bodyId, kind: 'other', name: input.name, sort_order: 0 }).returning('id').executeTakeFirstOrThrow();
    return { id: row.id, name: input.name, bodyId: input.bodyId };
  },
  events: (input, result) => [{ type: 'test.groupAdded', bodyId: input.bodyId, data: result }],
});

/** Inserts a row whose reference is checked only at COMMIT, so the whole transaction fails there. */
const addOrphan = defineOperation({
  name: 'test.addOrphan',
  input: Type.Object({ groupId: Type.Integer() }, { additionalProperties: false }),
  permission: 'registry.manage',
  async run({ tx }, input) {
    await sql`insert into deferred_refs (group_id) values (${input.groupId})`.execute(tx);
    return { groupId: input.groupId };
  },
});

const MEMBER: Actor = { label: 'account:9 (member)', role: 'member', accountId: 9, personId: null, bodyId: null };

async function setUp(store: Store) {
  const runtime: Runtime = { store, events: new EventBus() };
  const body = await execute(runtime, createBody, { kind: 'generic', level: 'city', name: 'B', nameEn: 'B', region: 'R', regionEn: 'R' }, CLI);
  return { runtime, bodyId: body.bodyId, queue: new WriteQueue(runtime) };
}

async function groupNames(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('groups').select('name').orderBy('name').execute();
  return rows.map((r) => r.name);
}

async function auditedNames(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('audit_log').select('payload').where('operation', '=', 'test.addGroup').execute();
  return rows.map((r) => (JSON.parse(r.payload) as { name: string }).name).sort();
}

describeStores('WriteQueue', (stores) => {
  it('answers each caller with its own result, in the order submitted', async () => {
    const { bodyId, queue } = await setUp(await stores.open());
    const settled: string[] = [];
    const names = Array.from({ length: 40 }, (_, i) => `g${String(i).padStart(2, '0')}`);
    const results = await Promise.all(
      names.map((name) =>
        queue.submit(addGroup, { bodyId, name }, CLI).then((r) => {
          settled.push(r.name);
          return r;
        }),
      ),
    );
    expect(results.map((r) => r.name)).toEqual(names);
    expect(settled).toEqual(names);
    expect(new Set(results.map((r) => r.id)).size).toBe(names.length);
  });

  it('refuses one write without undoing the others in its group, and gives that caller its error', async () => {
    const store = await stores.open();
    const { bodyId, queue } = await setUp(store);
    const outcomes = await Promise.allSettled(['a', 'b', 'refuse-c', 'd', 'refuse-e', 'f'].map((name) => queue.submit(addGroup, { bodyId, name }, CLI)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    const refused = (outcomes[2] as PromiseRejectedResult).reason as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.id).toBe('refused_by_test');
    expect(refused.messages.en).toBe('Refused refuse-c');
    expect(queue.batches).toBeLessThan(6);
    expect(await groupNames(store)).toEqual(['a', 'b', 'd', 'f']);
    expect(await auditedNames(store)).toEqual(['a', 'b', 'd', 'f']);
    expect(await verifyChain(store.db)).toEqual({ ok: true, entries: 5 });
  });

  it('turns a constraint violation into that caller\'s error only', async () => {
    const store = await stores.open();
    const { bodyId, queue } = await setUp(store);
    const outcomes = await Promise.allSettled(['x', 'x', 'y'].map((name) => queue.submit(addGroup, { bodyId, name }, CLI)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await groupNames(store)).toEqual(['x', 'y']);
    expect(await verifyChain(store.db)).toEqual({ ok: true, entries: 3 });
  });

  it('rejects every write of a group whose commit fails, and goes on with the next group', async () => {
    const store = await stores.open();
    const { runtime, bodyId, queue } = await setUp(store);
    await sql`create table deferred_refs (group_id integer not null references groups (id) deferrable initially deferred)`.execute(store.db);
    const published: PlenumEvent[] = [];
    runtime.events.subscribe((e) => published.push(e));

    // Writes submitted in one turn of the event loop form one group: the first commits alone.
    await expect(queue.submit(addGroup, { bodyId, name: 'first' }, CLI)).resolves.toMatchObject({ name: 'first' });
    const doomed = [
      queue.submit(addGroup, { bodyId, name: 'before' }, CLI),
      queue.submit(addOrphan, { groupId: 999_999 }, CLI),
      queue.submit(addGroup, { bodyId, name: 'after' }, CLI),
    ];
    const outcomes = await Promise.allSettled(doomed);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    const reasons = outcomes.map((o) => (o as PromiseRejectedResult).reason as Error);
    expect(reasons[0]).toBe(reasons[1]);
    expect(reasons[0]).toBe(reasons[2]);
    expect(reasons[0]).not.toBeInstanceOf(AppError);
    expect(queue.batches).toBe(1);

    await expect(queue.submit(addGroup, { bodyId, name: 'later' }, CLI)).resolves.toMatchObject({ name: 'later' });
    expect(queue.batches).toBe(2);
    expect(await groupNames(store)).toEqual(['first', 'later']);
    expect(await auditedNames(store)).toEqual(['first', 'later']);
    expect(published.map((e) => (e.data as { name: string }).name)).toEqual(['first', 'later']);
    expect(await verifyChain(store.db)).toEqual({ ok: true, entries: 3 });
  });

  it('throws bad input and missing permission at submit, queueing nothing', async () => {
    const store = await stores.open();
    const { bodyId, queue } = await setUp(store);
    let badInput: unknown;
    try {
      void queue.submit(addGroup, { bodyId, name: '', extra: 1 }, CLI);
    } catch (error) {
      badInput = error;
    }
    expect(badInput).toBeInstanceOf(AppError);
    expect((badInput as AppError).id).toBe('invalid_input');
    expect(() => queue.submit(addGroup, { bodyId, name: 'm' }, MEMBER)).toThrow('Role "member" lacks the permission "registry.manage"');
    // Nothing ran: no group was committed, no row or audit entry was written.
    expect(queue.batches).toBe(0);
    expect(await groupNames(store)).toEqual([]);
    expect(await verifyChain(store.db)).toEqual({ ok: true, entries: 1 });
  });

  it('writes an audit entry for each write, and the chain verifies', async () => {
    const store = await stores.open();
    const { bodyId, queue } = await setUp(store);
    const names = Array.from({ length: 120 }, (_, i) => (i % 10 === 3 ? `refuse-${i}` : `n${i}`));
    await Promise.allSettled(names.map((name) => queue.submit(addGroup, { bodyId, name }, CLI)));
    const written = names.filter((n) => !n.startsWith('refuse')).sort();
    expect(await auditedNames(store)).toEqual(written);
    const entries = await store.db.selectFrom('audit_log').select(['actor', 'body_id']).where('operation', '=', 'test.addGroup').execute();
    expect(entries.every((e) => e.actor === 'cli' && e.body_id === bodyId)).toBe(true);
    expect(await verifyChain(store.db)).toEqual({ ok: true, entries: written.length + 1 });
  });

  it('commits many concurrent writes in far fewer groups', async () => {
    const store = await stores.open();
    const { bodyId, queue } = await setUp(store);
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => queue.submit(addGroup, { bodyId, name: `c${i}` }, CLI)));
    expect(results).toHaveLength(500);
    expect(queue.batches).toBeGreaterThan(1);
    expect(queue.batches).toBeLessThanOrEqual(20);
    const { count } = await store.db.selectFrom('groups').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(Number(count)).toBe(500);
  });

  it('keeps every group within maxBatch', async () => {
    const store = await stores.open();
    const { runtime, bodyId } = await setUp(store);
    const queue = new WriteQueue(runtime, { maxBatch: 7 });
    await Promise.all(Array.from({ length: 50 }, (_, i) => queue.submit(addGroup, { bodyId, name: `m${i}` }, CLI)));
    // Submitted in one turn, the 50 go in groups of at most 7.
    expect(queue.batches).toBe(Math.ceil(50 / 7));
  });

  it('publishes events only once their group has committed, and none for refused writes', async () => {
    const store = await stores.open();
    const { runtime, bodyId, queue } = await setUp(store);
    const seen: Array<{ name: string; batches: number; visible: boolean | null }> = [];
    // On SQLite a second connection reads synchronously, so the listener can check that the row is already committed.
    const reader = store.file ? new SQLite(store.file, { readonly: true }) : null;
    const committedRows = reader?.prepare<[string], { n: number }>('select count(*) as n from groups where name = ?');
    runtime.events.subscribe((e) => {
      const { name } = e.data as { name: string };
      seen.push({ name, batches: queue.batches, visible: committedRows ? committedRows.get(name)!.n === 1 : null });
    });
    try {
      const submitted = ['p', 'refuse-q', 'r', 's'];
      const pending = submitted.map((name) => queue.submit(addGroup, { bodyId, name }, CLI));
      expect(seen).toEqual([]);
      await Promise.allSettled(pending);
      expect(seen.map((s) => s.name)).toEqual(['p', 'r', 's']);
      expect(seen.every((s) => s.batches >= 1)).toBe(true);
      if (reader) expect(seen.every((s) => s.visible)).toBe(true);
    } finally {
      reader?.close();
    }
  });

  it('fails only the caller whose event listener throws, and settles the rest of the group', async () => {
    const store = await stores.open();
    const { runtime, bodyId, queue } = await setUp(store);
    runtime.events.subscribe((e) => {
      if ((e.data as { name: string }).name === 'loud') throw new Error('listener failed');
    });
    const outcomes = await Promise.allSettled(['quiet', 'loud', 'calm'].map((name) => queue.submit(addGroup, { bodyId, name }, CLI)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(((outcomes[1] as PromiseRejectedResult).reason as Error).message).toBe('listener failed');
    // Committed all the same, as with execute: the listener ran after the commit.
    expect(await groupNames(store)).toEqual(['calm', 'loud', 'quiet']);
  });
});
