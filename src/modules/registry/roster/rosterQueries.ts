/** Reads of a term's roster with everything a member's line shows, for saving and for export. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../store/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** One member of a term, person and membership together. */
export interface StoredMember {
  membershipId: number;
  personId: number;
  key: string;
  name: string;
  gender: string | null;
  ethnicity: string | null;
  birth: string | null;
  phone: string | null;
  idNumber: string | null;
  groupId: number | null;
  groupName: string | null;
  groupSortOrder: number | null;
  title: string | null;
  role: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
}

/** A term's members, in one query: all of them, or those with the given keys. */
export async function loadMembers(db: Db, termId: number, keys?: readonly string[]): Promise<StoredMember[]> {
  let q = db
    .selectFrom('memberships as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('groups as g', 'g.id', 'm.group_id')
    .select([
      'm.id as membershipId',
      'm.person_id as personId',
      'm.key',
      'p.name',
      'p.gender',
      'p.ethnicity',
      'p.birth',
      'p.phone',
      'p.id_number as idNumber',
      'm.group_id as groupId',
      'g.name as groupName',
      'g.sort_order as groupSortOrder',
      'm.title',
      'm.role',
      'm.status',
      'm.start_date as startDate',
      'm.end_date as endDate',
    ])
    .where('m.term_id', '=', termId);
  if (keys) q = q.where('m.key', 'in', keys.length ? [...keys] : ['']);
  return q.execute();
}

/** Roster key order: numbers inside keys compare as numbers, so 2 comes before 10. */
export const compareKeys = new Intl.Collator('en', { numeric: true }).compare;

/** The printed order of a roster: group by group (in the groups' order), then by key; members without a group last. */
export function rosterOrder(a: StoredMember, b: StoredMember): number {
  if (a.groupId !== b.groupId) {
    if (a.groupId === null) return 1;
    if (b.groupId === null) return -1;
    return (a.groupSortOrder ?? 0) - (b.groupSortOrder ?? 0) || a.groupId - b.groupId;
  }
  return compareKeys(a.key, b.key);
}
