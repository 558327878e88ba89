import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { idColumn } from '../dialect.js';

/**
 * Seating: a body's hall layouts (blocks of rows of seats with aisles between, as JSON, since a
 * layout is read and written whole) and, per meeting, which layout seats it and which seats are
 * reserved. The assignment itself is not stored: it follows from the roster at the time it is
 * drawn, so a member who joins or leaves is seated or not on the next print.
 */
export function seating(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = idColumn(dialect);
      await db.schema
        .createTable('hall_layouts')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('layout', 'text', (c) => c.notNull())
        .addColumn('seats', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('hall_layouts_name', ['body_id', 'name'])
        .execute();
      await db.schema
        .createTable('hall_assignments')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().unique().references('meetings.id'))
        .addColumn('layout_id', 'integer', (c) => c.notNull().references('hall_layouts.id'))
        .addColumn('reserved', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
