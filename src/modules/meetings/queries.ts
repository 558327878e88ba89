import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { errors } from '../../server/errors.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function getMeeting(db: Db, id: number) {
  const row = await db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound('meeting', id);
  return row;
}

/** The ordinal a new meeting of the session takes when none is given: one past the highest. */
export async function nextMeetingOrdinal(db: Db, sessionId: number): Promise<number> {
  const row = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.max<number | null>('ordinal').as('top'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(row?.top ?? 0) + 1;
}

export async function getMeetingByOrdinal(db: Db, sessionId: number, ordinal: number) {
  return db.selectFrom('meetings').selectAll().where('session_id', '=', sessionId).where('ordinal', '=', ordinal).executeTakeFirst();
}
