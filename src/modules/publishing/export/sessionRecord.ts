/**
 * What a session's Popolo export is made of, read through the registry, meetings and voting
 * modules' own queries: the body, the term and its roster, the groups, the session's meetings with
 * their presiding roles and motions, and the votes of its closed recorded motions.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Body, Database, Group, Meeting, Session, Term } from '../../../store/schema.js';
import { getBody, getSession, getTerm, listGroups, listMeetings } from '../../registry/queries.js';
import type { MemberRow } from '../../registry/presenters.js';
import { listPresiding, type PresidingRow } from '../../meetings/queries.js';
import { listMotions, type Motion } from '../../voting/queries.js';
import { MotionKind, MotionStatus } from '../../voting/states.js';
import { allMembers, recordedVotes, type RecordedVote } from './queries.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface SittingRecord {
  meeting: Meeting;
  presiding: PresidingRow[];
  motions: Motion[];
}

export interface SessionRecord {
  body: Body;
  term: Term;
  session: Session;
  groups: Group[];
  members: MemberRow[];
  meetings: SittingRecord[];
  /** Votes of the closed recorded motions only. */
  votes: RecordedVote[];
}

/** The closed recorded motions among these: the only ones whose votes name their voters. */
export function recordedClosed(motions: Motion[]): number[] {
  return motions.filter((m) => m.kind === MotionKind.Recorded && m.status === MotionStatus.Closed).map((m) => m.id);
}

export async function sessionRecord(db: Db, sessionId: number): Promise<SessionRecord> {
  const session = await getSession(db, sessionId);
  const term = await getTerm(db, session.term_id);
  const body = await getBody(db, session.body_id);
  const meetings: SittingRecord[] = [];
  for (const meeting of await listMeetings(db, sessionId)) {
    meetings.push({ meeting, presiding: await listPresiding(db, meeting.id), motions: await listMotions(db, meeting.id) });
  }
  return {
    body,
    term,
    session,
    groups: await listGroups(db, body.id),
    members: await allMembers(db, term.id),
    meetings,
    votes: await recordedVotes(db, recordedClosed(meetings.flatMap((m) => m.motions))),
  };
}
