/**
 * The store: one Kysely instance over SQLite (embedded, the default) or PostgreSQL (set
 * `PLENUM_DATABASE_URL`). Migrations run on open, so a store is always at the latest schema.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';
import type { Dialect } from './dialect.js';
import { migrations } from './migrations/index.js';

// COUNT(*) and SUM() come back from PostgreSQL as int8 strings; every figure we keep fits a double.
pg.types.setTypeParser(20, (v) => Number(v));

export interface StoreOptions {
  /** A PostgreSQL connection string; without it the store is SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Folder for the SQLite file (created if missing). */
  dataDir?: string;
  /** PostgreSQL schema to use instead of `public` (tests give each file its own). */
  pgSchema?: string;
  /** Largest PostgreSQL connection pool. */
  poolSize?: number;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The SQLite file, when the store is SQLite. */
  readonly file?: string;
  /** The SQLite handle, for what Kysely does not do (online backup). */
  readonly sqlite?: SQLite.Database;
  /** Name of the last migration applied. */
  schemaVersion(): Promise<string>;
  close(): Promise<void>;
}

export const SQLITE_FILE = 'plenum.sqlite';

export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const store = options.databaseUrl ? openPostgres(options.databaseUrl, options) : openSqlite(options.dataDir ?? 'data');
  try {
    await migrate(store.db, store.dialect, options.pgSchema);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = path.resolve(dataDir, SQLITE_FILE);
  const database = new SQLite(file);
  // WAL lets readers go on while a write commits; FULL syncs the WAL on every commit, so an
  // acknowledged write survives power loss, not only a crash of the process.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return {
    db,
    dialect: 'sqlite',
    file,
    sqlite: database,
    schemaVersion: () => schemaVersion(db),
    close: () => db.destroy(),
  };
}

/** Most prepared statements kept per SQLite connection. */
const STATEMENT_CACHE = 500;

/**
 * Kysely prepares every query afresh; preparing costs as much as running a small one. Hot paths
 * (check-ins, votes, the audit append) repeat the same few SQL texts, so keep their prepared
 * statements, least recently used dropped first. Statements are only run to completion (all/run),
 * never left half-iterated, so one statement can serve every call.
 */
function withStatementCache(database: SQLite.Database): { close(): void; prepare(sql: string): SQLite.Statement } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement) {
        cache.delete(text);
      } else {
        statement = database.prepare(text);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      }
      cache.set(text, statement);
      return statement;
    },
  };
}

function openPostgres(url: string, options: StoreOptions): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A schema of its own is how tests and benchmarks share one database. Parallel workers are
    // off there: a worker re-resolves the catalog and has failed with "schema does not exist"
    // while another test dropped its own schema at that moment.
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema} -c max_parallel_workers_per_gather=0` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    schemaVersion: () => schemaVersion(db, options.pgSchema),
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<Database>, dialect: Dialect, pgSchema?: string): Promise<void> {
  if (dialect === 'postgres' && pgSchema) {
    await sql`create schema if not exists ${sql.id(pgSchema)}`.execute(db);
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
    ...(dialect === 'postgres' ? { migrationTableSchema: pgSchema ?? 'public' } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function schemaVersion(db: Kysely<Database>, pgSchema?: string): Promise<string> {
  const table = pgSchema ? sql.id(pgSchema, 'kysely_migration') : sql.id('kysely_migration');
  const row = await sql<{ name: string }>`select name from ${table} order by name desc limit 1`.execute(db);
  return row.rows[0]?.name ?? 'none';
}
