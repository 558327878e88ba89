/** Helpers for proposals tests: the actor of a token, unit accounts with their units. */
import { execute, SYSTEM, type Actor, type Runtime } from '../../server/operation.js';
import type { TestApp } from '../../server/testing.js';
import { actorForToken } from '../accounts/queries.js';
import { createHandlingUnit } from './createHandlingUnit.js';
import { createSession } from '../registry/createSession.js';
import { seedSitting } from '../meetings/testing.js';

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
