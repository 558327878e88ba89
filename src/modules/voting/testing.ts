/** Helpers for voting tests: members' pad tokens, members marked present, a motion set up through the API. */
import { execute, SYSTEM, type Runtime } from '../../server/operation.js';
import type { TestApp } from '../../server/testing.js';
import { issuePadCredential } from '../accounts/issuePadCredential.js';

/** Each member's pad token (their bearer token on the pad), in the order given. */
export async function padTokens(runtime: Runtime, membershipIds: number[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const membershipId of membershipIds) tokens.push((await execute(runtime, issuePadCredential, { membershipId }, SYSTEM)).token);
  return tokens;
}

/** Marks members present at a meeting by inserting their rows, as a check-in would; publishes nothing. */
export async function markPresent(runtime: Runtime, at: { bodyId: number; meetingId: number }, membershipIds: number[]): Promise<void> {
  for (let i = 0; i < membershipIds.length; i += 200) {
    await runtime.store.db
      .insertInto('attendance')
      .values(membershipIds.slice(i, i + 200).map((membershipId) => ({ body_id: at.bodyId, meeting_id: at.meetingId, membership_id: membershipId, state: 'present', method: 'staff', at: '2026-01-10T01:00:00.000Z', actor: 'test' })))
      .execute();
  }
}

/** Creates a motion through the API and opens it unless `open: false`; returns its id. */
export async function openedMotion(t: TestApp, staff: string, meetingId: number, body: Record<string, unknown>, open = true): Promise<number> {
  const created = await t.call('POST', `/api/meetings/${meetingId}/motions`, { token: staff, body });
  if (created.status !== 201) throw new Error(`motion not created: ${created.status} ${created.text}`);
  const id = created.body.id as number;
  if (open) {
    const opened = await t.call('POST', `/api/motions/${id}/open`, { token: staff, body: {} });
    if (opened.status !== 200) throw new Error(`motion not opened: ${opened.status} ${opened.text}`);
  }
  return id;
}
