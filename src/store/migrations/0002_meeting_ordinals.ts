import type { Kysely } from 'kysely';

/** A session's meetings are numbered once each: two staff creating meetings at once cannot share an ordinal. */
export const meetingOrdinals = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('meetings_session').execute();
    await db.schema.createIndex('meetings_session_ordinal').on('meetings').columns(['session_id', 'ordinal']).unique().execute();
  },
};
