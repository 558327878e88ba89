/**
 * Runs a block of store tests against every dialect: SQLite always, PostgreSQL when
 * `PLENUM_TEST_DATABASE_URL` is set (each test gets a schema of its own, dropped afterwards).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe } from 'vitest';
import { openStore, type Store } from './store.js';
import type { Dialect } from './dialect.js';

const PG_URL = process.env.PLENUM_TEST_DATABASE_URL;
let noticePrinted = false;

export interface StoreFactory {
  dialect: Dialect;
  /** A new, migrated, empty store; closed and removed after the test. */
  open(): Promise<Store>;
}

export function describeStores(title: string, body: (stores: StoreFactory) => void): void {
  describe(`${title} [sqlite]`, () => body(factory('sqlite')));
  if (PG_URL) {
    describe(`${title} [postgres]`, () => body(factory('postgres')));
  } else if (!noticePrinted) {
    noticePrinted = true;
    console.log('PostgreSQL store tests skipped: PLENUM_TEST_DATABASE_URL is not set (.ci/run sets it).');
  }
}

function factory(dialect: Dialect): StoreFactory {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  return {
    dialect,
    async open() {
      if (dialect === 'sqlite') {
        const dir = mkdtempSync(path.join(tmpdir(), 'plenum-test-'));
        const store = await openStore({ dataDir: dir });
        cleanups.push(async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        });
        return store;
      }
      const schema = `t_${randomBytes(6).toString('hex')}`;
      let store: Store;
      try {
        store = await withSchemaLock('shared', () => openStore({ databaseUrl: PG_URL!, pgSchema: schema, poolSize: 4 }));
      } catch (error) {
        await dropSchema(schema);
        throw error;
      }
      cleanups.push(async () => {
        await store.close();
        await dropSchema(schema);
      });
      return store;
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  await withSchemaLock('exclusive', async (client) => {
    await client.query(`drop schema if exists "${schema}" cascade`);
  });
}

/**
 * Kysely's migrator looks over the tables of every schema in the database, and fails with
 * "schema ... does not exist" if another test file drops its schema meanwhile. Migrations hold
 * this advisory lock shared, drops hold it exclusive, so the two never overlap. bench/lib.mjs
 * takes the same lock, since benchmarks may share the test database.
 */
const SCHEMA_LOCK = 7_346_201_905;

async function withSchemaLock<T>(mode: 'shared' | 'exclusive', fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(mode === 'shared' ? 'select pg_advisory_lock_shared($1)' : 'select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    return await fn(client);
  } finally {
    // Ending the session releases its advisory locks.
    await client.end();
  }
}
