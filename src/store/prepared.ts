/**
 * Queries compiled once. Kysely builds and compiles every query afresh, which on the hot paths
 * (a check-in, a vote) costs more than SQLite takes to run them. A prepared query is built once
 * per dialect with named placeholders for its parameters; each run only fills the placeholders
 * into the compiled parameter list and executes the same SQL text (whose SQLite statement the
 * store keeps prepared).
 *
 *   const byKey = prepared((db, p: { termId: number; key: string }) =>
 *     db.selectFrom('memberships').select('id').where('term_id', '=', p.termId).where('key', '=', p.key));
 *   const rows = await byKey.rows(tx, dialect, { termId: 3, key: 'A001' });
 *
 * A placeholder may stand only where Kysely makes a parameter of a value (comparisons, inserted
 * and updated values): not in `in (...)` lists, limits the dialect inlines, or the query's shape.
 * Build a second prepared query for a second shape. The parameters object is a stand-in that
 * answers any name, so name each inserted or updated column (`values({ a: p.a })`), never
 * `values(p)`.
 */
import { CompiledQuery, type Compilable, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Dialect } from './dialect.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Stands for a named parameter while the query is built; never reaches the database. */
class Placeholder {
  constructor(readonly name: string) {}
}

/** Each compiled parameter: a constant of the query's text, or the name of a parameter. */
type Slot = { constant: unknown } | { name: string };

interface Template {
  sql: string;
  slots: Slot[];
}

export interface Prepared<P, O> {
  /** Every row the query returns. */
  rows(db: Db, dialect: Dialect, params: P): Promise<O[]>;
  /** The first row, or undefined. */
  first(db: Db, dialect: Dialect, params: P): Promise<O | undefined>;
  /** Runs a statement that returns nothing (an insert, an update). */
  run(db: Db, dialect: Dialect, params: P): Promise<void>;
}

export function prepared<P extends object, O>(build: (db: Db, params: P) => Compilable<O>): Prepared<P, O> {
  const templates = new Map<Dialect, Template>();
  const templateOf = (db: Db, dialect: Dialect): Template => {
    let template = templates.get(dialect);
    if (!template) {
      const names = new Proxy({} as P, { get: (_target, key) => new Placeholder(String(key)) });
      const compiled = build(db, names).compile();
      const slots = compiled.parameters.map((v): Slot => (v instanceof Placeholder ? { name: v.name } : { constant: v }));
      template = { sql: compiled.sql, slots };
      templates.set(dialect, template);
    }
    return template;
  };
  const execute = (db: Db, dialect: Dialect, params: P) => {
    const t = templateOf(db, dialect);
    const values = t.slots.map((slot) => ('name' in slot ? (params as Record<string, unknown>)[slot.name] : slot.constant));
    return db.executeQuery<O>(CompiledQuery.raw(t.sql, values));
  };
  return {
    rows: async (db, dialect, params) => (await execute(db, dialect, params)).rows,
    first: async (db, dialect, params) => (await execute(db, dialect, params)).rows[0],
    run: async (db, dialect, params) => {
      await execute(db, dialect, params);
    },
  };
}
