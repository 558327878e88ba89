import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { idColumn } from '../dialect.js';

/**
 * Who sits on a meeting's rostrum (主席台就座), row by row from the front, each row in protocol
 * order: a member of any body by membership, or a leader named with their title (a party
 * secretary, a government head who holds no seat in the body). Replaced whole by
 * meetings.setRostrum. And the text of a resolution (决议 text) that a motion adopts, one per
 * motion, set by publishing.setResolutionText.
 */
export function rostrum(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = idColumn(dialect);
      await db.schema
        .createTable('rostrum_seats')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('row', 'integer', (c) => c.notNull())
        .addColumn('place', 'integer', (c) => c.notNull())
        .addColumn('membership_id', 'integer', (c) => c.references('memberships.id'))
        .addColumn('name', 'text')
        .addColumn('title', 'text')
        .addUniqueConstraint('rostrum_seats_place', ['meeting_id', 'row', 'place'])
        .execute();
      await db.schema
        .createTable('resolution_texts')
        .addColumn('motion_id', 'integer', (c) => c.primaryKey().references('motions.id'))
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
