/** Reads the open data exports need beyond those of the registry, meetings and voting modules. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../store/schema.js';
import { listMembers } from '../../registry/queries.js';
import type { MemberRow } from '../../registry/presenters.js';
import { MotionKind, MotionStatus } from '../../voting/states.js';

type Db = Kysely<Database> | Transaction<Database>;

const PAGE = 1000;

/** A term's whole roster, in roster order, read a page at a time through the registry's one roster query. */
export async function allMembers(db: Db, termId: number): Promise<MemberRow[]> {
  const rows: MemberRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await listMembers(db, termId, { limit: PAGE, offset });
    rows.push(...page.rows);
    if (page.rows.length < PAGE) return rows;
  }
}

export interface RecordedVote {
  motionId: number;
  membershipId: number;
  personId: number;
  name: string;
  choice: string;
}

/**
 * Who voted what in the CLOSED RECORDED motions among those given (记名表决: public by law), in
 * roster order. The query itself names the kind, so a secret motion's id passed by mistake yields
 * nothing: secret motions keep only participations and unlinked ballots, and neither is read here.
 */
export async function recordedVotes(db: Db, motionIds: number[]): Promise<RecordedVote[]> {
  if (motionIds.length === 0) return [];
  const rows = await db
    .selectFrom('motion_votes')
    .innerJoin('motions', 'motions.id', 'motion_votes.motion_id')
    .innerJoin('memberships', 'memberships.id', 'motion_votes.membership_id')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['motion_votes.motion_id', 'motion_votes.membership_id', 'memberships.person_id', 'people.name', 'motion_votes.choice'])
    .where('motions.kind', '=', MotionKind.Recorded)
    .where('motions.status', '=', MotionStatus.Closed)
    .where('motion_votes.motion_id', 'in', motionIds)
    .orderBy('motion_votes.motion_id')
    .orderBy('memberships.key')
    .execute();
  return rows.map((r) => ({ motionId: r.motion_id, membershipId: r.membership_id, personId: r.person_id, name: r.name, choice: r.choice }));
}
