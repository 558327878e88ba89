/** The read behind a session's documents: each of its meetings' facts, in order, and the collection's title. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { SittingFacts } from './facts.js';
import { gatherSitting } from './gather.js';
import { sessionMeetingIds } from './subjects.js';
import { getBody, getSession, getTerm } from '../registry/queries.js';
import { presentSession } from '../registry/presenters.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The sittings of a session and the title of its collected resolutions: 云州市第十六届人民代表大会第三次会议\n决议. */
export async function gatherSession(db: Db, sessionId: number, now: Date): Promise<[SittingFacts[], string]> {
  const session = await getSession(db, sessionId);
  const name = presentSession(session, await getTerm(db, session.term_id), await getBody(db, session.body_id)).name;
  const sittings: SittingFacts[] = [];
  for (const id of await sessionMeetingIds(db, sessionId)) sittings.push(await gatherSitting(db, id, now));
  return [sittings, `${name}\n决议`];
}
