import type { Kysely } from 'kysely';

/**
 * Each body's rank table for protocol order (按职务排序): an office title and its rank, smaller
 * first. Replaced whole by protocol.setRanks; several titles may share a rank.
 */
export const protocolRanks = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('protocol_ranks')
      .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('protocol_ranks_title', ['body_id', 'title'])
      .execute();
  },
};
