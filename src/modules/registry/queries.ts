import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { errors } from '../../server/errors.js';
import type { MemberRow } from './presenters.js';
import { memberMatches } from './memberSearch.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function getBody(db: Db, id: number) {
  const row = await db.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound('body', id);
  return row;
}

export async function getTerm(db: Db, id: number) {
  const row = await db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound('term', id);
  return row;
}

export async function getSession(db: Db, id: number) {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound('session', id);
  return row;
}

export async function listBodies(db: Db) {
  return db.selectFrom('bodies').selectAll().orderBy('id').execute();
}

export async function listTerms(db: Db, bodyId: number) {
  return db.selectFrom('terms').selectAll().where('body_id', '=', bodyId).orderBy('ordinal').execute();
}

/** Sessions with their term and body, newest term first. */
export async function listSessions(db: Db, bodyId?: number) {
  let q = db
    .selectFrom('sessions')
    .innerJoin('terms', 'terms.id', 'sessions.term_id')
    .selectAll('sessions')
    .select('terms.ordinal as term_ordinal')
    .orderBy('sessions.body_id')
    .orderBy('terms.ordinal', 'desc')
    .orderBy('sessions.ordinal', 'desc');
  if (bodyId !== undefined) q = q.where('sessions.body_id', '=', bodyId);
  return q.execute();
}

export async function listMeetings(db: Db, sessionId: number) {
  return db.selectFrom('meetings').selectAll().where('session_id', '=', sessionId).orderBy('ordinal').execute();
}

export async function listGroups(db: Db, bodyId: number) {
  return db.selectFrom('groups').selectAll().where('body_id', '=', bodyId).orderBy('sort_order').orderBy('id').execute();
}

export interface RosterFilter {
  groupId?: number;
  status?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

/** A term's roster, in group order then roster key; `q` searches as the check-in desk does (memberMatches). */
export async function listMembers(db: Db, termId: number, f: RosterFilter = {}): Promise<{ total: number; rows: MemberRow[] }> {
  let q = db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .where('memberships.term_id', '=', termId);
  if (f.groupId !== undefined) q = q.where('memberships.group_id', '=', f.groupId);
  if (f.status !== undefined) q = q.where('memberships.status', '=', f.status);
  const match = memberMatches(f.q);
  if (match) q = q.where(match);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('memberships')
    .select(['people.name', 'people.gender', 'people.ethnicity', 'people.birth', 'groups.name as group_name'])
    // Members without a group last, in both dialects (SQLite sorts NULL first, PostgreSQL last).
    .orderBy((eb) => eb.case().when('groups.sort_order', 'is', null).then(1).else(0).end())
    .orderBy('groups.sort_order')
    .orderBy('memberships.group_id')
    .orderBy('memberships.key')
    .limit(f.limit ?? 100)
    .offset(f.offset ?? 0)
    .execute();
  return { total: Number(total.n), rows };
}
