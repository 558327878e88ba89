import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { idColumn } from '../dialect.js';

/**
 * Proposals (提案), bills (议案) and suggestions (建议): their signers, review, assignment to
 * handling units, replies and evaluations, and each body's proposal settings (categories, the
 * joint-signature minimum of a bill). Full-text search over title and body in Chinese: on SQLite an
 * FTS5 table with the trigram tokenizer kept in step by triggers; on PostgreSQL trigram GIN indexes
 * (pg_trgm, installed once in `public`, since each test schema is dropped with what it holds) that
 * serve ILIKE.
 */
export function proposals(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = idColumn(dialect);
      await db.schema
        .createTable('proposal_settings')
        .addColumn('body_id', 'integer', (c) => c.primaryKey().references('bodies.id'))
        // JSON array of category names, in order.
        .addColumn('categories', 'text', (c) => c.notNull())
        .addColumn('bill_min_signers', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('handling_units')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('account_id', 'integer', (c) => c.unique().references('accounts.id'))
        .addUniqueConstraint('handling_units_name', ['body_id', 'name'])
        .execute();
      await db.schema
        .createTable('proposals')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('session_id', 'integer', (c) => c.notNull().references('sessions.id'))
        // proposal, bill, suggestion; numbered per session and kind
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        // member, joint, group, organisation, committee
        .addColumn('source_kind', 'text', (c) => c.notNull())
        .addColumn('group_id', 'integer', (c) => c.references('groups.id'))
        .addColumn('source_name', 'text')
        // JSON array of {name, text}
        .addColumn('attachments', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('review_outcome', 'text')
        .addColumn('review_reason', 'text')
        .addColumn('review_note', 'text')
        .addColumn('merged_into_id', 'integer', (c) => c.references('proposals.id'))
        .addColumn('reviewed_by', 'text')
        .addColumn('reviewed_at', 'text')
        .addColumn('decision_note', 'text')
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('submitted_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('proposals_number', ['session_id', 'kind', 'number'])
        .execute();
      await db.schema.createIndex('proposals_session_status').on('proposals').columns(['session_id', 'status']).execute();
      await db.schema
        .createTable('proposal_signers')
        .addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('membership_id', 'integer', (c) => c.notNull().references('memberships.id'))
        .addPrimaryKeyConstraint('proposal_signers_pk', ['proposal_id', 'ordinal'])
        .addUniqueConstraint('proposal_signers_once', ['proposal_id', 'membership_id'])
        .execute();
      await db.schema.createIndex('proposal_signers_membership').on('proposal_signers').column('membership_id').execute();
      await db.schema
        .createTable('proposal_assignments')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('handling_units.id'))
        // lead (主办), co (会办)
        .addColumn('role', 'text', (c) => c.notNull())
        // 1, then one more for each re-handling
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('deadline', 'text', (c) => c.notNull())
        .addColumn('complex', 'integer', (c) => c.notNull())
        // open, replied, superseded
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addColumn('assigned_by', 'text', (c) => c.notNull())
        .addColumn('reply', 'text')
        .addColumn('replied_at', 'text')
        .addColumn('replied_by', 'text')
        .execute();
      await db.schema.createIndex('proposal_assignments_proposal').on('proposal_assignments').column('proposal_id').execute();
      await db.schema.createIndex('proposal_assignments_unit').on('proposal_assignments').columns(['unit_id', 'state']).execute();
      await db.schema
        .createTable('proposal_evaluations')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id'))
        .addColumn('round', 'integer', (c) => c.notNull())
        // satisfied, basically-satisfied, not-satisfied
        .addColumn('rating', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('rehandle', 'integer', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by', 'text', (c) => c.notNull())
        .addUniqueConstraint('proposal_evaluations_once', ['proposal_id', 'round'])
        .execute();

      if (dialect === 'sqlite') {
        // Trigram: any substring of three or more characters matches, which suits Chinese without a word list.
        await sql`create virtual table proposals_fts using fts5(title, body, content='proposals', content_rowid='id', tokenize='trigram')`.execute(db);
        await sql`create trigger proposals_fts_insert after insert on proposals begin
          insert into proposals_fts(rowid, title, body) values (new.id, new.title, new.body);
        end`.execute(db);
        await sql`create trigger proposals_fts_delete after delete on proposals begin
          insert into proposals_fts(proposals_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
        end`.execute(db);
        await sql`create trigger proposals_fts_update after update of title, body on proposals begin
          insert into proposals_fts(proposals_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
          insert into proposals_fts(rowid, title, body) values (new.id, new.title, new.body);
        end`.execute(db);
      } else {
        // Several migrations may run at once (one schema per test): one creates the extension.
        await sql`select pg_advisory_xact_lock(7346201906)`.execute(db);
        await sql`create extension if not exists pg_trgm with schema public`.execute(db);
        await sql`create index proposals_title_trgm on proposals using gin (title public.gin_trgm_ops)`.execute(db);
        await sql`create index proposals_body_trgm on proposals using gin (body public.gin_trgm_ops)`.execute(db);
      }
    },
  };
}
