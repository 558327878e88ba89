import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { idColumn } from '../dialect.js';

/**
 * Motions and their votes. A recorded vote is public: who voted what, and when. A secret vote is
 * kept in two tables that nothing links: `motion_participations` says THAT a member voted,
 * `motion_ballots` WHAT was voted, under a random receipt, with no member, no time and no
 * autoincrement id; on SQLite a WITHOUT ROWID table, so its rows sit in receipt order. Idempotency
 * answers are stored encrypted under a key only the client holds.
 */
export function motions(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = idColumn(dialect);
      await db.schema
        .createTable('motions')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('agenda_item_id', 'integer', (c) => c.references('agenda_items.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        // recorded, secret
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('label_yes', 'text', (c) => c.notNull())
        .addColumn('label_no', 'text', (c) => c.notNull())
        .addColumn('label_abstain', 'text', (c) => c.notNull())
        .addColumn('allow_change', 'integer', (c) => c.notNull())
        // ordinary, constitutional
        .addColumn('motion_class', 'text', (c) => c.notNull())
        .addColumn('threshold_base', 'text', (c) => c.notNull())
        .addColumn('threshold_num', 'integer', (c) => c.notNull())
        .addColumn('threshold_den', 'integer', (c) => c.notNull())
        .addColumn('threshold_inclusive', 'integer', (c) => c.notNull())
        .addColumn('threshold_citation', 'text', (c) => c.notNull())
        // draft, open, closed
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text')
        .addColumn('closed_at', 'text')
        // The result computed at close, as JSON.
        .addColumn('result', 'text')
        .execute();
      await db.schema.createIndex('motions_meeting').on('motions').columns(['meeting_id', 'status']).execute();

      // Recorded votes: one row per member, replaced when a change is allowed.
      await db.schema
        .createTable('motion_votes')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('motion_id', 'integer', (c) => c.notNull().references('motions.id'))
        .addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
        .addColumn('choice', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('changes', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('motion_votes_once', ['motion_id', 'membership_id'])
        .execute();

      // Secret votes, half one: that a member voted. No time.
      await db.schema
        .createTable('motion_participations')
        .addColumn('motion_id', 'integer', (c) => c.notNull().references('motions.id'))
        .addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addUniqueConstraint('motion_participations_once', ['motion_id', 'membership_id'])
        .execute();

      // Secret votes, half two: what was voted, under a random receipt. No member, no time, no id.
      let ballots = db.schema
        .createTable('motion_ballots')
        .addColumn('motion_id', 'integer', (c) => c.notNull().references('motions.id'))
        .addColumn('receipt', 'text', (c) => c.notNull())
        .addColumn('choice', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('motion_ballots_pkey', ['motion_id', 'receipt']);
      if (dialect === 'sqlite') ballots = ballots.modifyEnd(sql`without rowid`);
      await ballots.execute();

      // An answer already given to a request carrying an Idempotency-Key, encrypted under that key.
      let idempotency = db.schema
        .createTable('idempotency')
        // sha256(actor + key): finds the answer, and cannot be turned back into the key.
        .addColumn('lookup', 'text', (c) => c.notNull())
        // base64 of iv (12 bytes), auth tag (16) and the AES-256-GCM ciphertext of {status, body}.
        .addColumn('sealed', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_pkey', ['lookup']);
      if (dialect === 'sqlite') idempotency = idempotency.modifyEnd(sql`without rowid`);
      await idempotency.execute();
    },
  };
}
