/**
 * The members a proposer may invite to sign with them: the active members of the session's term
 * whose name contains `q`, whose roster key starts with it, or whose pinyin initials start with it
 * (the shared roster search, `wx` finds 王小明). Only what a co-proposer picker shows leaves: the
 * membership, the name and the group; nothing personal. A member asks only in a term they serve
 * in, and their own membership is left out (they lead). Roster order: group by group, then key.
 */
import Type, { type Static } from 'typebox';
import { Nullable } from '../../server/schemaTypes.js';
import { memberMatches } from '../registry/memberSearch.js';
import type { Db } from './queries.js';

export const CoProposerView = Type.Object({ membershipId: Type.Integer(), name: Type.String(), group: Nullable(Type.String()) });
export type CoProposer = Static<typeof CoProposerView>;

export const CO_PROPOSER_LIMIT = 20;

/** Whether a person holds an active membership of the term: a member looks for co-proposers only in their own. */
export async function activeInTerm(db: Db, termId: number, personId: number | null): Promise<boolean> {
  if (personId === null) return false;
  const row = await db.selectFrom('memberships').select('id').where('term_id', '=', termId).where('person_id', '=', personId).where('status', '=', 'active').executeTakeFirst();
  return row !== undefined;
}

export async function coProposers(db: Db, termId: number, q: string | undefined, exceptPerson: number | null, limit = CO_PROPOSER_LIMIT): Promise<CoProposer[]> {
  let query = db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('groups', 'groups.id', 'memberships.group_id')
    .where('memberships.term_id', '=', termId)
    .where('memberships.status', '=', 'active');
  if (exceptPerson !== null) query = query.where('memberships.person_id', '<>', exceptPerson);
  const match = memberMatches(q);
  if (match) query = query.where(match);
  const rows = await query
    .select(['memberships.id', 'people.name', 'groups.name as group_name'])
    .orderBy((eb) => eb.case().when('groups.sort_order', 'is', null).then(1).else(0).end())
    .orderBy('groups.sort_order')
    .orderBy('memberships.group_id')
    .orderBy('memberships.key')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ membershipId: r.id, name: r.name, group: r.group_name }));
}
