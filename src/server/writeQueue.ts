/**
 * Group commit for high-rate writes (votes, check-ins). Callers submit operations one by one;
 * the queue runs whatever has gathered in one transaction, each operation inside its own
 * savepoint so one refused write does not undo the others, and answers every caller only after
 * the commit is durable (SQLite synchronous=FULL; PostgreSQL synchronous_commit). One fsync then
 * covers a whole group instead of one write. A group starts after the event loop's I/O phase, so
 * every request read in that turn joins it; its operations share one audit head read and write
 * and their memoised reads (`WriteContext.once`).
 */
import type { Static, TSchema } from 'typebox';
import type { ControlledTransaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { type Actor, type Operation, type Runtime, apply, authorize, publish, transactionScope, validate } from './operation.js';

interface Pending {
  op: Operation<TSchema, unknown>;
  input: unknown;
  actor: Actor;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface WriteQueueOptions {
  /** Most operations committed together. */
  maxBatch?: number;
}

export class WriteQueue {
  readonly #runtime: Runtime;
  readonly #maxBatch: number;
  #pending: Pending[] = [];
  #running = false;
  #scheduled = false;
  /** Groups committed so far, for benchmarks and tests. */
  batches = 0;

  constructor(runtime: Runtime, options: WriteQueueOptions = {}) {
    this.#runtime = runtime;
    this.#maxBatch = options.maxBatch ?? 256;
  }

  /** Validates and authorises at once; resolves with the result once its group has committed. */
  submit<S extends TSchema, R>(op: Operation<S, R>, rawInput: unknown, actor: Actor): Promise<R> {
    const input = validate(op.input, rawInput);
    authorize(actor, op.permission);
    return new Promise<R>((resolve, reject) => {
      this.#pending.push({
        op: op as unknown as Operation<TSchema, unknown>,
        input,
        actor,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      if (!this.#running && !this.#scheduled) {
        // Start after the I/O phase, not now: every request read in this turn joins the group.
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          if (!this.#running) void this.#drain();
        });
      }
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#pending.length > 0) {
        const group = this.#pending.splice(0, this.#maxBatch);
        await this.#commit(group);
        // Yield before the next group: reads waiting for the (SQLite: only) connection go first
        // rather than starve behind a busy queue, and requests read meanwhile join the next group.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.#running = false;
    }
  }

  async #commit(group: Pending[]): Promise<void> {
    const { store } = this.#runtime;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    let tx: ControlledTransaction<Database> | undefined;
    try {
      tx = await store.db.startTransaction().execute();
      const now = new Date();
      // One audit head read and write, and one read of shared rows, for the whole group.
      const { rows, ...scope } = transactionScope(tx, store.dialect);
      for (const [i, item] of group.entries()) {
        const sp = await tx.savepoint(`w${i}`).execute();
        try {
          const value = await apply({ tx: sp, dialect: store.dialect, actor: item.actor, now, ...scope }, item.op, item.input as Static<TSchema>);
          await sp.releaseSavepoint(`w${i}`).execute();
          rows.keep();
          outcomes.push({ ok: true, value });
        } catch (error) {
          rows.drop();
          await sp.rollbackToSavepoint(`w${i}`).execute();
          await sp.releaseSavepoint(`w${i}`).execute();
          outcomes.push({ ok: false, error });
        }
      }
      // Batched rows (secret ballots) go in together, shuffled, so their order says nothing of whose came when.
      await rows.flush();
      await scope.audit.flush();
      await tx.commit().execute();
      this.batches++;
    } catch (error) {
      if (tx && !tx.isCommitted && !tx.isRolledBack) await tx.rollback().execute().catch(() => undefined);
      for (const item of group) item.reject(error);
      return;
    }
    group.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok) return item.reject(outcome.error);
      // A throwing listener fails its own caller, as with `execute`, and never strands the rest of the group.
      try {
        publish(this.#runtime, item.op, item.input as Static<TSchema>, outcome.value);
        item.resolve(outcome.value);
      } catch (error) {
        item.reject(error);
      }
    });
  }
}

/**
 * The runtime's one write queue, made on first use, so every high-rate route of an app commits
 * through the same groups. It holds only writes in flight, nothing another process needs.
 */
export function queueOf(runtime: Runtime): WriteQueue {
  return (runtime.queue ??= new WriteQueue(runtime));
}
