/** Helpers for proposals tests: an operation run at a chosen time, unit accounts with their units. */
import type { Static, TSchema } from 'typebox';
import { apply, authorize, execute, SYSTEM, transactionScope, validate, type Actor, type Operation, type Runtime } from '../../server/operation.js';
import type { TestApp } from '../../server/testing.js';
import { actorForToken } from '../accounts/queries.js';
import { createHandlingUnit } from './createHandlingUnit.js';
import { createSession } from '../registry/createSession.js';
import { seedSitting } from '../meetings/testing.js';

/**
 * As `execute`, with the operation's clock set to `now`: how tests make an assignment months ago and
 * see it overdue today. Publishes nothing (proposals have no events).
 */
export async function executeAt<S extends TSchema, R>(runtime: Runtime, op: Operation<S, R>, rawInput: unknown, actor: Actor, now: Date): Promise<R> {
  const input: Static<S> = validate(op.input, rawInput);
  authorize(actor, op.permission);
  const { store } = runtime;
  return store.db.transaction().execute(async (tx) => {
    const { rows, ...scope } = transactionScope(tx, store.dialect);
    const out = await apply({ tx, dialect: store.dialect, actor, now, ...scope }, op, input);
    rows.keep();
    await rows.flush();
    await scope.audit.flush();
    return out;
  });
}

/** The actor a bearer token stands for (for `executeAt` on behalf of a signed-in account). */
export async function actorOf(t: TestApp, token: string): Promise<Actor> {
  const actor = await actorForToken(t.store, token);
  if (!actor) throw new Error('unknown token');
  return actor;
}

/** A handling unit of the body with its own account (role unit), signed in: its id and token. */
export async function unitWithToken(t: TestApp, bodyId: number, name: string): Promise<{ unitId: number; token: string }> {
  const token = await t.tokenFor('unit');
  const actor = await actorOf(t, token);
  const unit = await execute(t.runtime, createHandlingUnit, { bodyId, name, accountId: actor.accountId! }, SYSTEM);
  return { unitId: unit.id, token };
}

/** The meetings seed (a city congress in session, a consultative conference's term) plus the conference's 3rd session. */
export async function seedBodies(runtime: Runtime) {
  const seed = await seedSitting(runtime);
  const session = await execute(runtime, createSession, { termId: seed.cppcc.termId, ordinal: 3, startDate: '2025-01-08', endDate: '2025-01-10' }, SYSTEM);
  return { congress: seed.congress, cppcc: { ...seed.cppcc, sessionId: session.id } };
}
