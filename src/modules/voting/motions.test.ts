import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, type TestApp } from '../../server/testing.js';
import { seedSitting } from '../attendance/testing.js';
import { openSse, seedSitting as seedLargeSitting } from '../live/testing.js';
import { markPresent, openedMotion, padTokens } from './testing.js';

const en = { 'accept-language': 'en' };

async function listening(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return (t.app.server.address() as { port: number }).port;
}

describeStores('motions: create, update, open, close', (stores) => {
  it('creates a draft with the body kind\'s default rule and labels, or the override staff give; refuses bad input', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, { kind: 'people-congress', name: '云州市人民代表大会' });
    const staff = await t.tokenFor('secretariat');
    const url = `/api/meetings/${s.meetingId}/motions`;

    expect((await t.call('POST', url, { body: { title: '决议', kind: 'recorded' } })).status).toBe(401);
    const member = await t.tokenFor('member');
    const forbidden = await t.call('POST', url, { token: member, body: { title: '决议', kind: 'recorded' }, headers: en });
    expect([forbidden.status, forbidden.body.message]).toEqual([403, 'Role "member" lacks the permission "voting.manage"']);
    expect((await t.call('POST', url, { token: staff, body: { title: '', kind: 'recorded' } })).status).toBe(400);
    const fraction = await t.call('POST', url, { token: staff, body: { title: '决议', kind: 'recorded', threshold: { base: 'present', num: 3, den: 2, inclusive: true } }, headers: en });
    expect([fraction.status, fraction.body.message]).toEqual([400, 'Invalid input: /threshold fraction 3/2 must be between 0 and 1 (num <= den)']);
    const secretChange = await t.call('POST', url, { token: staff, body: { title: '选举', kind: 'secret', allowChange: true }, headers: en });
    expect([secretChange.status, secretChange.body.error, secretChange.body.message]).toEqual([422, 'secret_no_change', 'A secret vote allows no change of vote (allowChange must be false)']);
    const agenda = await t.call('POST', url, { token: staff, body: { title: '决议', kind: 'recorded', agendaItemId: 77 }, headers: en });
    expect([agenda.status, agenda.body.error, agenda.body.message]).toEqual([404, 'agenda_item_not_found', `Meeting ${s.meetingId} has no agenda item 77`]);
    const noMeeting = await t.call('POST', '/api/meetings/999/motions', { token: staff, body: { title: '决议', kind: 'recorded' } });
    expect([noMeeting.status, noMeeting.body.error]).toEqual([404, 'meeting_not_found']);
    expect(await t.store.db.selectFrom('motions').select('id').execute()).toEqual([]);

    const plain = await t.call('POST', url, { token: staff, body: { title: '关于政府工作报告的决议', kind: 'recorded' } });
    expect(plain.status).toBe(201);
    expect(plain.body).toEqual({
      id: plain.body.id,
      bodyId: s.bodyId,
      meetingId: s.meetingId,
      agendaItemId: null,
      title: '关于政府工作报告的决议',
      kind: 'recorded',
      options: { yes: '赞成', no: '反对', abstain: '弃权' },
      allowChange: false,
      motionClass: 'ordinary',
      threshold: { base: 'all', num: 1, den: 2, inclusive: false, citation: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第二十五条' },
      status: 'draft',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      openedAt: null,
      closedAt: null,
      result: null,
    });
    const constitutional = await t.call('POST', url, { token: staff, body: { title: '宪法修正案', kind: 'secret', motionClass: 'constitutional' } });
    expect(constitutional.body.threshold).toEqual({ base: 'all', num: 2, den: 3, inclusive: true, citation: '《中华人民共和国宪法》第六十四条' });
    const custom = await t.call('POST', url, {
      token: staff,
      body: { title: '程序动议', kind: 'recorded', allowChange: true, options: { yes: '同意', no: '不同意' }, threshold: { base: 'cast', num: 1, den: 2, inclusive: false } },
    });
    expect(custom.body).toMatchObject({ options: { yes: '同意', no: '不同意', abstain: '弃权' }, allowChange: true, threshold: { base: 'cast', num: 1, den: 2, inclusive: false, citation: '本次会议决定' } });
    const audit = await t.store.db.selectFrom('audit_log').select('payload').where('operation', '=', 'voting.createMotion').execute();
    expect(audit).toHaveLength(3);
  });

  it('changes a draft only; opens once; closes an open motion only', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const staff = await t.tokenFor('secretariat');
    const id = await openedMotion(t, staff, s.meetingId, { title: '草案', kind: 'recorded' }, false);

    const patched = await t.call('PATCH', `/api/motions/${id}`, { token: staff, body: { title: '关于提案工作的决议', motionClass: 'constitutional' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: '关于提案工作的决议', motionClass: 'constitutional', threshold: { base: 'all', num: 2, den: 3, inclusive: true, citation: '《中国人民政治协商会议章程》' }, status: 'draft' });
    const agenda = await t.call('PUT', `/api/meetings/${s.meetingId}/agenda`, { token: t.adminToken, body: { items: [{ kind: 'vote', title: '表决关于提案工作的决议（草案）' }] } });
    expect(agenda.status).toBe(200);
    const item = await t.store.db.selectFrom('agenda_items').select('id').where('meeting_id', '=', s.meetingId).executeTakeFirstOrThrow();
    expect((await t.call('PATCH', `/api/motions/${id}`, { token: staff, body: { agendaItemId: item.id } })).body.agendaItemId).toBe(item.id);
    const both = await t.call('PATCH', `/api/motions/${id}`, { token: staff, body: { agendaItemId: item.id, clearAgendaItem: true }, headers: en });
    expect([both.status, both.body.message]).toEqual([400, 'Invalid input: (body) give agendaItemId or clearAgendaItem, not both']);
    expect((await t.call('PATCH', `/api/motions/${id}`, { token: staff, body: { clearAgendaItem: true } })).body.agendaItemId).toBe(null);
    const closeDraft = await t.call('POST', `/api/motions/${id}/close`, { token: staff, body: {}, headers: en });
    expect([closeDraft.status, closeDraft.body.error, closeDraft.body.message]).toEqual([409, 'vote_not_open', `Motion ${id} is not open; it cannot be closed`]);
    const opened = await t.call('POST', `/api/motions/${id}/open`, { token: staff, body: {} });
    expect([opened.status, opened.body.status]).toEqual([200, 'open']);
    expect(opened.body.openedAt).toMatch(/^\d{4}-/);
    const again = await t.call('POST', `/api/motions/${id}/open`, { token: staff, body: {}, headers: en });
    expect([again.status, again.body.error, again.body.message]).toEqual([409, 'motion_already_open', `Motion ${id} is already open`]);
    const late = await t.call('PATCH', `/api/motions/${id}`, { token: staff, body: { title: '改' }, headers: en });
    expect([late.status, late.body.error, late.body.message]).toEqual([409, 'motion_not_draft', `Motion ${id} is open; only a draft can be changed`]);
    const closed = await t.call('POST', `/api/motions/${id}/close`, { token: staff, body: {} });
    expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
    const twice = await t.call('POST', `/api/motions/${id}/close`, { token: staff, body: {}, headers: en });
    expect([twice.status, twice.body.error, twice.body.message]).toEqual([409, 'vote_closed', `Motion ${id} is already closed`]);
    const reopen = await t.call('POST', `/api/motions/${id}/open`, { token: staff, body: {} });
    expect([reopen.status, reopen.body.error]).toEqual([409, 'vote_closed']);
    const missing = await t.call('POST', '/api/motions/4242/open', { token: staff, body: {} });
    expect([missing.status, missing.body.error]).toEqual([404, 'motion_not_found']);
    const ops = await t.store.db.selectFrom('audit_log').select('operation').where('operation', 'like', 'voting.%').orderBy('seq').execute();
    expect(ops.map((o) => o.operation)).toEqual(['voting.createMotion', 'voting.updateMotion', 'voting.updateMotion', 'voting.updateMotion', 'voting.openMotion', 'voting.closeMotion']);
  });

  it('runs a recorded vote end to end: members check in and vote, the close counts them, the stream and the hall screen state show the result', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedLargeSitting(t.runtime, 10);
    const staff = await t.tokenFor('secretariat');
    const tokens = await padTokens(t.runtime, s.membershipIds);
    // Eight members check themselves in on the pad.
    await t.call('PATCH', `/api/meetings/${s.meetingId}`, { token: staff, body: { padCheckIn: true } });
    for (const token of tokens.slice(0, 8)) expect((await t.call('POST', `/api/meetings/${s.meetingId}/check-in`, { token, body: {} })).status).toBe(201);

    const port = await listening(t);
    const screen = await t.tokenFor('screen');
    const sse = await openSse(port, `/api/meetings/${s.meetingId}/stream?token=${screen}`);
    await sse.next((f) => f.event === 'counts');

    const id = await openedMotion(t, staff, s.meetingId, { title: '关于政协云州市委员会常务委员会工作报告的决议', kind: 'recorded' });
    const openedFrame = await sse.next((f) => f.event === 'motion.opened');
    expect(JSON.parse(openedFrame.data)).toMatchObject({ id, status: 'open' });

    const choices = ['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'no'] as const;
    const answers = await Promise.all(choices.map((choice, i) => t.call('POST', `/api/motions/${id}/votes`, { token: tokens[i]!, body: { choice } })));
    expect(answers.map((a) => a.status)).toEqual(Array(7).fill(201));

    const started = Date.now();
    const closed = await t.call('POST', `/api/motions/${id}/close`, { token: staff, body: {} });
    const frame = await sse.next((f) => f.event === 'motion.closed');
    const elapsed = Date.now() - started;
    const result = {
      expected: 10,
      present: 8,
      yes: 6,
      no: 1,
      abstain: 0,
      notVoted: 1,
      required: 6,
      passed: true,
      rule: '全体组成人员的过半数',
      ruleEn: 'more than half of all members',
      citation: '《中国人民政治协商会议章程》',
      sentence: '赞成6票，反对1票，弃权0票，未按表决器1人，通过。',
      sentenceEn: '6 in favour, 1 against, 0 abstentions, 1 did not vote; adopted.',
    };
    expect(closed.body).toMatchObject({ id, status: 'closed', result });
    expect(JSON.parse(frame.data)).toEqual(closed.body);
    // The close's answer and the stream's frame arrive together; generous for a loaded machine.
    expect(elapsed).toBeLessThan(1000);
    sse.close();

    const stored = await t.store.db.selectFrom('motions').select(['status', 'result']).where('id', '=', id).executeTakeFirstOrThrow();
    expect([stored.status, JSON.parse(stored.result!)]).toEqual(['closed', result]);
    expect((await t.call('GET', `/api/motions/${id}`, { token: screen })).body).toEqual({ ...closed.body, progress: null });
    expect((await t.call('GET', `/api/meetings/${s.meetingId}/motions`, { token: screen })).body).toEqual([closed.body]);

    // The hall screen starts from the closed motion, its result and sentence.
    const board = await t.call('GET', `/api/meetings/${s.meetingId}/screen`, { token: screen });
    expect(board.status).toBe(200);
    expect(board.body.motion).toEqual(closed.body);
    expect(board.body.motion.result).toMatchObject({ yes: 6, no: 1, abstain: 0, notVoted: 1, passed: true, sentence: '赞成6票，反对1票，弃权0票，未按表决器1人，通过。' });
  });

  it('counts a member who voted and whose check-in was then undone as present for the motion', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedLargeSitting(t.runtime, 4);
    const staff = await t.tokenFor('secretariat');
    const tokens = await padTokens(t.runtime, s.membershipIds);
    await markPresent(t.runtime, s, s.membershipIds.slice(0, 3));
    const id = await openedMotion(t, staff, s.meetingId, { title: '决议', kind: 'recorded' });
    for (const token of tokens.slice(0, 3)) await t.call('POST', `/api/motions/${id}/votes`, { token, body: { choice: 'yes' } });
    await t.store.db.deleteFrom('attendance').where('membership_id', '=', s.membershipIds[0]!).execute();
    const closed = await t.call('POST', `/api/motions/${id}/close`, { token: staff, body: {} });
    expect(closed.body.result).toMatchObject({ expected: 4, present: 3, yes: 3, notVoted: 0, required: 3, passed: true });
  });
});
