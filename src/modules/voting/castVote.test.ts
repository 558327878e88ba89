import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../server/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { createAccount } from '../accounts/createAccount.js';
import { seedSitting, type Sitting } from '../attendance/testing.js';
import { markPresent, openedMotion, padTokens } from './testing.js';

const en = { 'accept-language': 'en' };

interface Setup extends Sitting {
  staff: string;
  /** Pad tokens by roster key. */
  pad: Record<string, string>;
}

/** The five members of the attendance sitting, all but 区伟 (B002) present. */
async function setUp(t: TestApp): Promise<Setup> {
  const s = await seedSitting(t.runtime);
  const keys = Object.keys(s.ids).sort();
  const tokens = await padTokens(t.runtime, keys.map((k) => s.ids[k]!));
  await markPresent(t.runtime, s, ['A001', 'A002', 'A003', 'B001'].map((k) => s.ids[k]!));
  return { ...s, staff: await t.tokenFor('secretariat'), pad: Object.fromEntries(keys.map((k, i) => [k, tokens[i]!])) };
}

const votesOf = (t: TestApp) => t.store.db.selectFrom('motion_votes').select(['motion_id', 'membership_id', 'choice', 'changes']).orderBy('id').execute();
const vote = (t: TestApp, motionId: number, token: string, choice: string, headers: Record<string, string> = {}) =>
  t.call('POST', `/api/motions/${motionId}/votes`, { token, body: { choice }, headers: { ...en, ...headers } });

describeStores('POST /api/motions/:id/votes', (stores) => {
  it('walks 401 → 400 → 403, then takes a present member\'s recorded vote, its row and its audit entry', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const id = await openedMotion(t, s.staff, s.meetingId, { title: '关于政府工作报告的决议', kind: 'recorded' });
    const url = `/api/motions/${id}/votes`;

    expect((await t.call('POST', url, { body: { choice: 'yes' } })).status).toBe(401);
    const bad = await vote(t, id, s.pad.A001!, 'maybe');
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_input']);
    const badKey = await vote(t, id, s.pad.A001!, 'yes', { 'idempotency-key': 'has space' });
    expect([badKey.status, badKey.body.error]).toEqual([400, 'invalid_input']);
    const forbidden = await vote(t, id, s.staff, 'yes');
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "secretariat" lacks the permission "voting.cast"']);
    expect(await votesOf(t)).toEqual([]);

    const res = await vote(t, id, s.pad.A001!, 'yes');
    expect([res.status, res.body]).toEqual([201, { motionId: id, membershipId: s.ids.A001, choice: 'yes', changed: false }]);
    expect(await votesOf(t)).toEqual([{ motion_id: id, membership_id: s.ids.A001, choice: 'yes', changes: 0 }]);
    const audit = await t.store.db.selectFrom('audit_log').select(['operation', 'body_id', 'payload']).where('operation', '=', 'voting.castVote').execute();
    expect(audit.map((a) => [a.operation, a.body_id, JSON.parse(a.payload)])).toEqual([['voting.castVote', s.bodyId, { motionId: id, membershipId: s.ids.A001, choice: 'yes', changed: false }]]);
  });

  it('refuses each rule with its own id and message, storing nothing', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const draft = await openedMotion(t, s.staff, s.meetingId, { title: '草案', kind: 'recorded' }, false);
    const id = await openedMotion(t, s.staff, s.meetingId, { title: '关于人事任免的决定', kind: 'recorded' });

    const missing = await vote(t, 9999, s.pad.A001!, 'yes');
    expect([missing.status, missing.body.error, missing.body.messages]).toEqual([404, 'motion_not_found', { 'zh-CN': '表决事项 9999 不存在', en: 'Motion 9999 does not exist' }]);
    const notOpen = await vote(t, draft, s.pad.A001!, 'yes');
    expect([notOpen.status, notOpen.body.error, notOpen.body.messages]).toEqual([409, 'vote_not_open', { 'zh-CN': `表决事项 ${draft} 尚未开始表决`, en: `Motion ${draft} is not open for voting yet` }]);
    const absent = await vote(t, id, s.pad.B002!, 'yes');
    expect([absent.status, absent.body.error, absent.body.messages]).toEqual([
      422,
      'not_present',
      {
        'zh-CN': `区伟（成员资格 ${s.ids.B002}）未在会次 ${s.meetingId} 签到，不能对表决事项 ${id} 投票`,
        en: `区伟 (membership ${s.ids.B002}) is not checked in to meeting ${s.meetingId}; they cannot vote on motion ${id}`,
      },
    ]);
    // A member account that is no membership of the term (as a non-voting attendee's would be).
    await execute(t.runtime, createAccount, { username: 'outsider', displayName: '王五', password: TEST_PASSWORD, role: 'member' }, SYSTEM);
    const outsider = await t.signIn('outsider', TEST_PASSWORD);
    const notMember = await vote(t, id, outsider, 'yes');
    expect([notMember.status, notMember.body.error, notMember.body.messages]).toEqual([
      422,
      'not_a_member',
      {
        'zh-CN': `您不是会次 ${s.meetingId} 所属届次的组成人员，不能对表决事项 ${id} 投票`,
        en: `You are not a voting member of the term of meeting ${s.meetingId}; you cannot vote on motion ${id}`,
      },
    ]);
    expect((await vote(t, id, s.pad.A002!, 'no')).status).toBe(201);
    const twice = await vote(t, id, s.pad.A002!, 'yes');
    expect([twice.status, twice.body.error, twice.body.messages]).toEqual([
      409,
      'already_voted',
      {
        'zh-CN': `曾国强（成员资格 ${s.ids.A002}）已对表决事项 ${id} 投票，本事项不允许改票`,
        en: `曾国强 (membership ${s.ids.A002}) has already voted on motion ${id}, which allows no change of vote`,
      },
    ]);
    const close = await t.call('POST', `/api/motions/${id}/close`, { token: s.staff, body: {} });
    expect(close.status).toBe(200);
    const closed = await vote(t, id, s.pad.A003!, 'yes');
    expect([closed.status, closed.body.error, closed.body.messages]).toEqual([
      409,
      'vote_closed',
      { 'zh-CN': `表决事项 ${id} 已于 ${close.body.closedAt} 结束表决，不再接受投票`, en: `Motion ${id} closed at ${close.body.closedAt}; no more votes are accepted` },
    ]);
    expect(await votesOf(t)).toEqual([{ motion_id: id, membership_id: s.ids.A002, choice: 'no', changes: 0 }]);
    expect(await t.store.db.selectFrom('audit_log').select('seq').where('operation', '=', 'voting.castVote').execute()).toHaveLength(1);
  });

  it('lets a member change their vote until the close when the motion allows it: 200, one row, the last choice counted', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const id = await openedMotion(t, s.staff, s.meetingId, { title: '关于预算的决议', kind: 'recorded', allowChange: true });
    expect((await vote(t, id, s.pad.A001!, 'no')).status).toBe(201);
    const changed = await vote(t, id, s.pad.A001!, 'yes');
    expect([changed.status, changed.body]).toEqual([200, { motionId: id, membershipId: s.ids.A001, choice: 'yes', changed: true }]);
    expect((await vote(t, id, s.pad.A001!, 'abstain')).status).toBe(200);
    expect(await votesOf(t)).toEqual([{ motion_id: id, membership_id: s.ids.A001, choice: 'abstain', changes: 2 }]);
    const closed = await t.call('POST', `/api/motions/${id}/close`, { token: s.staff, body: {} });
    expect(closed.body.result).toMatchObject({ yes: 0, no: 0, abstain: 1, notVoted: 3, present: 4, expected: 5 });
    expect((await vote(t, id, s.pad.A001!, 'yes')).body.error).toBe('vote_closed');
  });

  it('answers a retry with the same Idempotency-Key as the first time, without casting again, even once a cast would be refused', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const id = await openedMotion(t, s.staff, s.meetingId, { title: '关于决算的决议', kind: 'recorded' });
    const key = { 'idempotency-key': '6f1c2a8e-0b7d-4c55-9d0e-3f4a5b6c7d8e' };
    const first = await vote(t, id, s.pad.A001!, 'yes', key);
    expect([first.status, first.body]).toEqual([201, { motionId: id, membershipId: s.ids.A001, choice: 'yes', changed: false }]);
    const retry = await vote(t, id, s.pad.A001!, 'yes', key);
    expect([retry.status, retry.body]).toEqual([first.status, first.body]);
    // Without the key the same member is refused: the retry above did not cast.
    expect((await vote(t, id, s.pad.A001!, 'yes')).body.error).toBe('already_voted');
    await t.call('POST', `/api/motions/${id}/close`, { token: s.staff, body: {} });
    const late = await vote(t, id, s.pad.A001!, 'yes', key);
    expect([late.status, late.body]).toEqual([first.status, first.body]);
    // The same key from another member is that member's own request.
    expect((await vote(t, id, s.pad.A002!, 'yes', key)).body.error).toBe('vote_closed');
    expect(await votesOf(t)).toEqual([{ motion_id: id, membership_id: s.ids.A001, choice: 'yes', changes: 0 }]);
    expect(await t.store.db.selectFrom('audit_log').select('seq').where('operation', '=', 'voting.castVote').execute()).toHaveLength(1);
    // Stored sealed: neither the choice nor the membership in clear.
    const rows = await t.store.db.selectFrom('idempotency').selectAll().execute();
    expect(rows).toHaveLength(1);
    // Base64 only: no quote, brace or colon of a JSON answer in clear (a bare word like "yes" can occur in random base64).
    expect(rows[0]!.sealed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(rows[0]!.sealed, 'base64').toString('latin1')).not.toContain('"choice"');
  });

  it('answers concurrent retries of one request once: one vote, the same answer to each', async () => {
    const t = await startTestApp(await stores.open());
    const s = await setUp(t);
    const id = await openedMotion(t, s.staff, s.meetingId, { title: '关于决算的决议', kind: 'recorded' });
    const key = { 'idempotency-key': 'retry-7b0e61' };
    const answers = await Promise.all([1, 2, 3].map(() => vote(t, id, s.pad.B001!, 'no', key)));
    expect(answers.map((a) => [a.status, a.body])).toEqual(Array(3).fill([201, { motionId: id, membershipId: s.ids.B001, choice: 'no', changed: false }]));
    expect(await votesOf(t)).toEqual([{ motion_id: id, membership_id: s.ids.B001, choice: 'no', changes: 0 }]);
  });
});
