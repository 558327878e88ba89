/**
 * What a secret count does on PostgreSQL once the votes are in (a motion's close, an election
 * round's close). Each row's hidden xmin names the transaction that wrote it, the same as its
 * voter's participation row: the ballots are rewritten by the closing transaction, so every one
 * carries its xmin. Then the table is rewritten in key order (CLUSTER), so the heap no longer
 * shows the order ballots came in. SQLite needs neither: its ballot tables are WITHOUT ROWID,
 * kept in receipt order, with no transaction id on a row.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';

/** Each ballot table: the column naming what it belongs to, and a column to rewrite in place. */
const BALLOT_TABLES = {
  motion_ballots: { owner: 'motion_id', column: 'choice' },
  election_ballots: { owner: 'round_id', column: 'marks' },
} as const;

export async function sealBallots(tx: Transaction<Database>, dialect: Dialect, table: keyof typeof BALLOT_TABLES, ownerId: number): Promise<void> {
  if (dialect !== 'postgres') return;
  const { owner, column } = BALLOT_TABLES[table];
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(column)} where ${sql.ref(owner)} = ${ownerId}`.execute(tx);
  await sql`cluster ${sql.table(table)} using ${sql.raw(`${table}_pkey`)}`.execute(tx);
}
