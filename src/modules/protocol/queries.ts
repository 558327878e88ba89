import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A body's rank table, highest office first (ties by title, so the answer is stable). */
export async function listRanks(db: Db, bodyId: number) {
  return db.selectFrom('protocol_ranks').select(['title', 'rank']).where('body_id', '=', bodyId).orderBy('rank').orderBy('title').execute();
}

/** A body's rank table as a lookup from title to rank. */
export async function rankTable(db: Db, bodyId: number): Promise<Map<string, number>> {
  return new Map((await listRanks(db, bodyId)).map((r) => [r.title, r.rank]));
}
