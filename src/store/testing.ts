/**
 * Runs a block of store tests against every dialect: SQLite always, PostgreSQL when
 * `PLENUM_TEST_DATABASE_URL` is set. Each test gets a store of its own, migrated and empty,
 * removed after the test: a copy of the run's migrated template (see testTemplates.ts), opened
 * through `openStore` like any store (its migrations find nothing left to do).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, inject } from 'vitest';
import { openStore, SQLITE_FILE, type Store, type StoreOptions } from './store.js';
import type { Dialect } from './dialect.js';
import { adminQuery, TEMPLATE_PG_SCHEMA, uniqueDatabaseName, untilUnused, withDatabase } from './testTemplates.js';

const PG_URL = process.env.PLENUM_TEST_DATABASE_URL;
let noticePrinted = false;

export interface StoreFactory {
  dialect: Dialect;
  /** A new, migrated, empty store; closed and removed after the test. */
  open(): Promise<Store>;
  /** What opens `store` (one `open` gave) again, from another connection or process. */
  reopenOptions(store: Store): StoreOptions;
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
  const reopen = new WeakMap<Store, StoreOptions>();
  // A dropped database is gone for every test at once; the drop itself (a few hundred
  // milliseconds on the server) need not hold up the next test, so it finishes by the file's end.
  const drops: Array<Promise<void>> = [];
  const dropErrors: unknown[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });
  afterAll(async () => {
    await Promise.all(drops.splice(0));
    if (dropErrors.length > 0) throw dropErrors[0];
  });
  return {
    dialect,
    reopenOptions(store) {
      const options = reopen.get(store);
      if (!options) throw new Error('reopenOptions takes a store this factory opened');
      return options;
    },
    async open() {
      const templates = inject('storeTemplates');
      if (dialect === 'sqlite') {
        const dir = mkdtempSync(path.join(tmpdir(), 'plenum-test-'));
        copyFileSync(templates.sqliteFile, path.join(dir, SQLITE_FILE));
        const options = { dataDir: dir };
        const store = await openStore(options);
        reopen.set(store, options);
        cleanups.push(async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        });
        return store;
      }
      if (!templates.pgDatabase) throw new Error('No PostgreSQL template: test/globalSetup.ts makes it when PLENUM_TEST_DATABASE_URL is set');
      const database = uniqueDatabaseName('plenum_test');
      // Forcing the drop only when the store's own sessions have not ended by themselves: a
      // session forced out makes its client throw, outside any test.
      const drop = async () => {
        await untilUnused(PG_URL!, database);
        await adminQuery(PG_URL!, `drop database if exists "${database}" with (force)`);
      };
      // A test database need not outlive a crash of the server: commits skip waiting for the
      // WAL's fsync (tests make thousands of them). Still one transaction, locks, constraints.
      await adminQuery(
        PG_URL!,
        `create database "${database}" template "${templates.pgDatabase}"`,
        `alter database "${database}" set synchronous_commit = off`,
      );
      const options = { databaseUrl: withDatabase(PG_URL!, database), pgSchema: TEMPLATE_PG_SCHEMA };
      let store: Store;
      try {
        store = await openStore({ ...options, poolSize: 4 });
      } catch (error) {
        await drop();
        throw error;
      }
      reopen.set(store, options);
      cleanups.push(async () => {
        await store.close();
        drops.push(drop().catch((error: unknown) => void dropErrors.push(error)));
      });
      return store;
    },
  };
}
