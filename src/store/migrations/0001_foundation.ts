import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';
import { idColumn } from '../dialect.js';
import { GENESIS_HASH } from '../../modules/audit/chain.js';

/** Bodies, terms, sessions, the meeting skeleton, the roster, accounts and the audit chain. */
export function foundation(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = idColumn(dialect);
      await db.schema
        .createTable('bodies')
        .addColumn('id', id.type, id.build)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('region_en', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('terms')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addUniqueConstraint('terms_body_ordinal', ['body_id', 'ordinal'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('term_id', 'integer', (c) => c.notNull().references('terms.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addUniqueConstraint('sessions_term_ordinal', ['term_id', 'ordinal'])
        .execute();

      await db.schema
        .createTable('meetings')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('session_id', 'integer', (c) => c.notNull().references('sessions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text')
        .addColumn('venue', 'text')
        .execute();
      await db.schema.createIndex('meetings_session').on('meetings').columns(['session_id', 'ordinal']).execute();

      await db.schema
        .createTable('groups')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('groups_body_name', ['body_id', 'name'])
        .execute();

      await db.schema
        .createTable('people')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('gender', 'text')
        .addColumn('ethnicity', 'text')
        .addColumn('birth', 'text')
        .addColumn('phone', 'text')
        .addColumn('id_number', 'text')
        .execute();

      await db.schema
        .createTable('memberships')
        .addColumn('id', id.type, id.build)
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('term_id', 'integer', (c) => c.notNull().references('terms.id'))
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('group_id', 'integer', (c) => c.references('groups.id'))
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addUniqueConstraint('memberships_term_key', ['term_id', 'key'])
        .execute();
      await db.schema.createIndex('memberships_person').on('memberships').column('person_id').execute();
      await db.schema.createIndex('memberships_group').on('memberships').column('group_id').execute();

      await db.schema
        .createTable('accounts')
        .addColumn('id', id.type, id.build)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('body_id', 'integer', (c) => c.references('bodies.id'))
        .addColumn('person_id', 'integer', (c) => c.references('people.id'))
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('tokens')
        .addColumn('id', id.type, id.build)
        .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('tokens_account').on('tokens').column('account_id').execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('seq', id.type, id.build)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('body_id', 'integer')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('payload_digest', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_head')
        .addColumn('chain', 'text', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      // The head row exists from the start, so concurrent writers lock it instead of racing to create it.
      await db
        .insertInto('audit_head' as never)
        .values({ chain: 'main', seq: 0, hash: GENESIS_HASH } as never)
        .execute();
    },
  };
}
