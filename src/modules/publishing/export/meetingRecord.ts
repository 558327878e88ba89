/**
 * What a sitting's Akoma Ntoso record is made of, read through the registry, meetings, attendance
 * and voting modules' own queries: the meeting and its session, its agenda and presiding roles,
 * its figures (`meetingCounts`, the same the board and the presiding script read), its motions and
 * the votes of its closed recorded motions.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Body, Database, Meeting, Session, Term } from '../../../store/schema.js';
import { getBody, getSession, getTerm } from '../../registry/queries.js';
import { getMeeting, listAgenda, listPresiding, type PresidingRow } from '../../meetings/queries.js';
import { meetingCounts, type MeetingCounts } from '../../attendance/counts.js';
import { listMotions, type Motion } from '../../voting/queries.js';
import { recordedVotes, type RecordedVote } from './queries.js';
import { recordedClosed } from './sessionRecord.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface MeetingRecord {
  body: Body;
  term: Term;
  session: Session;
  meeting: Meeting;
  agenda: Awaited<ReturnType<typeof listAgenda>>;
  presiding: PresidingRow[];
  counts: MeetingCounts;
  motions: Motion[];
  /** Votes of the closed recorded motions only. */
  votes: RecordedVote[];
}

export async function meetingRecord(db: Db, meetingId: number, now: Date): Promise<MeetingRecord> {
  const meeting = await getMeeting(db, meetingId);
  const session = await getSession(db, meeting.session_id);
  const motions = await listMotions(db, meetingId);
  return {
    body: await getBody(db, meeting.body_id),
    term: await getTerm(db, session.term_id),
    session,
    meeting,
    agenda: await listAgenda(db, meetingId),
    presiding: await listPresiding(db, meetingId),
    counts: await meetingCounts(db, meetingId, null, now),
    motions,
    votes: await recordedVotes(db, recordedClosed(motions)),
  };
}
