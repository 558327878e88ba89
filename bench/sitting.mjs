/**
 * The generated sitting the load benchmarks run against: a consultative conference with a roster
 * of N members in 35 sectors and one plenary meeting, a desk (secretariat) and a screen account.
 * The body, term, session, groups, meeting and accounts go through the operations; the roster and,
 * when asked for, each member's pad credential and check-in are inserted directly, so that 30,000
 * members take seconds, not the minutes 30,000 audited operations would.
 */
import { openStore } from '../dist/store/store.js';
import { EventBus } from '../dist/server/events.js';
import { CLI, execute } from '../dist/server/operation.js';
import { createBody } from '../dist/modules/registry/createBody.js';
import { createTerm } from '../dist/modules/registry/createTerm.js';
import { createSession } from '../dist/modules/registry/createSession.js';
import { createGroup } from '../dist/modules/registry/createGroup.js';
import { createMeeting } from '../dist/modules/meetings/createMeeting.js';
import { createAccount } from '../dist/modules/accounts/createAccount.js';
import { hashToken, newToken } from '../dist/modules/accounts/secrets.js';
import { TokenKind, TokenLifetime } from '../dist/modules/accounts/limits.js';
import { AttendanceState, CheckInMethod } from '../dist/modules/attendance/states.js';

export const SECTORS = 35;
/** The password of the `desk` and `screen` accounts. */
export const PASSWORD = 'bench-password-1';
/** Rows per insert: SQLite takes at most 32,766 parameters in one statement. */
const BATCH = 250;

/**
 * A fresh store in `dataDir` with the generated sitting. With `memberTokens`, every member also
 * has a member account and a pad credential, as `accounts.issuePadCredential` makes them (an
 * account `member-<membershipId>`, a token stored as its SHA-256), and `tokens[i]` is the bearer
 * token of `membershipIds[i]`. With `checkedIn`, every member is present at the meeting, as a
 * desk check-in records it. Resolves to `{ meetingId, membershipIds, tokens }`.
 */
export async function prepareSitting(dataDir, members, { memberTokens = false, checkedIn = false } = {}) {
  const store = await openStore({ dataDir });
  const runtime = { store, events: new EventBus() };
  const body = await execute(runtime, createBody, { kind: 'cppcc', level: 'city', name: '中国人民政治协商会议云州市委员会', nameEn: 'Yunzhou CPPCC', region: '云州市', regionEn: 'Yunzhou' }, CLI);
  const term = await execute(runtime, createTerm, { bodyId: body.id, ordinal: 13 }, CLI);
  const session = await execute(runtime, createSession, { termId: term.id, ordinal: 3 }, CLI);
  const groups = [];
  for (let g = 1; g <= SECTORS; g++) groups.push((await execute(runtime, createGroup, { bodyId: body.id, kind: 'sector', name: `第${g}界别` }, CLI)).id);
  const meeting = await execute(runtime, createMeeting, { sessionId: session.id, kind: 'plenary', title: '第二次全体会议', startsAt: '2026-01-10T09:00:00+08:00' }, CLI);
  const now = new Date();
  const created = now.toISOString();
  const expires = new Date(now.getTime() + TokenLifetime.padDays * 86400_000).toISOString();
  const membershipIds = [];
  const tokens = [];
  // One transaction: one fsync for the whole roster instead of one per batch.
  await store.db.transaction().execute(async (tx) => {
    for (let start = 0; start < members; start += BATCH) {
      const n = Math.min(BATCH, members - start);
      const people = await tx
        .insertInto('people')
        .values(Array.from({ length: n }, (_, i) => ({ body_id: body.id, name: `委员${start + i + 1}`, gender: (start + i) % 3 ? '男' : '女', ethnicity: '汉族', birth: '1970-01', phone: null, id_number: null })))
        .returning('id')
        .execute();
      const rows = await tx
        .insertInto('memberships')
        .values(people.map((p, i) => ({ body_id: body.id, term_id: term.id, person_id: p.id, group_id: groups[(start + i) % SECTORS], key: `W${String(start + i + 1).padStart(4, '0')}`, role: 'member', title: null, start_date: null, end_date: null, status: 'active' })))
        .returning(['id', 'person_id'])
        .execute();
      membershipIds.push(...rows.map((r) => r.id));
      if (memberTokens) {
        const accounts = await tx
          .insertInto('accounts')
          .values(rows.map((m, i) => ({ username: `member-${m.id}`, display_name: `委员${start + i + 1}`, password_hash: null, role: 'member', body_id: body.id, person_id: m.person_id, created_at: created })))
          .returning('id')
          .execute();
        const batch = accounts.map(() => newToken());
        tokens.push(...batch);
        await tx
          .insertInto('tokens')
          .values(accounts.map((a, i) => ({ account_id: a.id, token_hash: hashToken(batch[i]), kind: TokenKind.Pad, created_at: created, expires_at: expires, revoked_at: null })))
          .execute();
      }
      if (checkedIn) {
        await tx
          .insertInto('attendance')
          .values(rows.map((m) => ({ body_id: body.id, meeting_id: meeting.id, membership_id: m.id, state: AttendanceState.Present, method: CheckInMethod.Desk, at: created, actor: 'account:desk' })))
          .execute();
      }
    }
  });
  await execute(runtime, createAccount, { username: 'desk', displayName: '签到台', password: PASSWORD, role: 'secretariat' }, CLI);
  await execute(runtime, createAccount, { username: 'screen', displayName: '大屏', password: PASSWORD, role: 'screen' }, CLI);
  await store.close();
  return { meetingId: meeting.id, membershipIds, tokens };
}
