import Type from 'typebox';
import { expect, it } from 'vitest';
import { describeStores } from './testing.js';
import { errors } from '../server/errors.js';
import { EventBus } from '../server/events.js';
import { CLI, defineOperation, execute, type Runtime } from '../server/operation.js';
import { WriteQueue } from '../server/writeQueue.js';
import { createBody } from '../modules/registry/createBody.js';
import { shuffle } from './rowBatches.js';

/**
 * Hands a group row to the transaction's batch; a name starting with `refuse` is refused after
 * that. Groups have an autoincrement id, so the order the batch inserted them in shows.
 */
const batchGroup = defineOperation({
  name: 'test.batchGroup',
  input: Type.Object({ bodyId: Type.Integer({ minimum: 1 }), name: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
  permission: 'registry.manage',
  async run(ctx, input) {
    ctx.batch('groups', { body_id: input.bodyId, kind: 'other', name: input.name, sort_order: 0 });
    if (input.name.startsWith('refuse')) throw errors.conflict('refused_by_test', { 'zh-CN': `拒绝 ${input.name}`, en: `Refused ${input.name}` });
    // Not inserted yet: the batch goes in at the end of the transaction.
    const now = await ctx.tx.selectFrom('groups').select('id').where('name', '=', input.name).executeTakeFirst();
    return { inserted: now !== undefined };
  },
});

async function setUp(runtime: Runtime) {
  const body = await execute(runtime, createBody, { kind: 'generic', level: 'city', name: 'B', nameEn: 'B', region: 'R', regionEn: 'R' }, CLI);
  return body.bodyId as number;
}

const names = (n: number) => Array.from({ length: n }, (_, i) => `g${String(i).padStart(2, '0')}`);

describeStores('batched rows of a transaction', (stores) => {
  it('inserts a write-queue group\'s batched rows together at its end, in a shuffled order, dropping those of a failed operation', async () => {
    const store = await stores.open();
    const runtime: Runtime = { store, events: new EventBus() };
    const bodyId = await setUp(runtime);
    const queue = new WriteQueue(runtime);
    const submitted = names(30);
    const outcomes = await Promise.allSettled([...submitted.slice(0, 15), 'refuse-me', ...submitted.slice(15)].map((name) => queue.submit(batchGroup, { bodyId, name }, CLI)));
    expect(queue.batches).toBe(1);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.id)).toEqual(['refused_by_test']);
    expect(outcomes.every((o) => o.status === 'rejected' || o.value.inserted === false)).toBe(true);

    const stored = (await store.db.selectFrom('groups').select('name').where('body_id', '=', bodyId).orderBy('id').execute()).map((r) => r.name);
    expect([...stored].sort()).toEqual(submitted);
    // One chance in 30! that a fair shuffle leaves them in the order submitted.
    expect(stored).not.toEqual(submitted);
  });

  it('inserts the batched rows of an operation run by execute, and none when it fails', async () => {
    const store = await stores.open();
    const runtime: Runtime = { store, events: new EventBus() };
    const bodyId = await setUp(runtime);
    expect(await execute(runtime, batchGroup, { bodyId, name: 'kept' }, CLI)).toEqual({ inserted: false });
    await expect(execute(runtime, batchGroup, { bodyId, name: 'refused' }, CLI)).rejects.toMatchObject({ id: 'refused_by_test' });
    const stored = await store.db.selectFrom('groups').select('name').where('body_id', '=', bodyId).execute();
    expect(stored).toEqual([{ name: 'kept' }]);
  });
});

it('shuffles into every order about equally often', () => {
  const seen = new Map<string, number>();
  for (let i = 0; i < 6000; i++) {
    const order = shuffle([0, 1, 2]).join('');
    seen.set(order, (seen.get(order) ?? 0) + 1);
  }
  expect([...seen.keys()].sort()).toEqual(['012', '021', '102', '120', '201', '210']);
  // Each expected 1000 times; a fair shuffle falls outside 850..1150 about once in 10^6 runs.
  for (const n of seen.values()) {
    expect(n).toBeGreaterThan(850);
    expect(n).toBeLessThan(1150);
  }
});
