import { expect, it } from 'vitest';
import { describeStores } from './testing.js';
import { migrations } from './migrations/index.js';
import type { Store } from './store.js';

/** A bare body with its first term, written straight to the tables the constraints guard. */
async function bodyWithTerm(store: Store) {
  const body = await store.db
    .insertInto('bodies')
    .values({ kind: 'generic', level: 'city', name: 'B', name_en: 'B', region: 'R', region_en: 'R', created_at: 'now' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const term = await store.db.insertInto('terms').values({ body_id: body.id, ordinal: 1, start_date: null, end_date: null }).returning('id').executeTakeFirstOrThrow();
  return { body, term };
}

describeStores('store', (stores) => {
  it('applies every migration on open and reports the schema version', async () => {
    const store = await stores.open();
    expect(store.dialect).toBe(stores.dialect);
    expect(await store.schemaVersion()).toBe(Object.keys(migrations(stores.dialect)).at(-1));
    const head = await store.db.selectFrom('audit_head').selectAll().execute();
    expect(head).toEqual([{ chain: 'main', seq: 0, hash: '0'.repeat(64) }]);
  });

  it('enforces the roster key within a term', async () => {
    const store = await stores.open();
    const { body, term } = await bodyWithTerm(store);
    const person = await store.db.insertInto('people').values({ body_id: body.id, name: '张三', gender: null, ethnicity: null, birth: null, phone: null, id_number: null }).returning('id').executeTakeFirstOrThrow();
    const row = { body_id: body.id, term_id: term.id, person_id: person.id, group_id: null, key: 'A1', role: 'member', title: null, start_date: null, end_date: null, status: 'active' };
    await store.db.insertInto('memberships').values(row).execute();
    await expect(store.db.insertInto('memberships').values(row).execute()).rejects.toThrow();
  });

  it("numbers a session's meetings once each", async () => {
    const store = await stores.open();
    const { body, term } = await bodyWithTerm(store);
    const session = await store.db.insertInto('sessions').values({ body_id: body.id, term_id: term.id, ordinal: 1, start_date: null, end_date: null }).returning('id').executeTakeFirstOrThrow();
    const meeting = { body_id: body.id, session_id: session.id, kind: 'plenary', ordinal: 1, title: '第一次全体会议', starts_at: null, venue: null };
    await store.db.insertInto('meetings').values(meeting).execute();
    await expect(store.db.insertInto('meetings').values(meeting).execute()).rejects.toThrow();
  });
});
