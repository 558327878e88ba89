/**
 * Rows a transaction inserts together at its end, in a random order: what a secret ballot needs,
 * so that neither an autoincrement id nor the physical order of rows tells whose ballot came when.
 * Operations hand rows over while they run (`add`); the caller keeps them once the operation's
 * savepoint is released (`keep`), or drops them when it rolled back (`drop`), and inserts the kept
 * rows shuffled just before the commit (`flush`).
 */
import { randomInt } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Table = keyof Database & string;

/** Rows per insert statement: well under SQLite's limit of bound parameters. */
const ROWS_PER_INSERT = 200;

/** Shuffles in place with Fisher–Yates and a cryptographic random source. */
export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export class RowBatches {
  readonly #tx: Transaction<Database>;
  /** Rows of the operation running now, not yet kept. */
  #current: Array<{ table: Table; row: object }> = [];
  readonly #kept = new Map<Table, object[]>();

  constructor(tx: Transaction<Database>) {
    this.#tx = tx;
  }

  add<T extends Table>(table: T, row: Insertable<Database[T]>): void {
    this.#current.push({ table, row: row as object });
  }

  /** The running operation succeeded: its rows will be inserted. */
  keep(): void {
    for (const { table, row } of this.#current) {
      const rows = this.#kept.get(table) ?? [];
      rows.push(row);
      this.#kept.set(table, rows);
    }
    this.#current = [];
  }

  /** The running operation failed: its rows are forgotten. */
  drop(): void {
    this.#current = [];
  }

  /** Kept rows per table, for tests. */
  pending(table: Table): number {
    return this.#kept.get(table)?.length ?? 0;
  }

  /** Inserts every kept row, each table's rows in a fresh random order. */
  async flush(): Promise<void> {
    this.#current = [];
    for (const [table, rows] of this.#kept) {
      shuffle(rows);
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the rows were typed by `add`
        await this.#tx.insertInto(table).values(rows.slice(i, i + ROWS_PER_INSERT) as any).execute();
      }
    }
    this.#kept.clear();
  }
}
