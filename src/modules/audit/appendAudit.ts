import type { Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import { canonicalJson, entryHash, sha256 } from './chain.js';

export interface AuditRecord {
  operation: string;
  actor: string;
  bodyId: number | null;
  payload: unknown;
}

/**
 * Appends one entry to the chain inside the caller's transaction. The head row is locked
 * (FOR UPDATE on PostgreSQL; SQLite has one writer at a time), so concurrent writers extend the
 * chain one after another and it never forks.
 */
export async function appendAudit(
  tx: Transaction<Database>,
  dialect: Dialect,
  record: AuditRecord,
  at = new Date(),
): Promise<number> {
  let headQuery = tx.selectFrom('audit_head').select(['seq', 'hash']).where('chain', '=', 'main');
  if (dialect === 'postgres') headQuery = headQuery.forUpdate();
  const head = await headQuery.executeTakeFirstOrThrow();
  const payload = canonicalJson(record.payload);
  const fields = {
    seq: head.seq + 1,
    at: at.toISOString(),
    operation: record.operation,
    actor: record.actor,
    body_id: record.bodyId,
    payload_digest: sha256(payload),
    prev_hash: head.hash,
  };
  const hash = entryHash(fields);
  await tx.insertInto('audit_log').values({ ...fields, payload, hash }).execute();
  await tx.updateTable('audit_head').set({ seq: fields.seq, hash }).where('chain', '=', 'main').execute();
  return fields.seq;
}

