import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { idColumn } from '../dialect.js';

/**
 * Sittings: a meeting's stages, agenda, presiding roles and non-voting attendees; check-ins and
 * leave; the quorum rule's overrides on a body and on a meeting.
 */
export function sittings(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = idColumn(dialect);

      // A quorum override: base, fraction num/den, inclusive, citation. All null = the kind's rule.
      for (const table of ['bodies', 'meetings'] as const) {
        await db.schema.alterTable(table).addColumn('quorum_base', 'text').execute();
        await db.schema.alterTable(table).addColumn('quorum_num', 'integer').execute();
        await db.schema.alterTable(table).addColumn('quorum_den', 'integer').execute();
        await db.schema.alterTable(table).addColumn('quorum_inclusive', 'integer').execute();
        await db.schema.alterTable(table).addColumn('quorum_fixed', 'integer').execute();
        await db.schema.alterTable(table).addColumn('quorum_citation', 'text').execute();
      }
      // Whether members may check themselves in on the pad.
      await db.schema.alterTable('meetings').addColumn('pad_check_in', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      // Full pinyin initials of the name (王小明 → wxm), for the desk's search.
      await db.schema.alterTable('people').addColumn('initials', 'text').execute();

      await db.schema
        .createTable('stages')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text')
        .addUniqueConstraint('stages_meeting_ordinal', ['meeting_id', 'ordinal'])
        .execute();

      await db.schema
        .createTable('agenda_items')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('stage_id', 'integer', (c) => c.references('stages.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text')
        .addUniqueConstraint('agenda_meeting_ordinal', ['meeting_id', 'ordinal'])
        .execute();

      // presider, executive-chair, standing-chair: members of the body, in protocol order (rank).
      await db.schema
        .createTable('meeting_roles')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('stage_id', 'integer', (c) => c.references('stages.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
        .addColumn('rank', 'integer', (c) => c.notNull())
        .addUniqueConstraint('meeting_roles_once', ['meeting_id', 'role', 'membership_id'])
        .execute();

      // Non-voting attendance (列席 nonvoting, 特邀 invited, 旁听 observer): one person by name,
      // a group, or the members of another body's term; for the whole meeting or one stage.
      await db.schema
        .createTable('attendees')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('stage_id', 'integer', (c) => c.references('stages.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('title', 'text')
        .addColumn('group_id', 'integer', (c) => c.references('groups.id'))
        .addColumn('term_id', 'integer', (c) => c.references('terms.id'))
        .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('attendees_meeting').on('attendees').column('meeting_id').execute();

      // One row per member per meeting once they are checked in or on leave. Undoing a check-in
      // deletes the row (the audit log keeps who, when and why).
      await db.schema
        .createTable('attendance')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addUniqueConstraint('attendance_once', ['meeting_id', 'membership_id'])
        .execute();

      await db.schema
        .createTable('leave_requests')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .execute();
      await db.schema.createIndex('leave_requests_meeting').on('leave_requests').columns(['meeting_id', 'status']).execute();
    },
  };
}
