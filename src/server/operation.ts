/**
 * Every state change goes through `execute`: validate the input against the operation's schema,
 * check the actor's permission, run it in a transaction, append the audit entry in the same
 * transaction, commit, then publish its events. Routes and commands call nothing else to write.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import type { Validator } from 'typebox/compile';
import type { Store } from '../store/store.js';
import type { Database } from '../store/schema.js';
import type { Dialect } from '../store/dialect.js';
import { AuditCursor } from '../modules/audit/auditCursor.js';
import { RowBatches } from '../store/rowBatches.js';
import { AppError, errors, type InputProblem } from './errors.js';
import { can, type Permission, type Role } from './permissions.js';
import type { EventBus, PlenumEvent } from './events.js';
import type { WriteQueue } from './writeQueue.js';

export interface Actor {
  /** Written into the audit log: `account:12 (admin)`, `cli`, `system`. */
  label: string;
  role: Role;
  accountId: number | null;
  personId: number | null;
  bodyId: number | null;
}

/** The actor for start-up work the process does by itself (first admin account, demo data). */
export const SYSTEM: Actor = { label: 'system', role: 'admin', accountId: null, personId: null, bodyId: null };
/** The actor for the `plenum` command, run by whoever may open the store's files. */
export const CLI: Actor = { label: 'cli', role: 'admin', accountId: null, personId: null, bodyId: null };

export interface WriteContext {
  tx: Transaction<Database>;
  dialect: Dialect;
  actor: Actor;
  now: Date;
  /** The transaction's end of the audit chain; `apply` appends each operation's entry to it. */
  audit: AuditCursor;
  /**
   * A read shared by every operation of the transaction (a write-queue group holds many): the
   * first call loads, later calls with the same key get the same answer. Only for rows that no
   * operation run through the queue changes, such as the meeting a check-in names.
   */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
  /**
   * Hands a row to the transaction's batch of that table instead of inserting it now: the rows of
   * every operation of the transaction are inserted together, in a random order, just before it
   * commits, and the rows of an operation that failed are dropped. For rows whose insertion order
   * must tell nothing (secret ballots).
   */
  batch<T extends keyof Database & string>(table: T, row: Insertable<Database[T]>): void;
}

/**
 * What the operations of one transaction share: its audit cursor, its memoised reads and its
 * batched rows. The caller marks each operation's batched rows kept (`rows.keep()`, once its
 * savepoint is released) or dropped (`rows.drop()`), and flushes them (`rows.flush()`) before
 * the audit flush and the commit.
 */
export interface TransactionScope extends Pick<WriteContext, 'audit' | 'once' | 'batch'> {
  rows: RowBatches;
}

export function transactionScope(tx: Transaction<Database>, dialect: Dialect): TransactionScope {
  const reads = new Map<string, Promise<unknown>>();
  const rows = new RowBatches(tx);
  return {
    rows,
    batch: (table, row) => rows.add(table, row),
    audit: new AuditCursor(tx, dialect),
    once<T>(key: string, load: () => Promise<T>): Promise<T> {
      let read = reads.get(key) as Promise<T> | undefined;
      if (!read) {
        read = load();
        reads.set(key, read);
      }
      return read;
    },
  };
}

export interface Operation<S extends TSchema, R> {
  /** Dotted name, `module.verbNoun`: the audit log, OpenAPI operationId and docs use it. */
  name: string;
  input: S;
  permission: Permission;
  run(ctx: WriteContext, input: Static<S>): Promise<R>;
  /** What the audit entry records; by default the input. Never a secret ballot's choice. */
  audit?(input: Static<S>, result: R): { bodyId: number | null; payload: unknown };
  /** Events to publish once committed. */
  events?(input: Static<S>, result: R): PlenumEvent[];
}

export function defineOperation<S extends TSchema, R>(op: Operation<S, R>): Operation<S, R> {
  return op;
}

export interface Runtime {
  store: Store;
  events: EventBus;
  /** The group-commit queue of high-rate writes (check-ins, votes), made on first use by `queueOf`. */
  queue?: WriteQueue;
}

const validators = new WeakMap<TSchema, Validator>();

function validatorOf(schema: TSchema): Validator {
  let v = validators.get(schema);
  if (!v) {
    v = Compile(schema);
    validators.set(schema, v);
  }
  return v;
}

/** Checks a value against a schema; throws `invalid_input` listing each problem. */
export function validate<S extends TSchema>(schema: S, value: unknown): Static<S> {
  const v = validatorOf(schema);
  if (v.Check(value)) return value as Static<S>;
  const problems: InputProblem[] = [];
  for (const e of v.Errors(value)) {
    if (e.keyword === 'boolean') continue; // repeated by the additionalProperties line
    problems.push({ path: e.instancePath, message: e.message });
    if (problems.length >= 20) break;
  }
  throw errors.invalidInput(problems);
}

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw errors.forbidden(permission, actor.role);
}

export async function execute<S extends TSchema, R>(
  runtime: Runtime,
  op: Operation<S, R>,
  rawInput: unknown,
  actor: Actor,
  /** The operation's clock: now, unless a test sets it (an assignment made months ago). */
  now = new Date(),
): Promise<R> {
  const input = validate(op.input, rawInput);
  authorize(actor, op.permission);
  const { store } = runtime;
  const result = await store.db.transaction().execute(async (tx) => {
    const { rows, ...scope } = transactionScope(tx, store.dialect);
    const out = await apply({ tx, dialect: store.dialect, actor, now, ...scope }, op, input);
    rows.keep();
    await rows.flush();
    await scope.audit.flush();
    return out;
  });
  publish(runtime, op, input, result);
  return result;
}

/**
 * Runs a validated, authorised operation and its audit entry inside an open transaction. The
 * caller flushes `ctx.audit` before it commits.
 */
export async function apply<S extends TSchema, R>(ctx: WriteContext, op: Operation<S, R>, input: Static<S>): Promise<R> {
  const out = await op.run(ctx, input);
  const audit = op.audit ? op.audit(input, out) : { bodyId: bodyIdOf(input, out), payload: input };
  await ctx.audit.append(ctx.tx, { operation: op.name, actor: ctx.actor.label, ...audit }, ctx.now);
  return out;
}

/** Publishes a committed operation's events. */
export function publish<S extends TSchema, R>(runtime: Runtime, op: Operation<S, R>, input: Static<S>, result: R): void {
  for (const event of op.events?.(input, result) ?? []) runtime.events.publish(event);
}

function bodyIdOf(input: unknown, result: unknown): number | null {
  for (const v of [result, input]) {
    if (v && typeof v === 'object' && typeof (v as { bodyId?: unknown }).bodyId === 'number') {
      return (v as { bodyId: number }).bodyId;
    }
  }
  return null;
}

export { AppError };
