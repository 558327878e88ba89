/** What a document is about (a meeting or a session) and the name of its file. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { getBody, getSession, getTerm, listMeetings } from '../registry/queries.js';
import { presentSession } from '../registry/presenters.js';
import { getMeeting } from '../meetings/queries.js';

type Db = Kysely<Database> | Transaction<Database>;

export const Scopes = ['meeting', 'session'] as const;
export type Scope = (typeof Scopes)[number];

/** The session's short name: 十六届人大三次会议. */
async function sessionShortName(db: Db, sessionId: number): Promise<string> {
  const session = await getSession(db, sessionId);
  return presentSession(session, await getTerm(db, session.term_id), await getBody(db, session.body_id)).shortName;
}

/**
 * The stem of a document's file name: 十六届人大三次会议闭幕会 (a meeting) or 十六届人大三次会议 (a
 * session). Throws `meeting_not_found` / `session_not_found`.
 */
export async function subjectName(db: Db, scope: Scope, id: number): Promise<string> {
  if (scope === 'meeting') {
    const meeting = await getMeeting(db, id);
    return `${await sessionShortName(db, meeting.session_id)}${meeting.title}`;
  }
  return sessionShortName(db, id);
}

/** The session's meetings in order, for session documents. */
export async function sessionMeetingIds(db: Db, sessionId: number): Promise<number[]> {
  await getSession(db, sessionId);
  return (await listMeetings(db, sessionId)).map((m) => m.id);
}
