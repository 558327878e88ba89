/**
 * Migrated, empty stores made once per test run, which `describeStores` copies for each test
 * instead of migrating a new store every time (a migration costs about half a second on SQLite
 * and a second on PostgreSQL; a copy a few milliseconds). The templates come from the real
 * migrations of the tree under test, through `openStore`, so a copy is what a fresh store is.
 *
 * - SQLite: a closed store's file; a test's store starts as a copy of it.
 * - PostgreSQL: a database of its own; a test's store is `CREATE DATABASE … TEMPLATE` of it.
 *
 * test/globalSetup.ts makes them and hands their names to the test files (vitest `provide`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, SQLITE_FILE } from './store.js';

/** The schema the PostgreSQL template (and so every copy of it) keeps the tables in. */
export const TEMPLATE_PG_SCHEMA = 'plenum';

export interface StoreTemplates {
  /** A migrated SQLite file, closed. */
  sqliteFile: string;
  /** A migrated PostgreSQL database on the server of `PLENUM_TEST_DATABASE_URL`, when set. */
  pgDatabase?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    storeTemplates: StoreTemplates;
  }
}

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A name no other test run on the same server uses (runs from several trees share it). */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** Makes the templates; the returned function removes them. */
export async function makeStoreTemplates(pgUrl: string | undefined): Promise<{ templates: StoreTemplates; remove: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-template-'));
  // Closing a SQLite store checkpoints its WAL into the file, so the file alone is the store.
  await (await openStore({ dataDir: dir })).close();
  const templates: StoreTemplates = { sqliteFile: path.join(dir, SQLITE_FILE) };
  let pgDatabase: string | undefined;
  if (pgUrl) {
    pgDatabase = uniqueDatabaseName('plenum_template');
    await adminQuery(pgUrl, `create database "${pgDatabase}"`);
    try {
      await (await openStore({ databaseUrl: withDatabase(pgUrl, pgDatabase), pgSchema: TEMPLATE_PG_SCHEMA, poolSize: 1 })).close();
    } catch (error) {
      await adminQuery(pgUrl, `drop database if exists "${pgDatabase}" with (force)`);
      throw error;
    }
    if (!(await untilUnused(pgUrl, pgDatabase))) throw new Error(`Sessions are still open on the template database ${pgDatabase}`);
    templates.pgDatabase = pgDatabase;
  }
  return {
    templates,
    remove: async () => {
      rmSync(dir, { recursive: true, force: true });
      if (pgUrl && pgDatabase) await adminQuery(pgUrl, `drop database if exists "${pgDatabase}" with (force)`);
    },
  };
}

/**
 * Waits until no session is left on `database`, up to five seconds; false if some still are. A
 * closed pool's backends take a moment to end on the server: CREATE DATABASE refuses a template
 * someone is connected to, and a DROP that forces them out makes their clients throw.
 */
export async function untilUnused(url: string, database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [database]);
      if (rows[0]!.n === 0) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  } finally {
    await client.end();
  }
}

/** Statements one by one on a connection of its own (CREATE and DROP DATABASE refuse a transaction). */
export async function adminQuery(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const text of statements) await client.query(text);
  } finally {
    await client.end();
  }
}
