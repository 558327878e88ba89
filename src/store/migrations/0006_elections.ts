import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { idColumn } from '../dialect.js';

/**
 * Elections by paper ballot: an election (an office's seats at a meeting, with its threshold and
 * margin rule as JSON data), its candidates, its rounds (each with its candidates, its verdict and
 * its announcement once closed) and the counting teams' entries (figures, ballots, batches), which
 * are withdrawn, never deleted. Electronic ballots keep THAT a member voted apart from WHAT:
 * a participation row names the member, a ballot row holds a random receipt and the marks, and
 * neither has a time or a sequence that could pair them (SQLite's ballots table has no rowid).
 */
export function elections(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = idColumn(dialect);
      await db.schema
        .createTable('elections')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id'))
        .addColumn('agenda_item_id', 'integer', (c) => c.references('agenda_items.id'))
        .addColumn('office', 'text', (c) => c.notNull())
        .addColumn('seats', 'integer', (c) => c.notNull())
        .addColumn('threshold', 'text', (c) => c.notNull())
        .addColumn('margin', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('elections_meeting').on('elections').column('meeting_id').execute();

      await db.schema
        .createTable('election_candidates')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('election_id', 'integer', (c) => c.notNull().references('elections.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('membership_id', 'integer', (c) => c.references('memberships.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('election_candidates_election').on('election_candidates').column('election_id').execute();

      await db.schema
        .createTable('election_rounds')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('election_id', 'integer', (c) => c.notNull().references('elections.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('seats', 'integer', (c) => c.notNull())
        .addColumn('candidate_ids', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('verdict', 'text')
        .addColumn('announcement', 'text')
        .addColumn('announcement_en', 'text')
        .addUniqueConstraint('election_rounds_ordinal', ['election_id', 'ordinal'])
        .execute();

      await db.schema
        .createTable('election_entries')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('round_id', 'integer', (c) => c.notNull().references('election_rounds.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('team', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('entered_at', 'text', (c) => c.notNull())
        .addColumn('entered_by', 'text', (c) => c.notNull())
        .addColumn('withdrawn_at', 'text')
        .addColumn('withdrawn_by', 'text')
        .addColumn('withdraw_reason', 'text')
        .execute();
      await db.schema.createIndex('election_entries_round').on('election_entries').column('round_id').execute();

      await db.schema
        .createTable('election_participation')
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('round_id', 'integer', (c) => c.notNull().references('election_rounds.id'))
        .addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
        .addPrimaryKeyConstraint('election_participation_once', ['round_id', 'membership_id'])
        .execute();

      const ballots = db.schema
        .createTable('election_ballots')
        .addColumn('receipt', 'text', (c) => c.primaryKey())
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('round_id', 'integer', (c) => c.notNull().references('election_rounds.id'))
        .addColumn('marks', 'text', (c) => c.notNull());
      await (dialect === 'sqlite' ? ballots.modifyEnd(sql`without rowid`) : ballots).execute();
      await db.schema.createIndex('election_ballots_round').on('election_ballots').column('round_id').execute();
    },
  };
}
