import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Dialect } from '../../store/dialect.js';
import { prepared } from '../../store/prepared.js';
import { canonicalJson, entryHash, sha256 } from './chain.js';

type Entry = Required<Insertable<Database['audit_log']>>;

// Every write appends one: compiled once. Columns are named one by one, as `prepared` needs.
const insertEntry = prepared((db, p: Entry) =>
  db.insertInto('audit_log').values({
    seq: p.seq,
    at: p.at,
    operation: p.operation,
    actor: p.actor,
    body_id: p.body_id,
    payload_digest: p.payload_digest,
    prev_hash: p.prev_hash,
    payload: p.payload,
    hash: p.hash,
  }),
);

export interface AuditRecord {
  operation: string;
  actor: string;
  bodyId: number | null;
  payload: unknown;
}

/**
 * The chain's head as one transaction extends it. The head row is read (and on PostgreSQL locked
 * FOR UPDATE; SQLite has one writer at a time) once, so concurrent writers extend the chain one
 * after another and it never forks; entries then follow from memory, and `flush` writes the new
 * head once before commit. A group of queued writes thus costs one insert per entry, not three
 * statements.
 */
export class AuditCursor {
  readonly #tx: Transaction<Database>;
  readonly #dialect: Dialect;
  #head: { seq: number; hash: string } | null = null;
  #dirty = false;

  constructor(tx: Transaction<Database>, dialect: Dialect) {
    this.#tx = tx;
    this.#dialect = dialect;
  }

  /**
   * Appends one entry. `tx` is the transaction or a savepoint inside it: the cursor advances only
   * once the insert succeeded, so an entry whose savepoint rolls back never reached the chain.
   */
  async append(tx: Transaction<Database>, record: AuditRecord, at: Date): Promise<number> {
    if (!this.#head) {
      let q = this.#tx.selectFrom('audit_head').select(['seq', 'hash']).where('chain', '=', 'main');
      if (this.#dialect === 'postgres') q = q.forUpdate();
      this.#head = await q.executeTakeFirstOrThrow();
    }
    const payload = canonicalJson(record.payload);
    const fields = {
      seq: this.#head.seq + 1,
      at: at.toISOString(),
      operation: record.operation,
      actor: record.actor,
      body_id: record.bodyId,
      payload_digest: sha256(payload),
      prev_hash: this.#head.hash,
    };
    const hash = entryHash(fields);
    await insertEntry.run(tx, this.#dialect, { ...fields, payload, hash });
    this.#head = { seq: fields.seq, hash };
    this.#dirty = true;
    return fields.seq;
  }

  /** Writes the head the entries reached; call once, just before commit. */
  async flush(): Promise<void> {
    if (!this.#dirty || !this.#head) return;
    await this.#tx.updateTable('audit_head').set(this.#head).where('chain', '=', 'main').execute();
    this.#dirty = false;
  }
}
