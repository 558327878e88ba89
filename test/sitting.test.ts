/**
 * A sitting of the congress on the demo data, as the secretariat runs it: a plenary is scheduled,
 * pad credentials are printed, members ask for leave on their pads and staff approve, the desk
 * checks members in by credential, by card number and after a search, and the quorum verdict
 * flips at exactly 349 of 523 (two thirds, inclusive). Leave does not reduce the expected.
 */
import { expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { openSse } from '../src/modules/live/testing.js';
import { describeStores } from '../src/store/testing.js';
import { startTestApp, type TestApp } from '../src/server/testing.js';
import { loadDemo } from '../src/demo/loadDemo.js';

/** Runs requests a batch at a time, so the write queue gathers them into groups. */
async function inBatches<T>(items: T[], size: number, send: (item: T) => Promise<{ status: number }>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < items.length; i += size) statuses.push(...(await Promise.all(items.slice(i, i + size).map(send))).map((r) => r.status));
  return statuses;
}

async function verdict(t: TestApp, meetingId: number, token: string) {
  const res = await t.call('GET', `/api/meetings/${meetingId}/attendance`, { token });
  expect(res.status).toBe(200);
  return res.body;
}

describeStores('a congress sitting on the demo data', (stores) => {
  it('reaches its quorum at exactly 349 of 523, with the sentence right before and after', async () => {
    const t = await startTestApp(await stores.open());
    const demo = await loadDemo(t.runtime);
    const congress = demo.bodies.find((b) => b.kind === 'people-congress')!;
    const desk = await t.tokenFor('secretariat');
    const presider = await t.tokenFor('presider');

    const created = await t.call('POST', `/api/sessions/${congress.session.id}/meetings`, { token: desk, body: { kind: 'plenary', title: '第四次全体会议', startsAt: '2025-01-11T15:00:00+08:00', venue: '云州市人民会堂' } });
    expect(created.status).toBe(201);
    const meetingId = created.body.id as number;
    const members = await t.store.db
      .selectFrom('memberships')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .select(['memberships.id', 'memberships.key', 'people.name', 'people.initials'])
      .where('memberships.term_id', '=', congress.term.id)
      .orderBy('memberships.key')
      .execute();
    expect(members.length).toBe(523);

    // The hall screen watches the meeting's stream (and the state its hall screen starts from) from the start.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const screen = await t.tokenFor('screen');
    const stream = await openSse(port, `/api/meetings/${meetingId}/stream?token=${screen}`);
    const first = JSON.parse((await stream.next((f) => f.event === 'counts')).data);
    expect([first.present, first.quorum.met]).toEqual([0, false]);

    const before = await verdict(t, meetingId, presider);
    expect([before.expected, before.present, before.leave, before.absent]).toEqual([523, 0, 0, 523]);
    expect(before.quorum).toMatchObject({ required: 349, met: false, sentence: '本次大会应到代表523人，实到0人，不足法定人数。' });

    // Pad credentials for the first 100 and for the three who will ask for leave.
    const onLeave = members.slice(520);
    const credentials = new Map<number, string>();
    for (const m of [...members.slice(0, 100), ...onLeave]) {
      const res = await t.call('POST', `/api/memberships/${m.id}/credential`, { token: desk, body: {} });
      expect(res.status).toBe(201);
      credentials.set(m.id, res.body.token);
    }

    // Leave: asked on the pad by each member, approved by staff.
    for (const m of onLeave) {
      const asked = await t.call('POST', `/api/meetings/${meetingId}/leave-requests`, { token: credentials.get(m.id)!, body: { reason: '因公出差' } });
      expect([asked.status, asked.body.membershipId]).toEqual([201, m.id]);
    }
    const pending = await t.call('GET', `/api/meetings/${meetingId}/leave-requests?status=pending`, { token: desk });
    expect(pending.body.map((r: { name: string }) => r.name)).toEqual(onLeave.map((m) => m.name));
    for (const r of pending.body) expect((await t.call('POST', `/api/leave-requests/${r.id}/decision`, { token: desk, body: { decision: 'approve' } })).status).toBe(200);
    const withLeave = await verdict(t, meetingId, presider);
    expect([withLeave.expected, withLeave.present, withLeave.leave, withLeave.quorum.required]).toEqual([523, 0, 3, 349]);

    // The desk: 100 by the QR credential, 247 by card number, then one on leave who came after all.
    const checkIn = (body: object) => t.call('POST', `/api/meetings/${meetingId}/check-ins`, { token: desk, body });
    expect(await inBatches(members.slice(0, 100), 25, (m) => checkIn({ credential: credentials.get(m.id)! }))).toEqual(Array(100).fill(201));
    expect(await inBatches(members.slice(100, 347), 25, (m) => checkIn({ key: m.key }))).toEqual(Array(247).fill(201));
    const late = await checkIn({ key: onLeave[2]!.key });
    expect([late.status, late.body.previousState]).toEqual([201, 'leave']);

    const short = await verdict(t, meetingId, presider);
    expect([short.expected, short.present, short.leave, short.absent]).toEqual([523, 348, 2, 173]);
    expect(short.groups.reduce((n: number, g: { present: number }) => n + g.present, 0)).toBe(348);
    expect(short.quorum).toEqual({
      expected: 523,
      present: 348,
      required: 349,
      met: false,
      rule: '全体组成人员的三分之二以上',
      ruleEn: 'at least 2/3 of all members',
      citation: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》（2022年修正）第十四条',
      sentence: '本次大会应到代表523人，实到348人，不足法定人数。',
      sentenceEn: '523 deputies are expected and 348 are present; the quorum is not met (349 required).',
    });

    // A repeat changes nothing.
    const repeat = await checkIn({ credential: credentials.get(members[0]!.id)! });
    expect([repeat.status, repeat.body.alreadyCheckedIn]).toEqual([200, true]);
    expect((await verdict(t, meetingId, presider)).present).toBe(348);

    // The 349th is found at the desk by the initials of their name.
    const next = members[347]!;
    const found = await t.call('GET', `/api/meetings/${meetingId}/roster?q=${next.initials}&limit=100`, { token: desk });
    const line = found.body.members.find((m: { membershipId: number }) => m.membershipId === next.id);
    expect(line).toMatchObject({ key: next.key, name: next.name, state: 'absent' });
    expect((await checkIn({ membershipId: line.membershipId })).status).toBe(201);

    const met = await verdict(t, meetingId, presider);
    expect([met.expected, met.present, met.leave, met.absent]).toEqual([523, 349, 2, 172]);
    expect(met.quorum).toMatchObject({ required: 349, met: true, sentence: '本次大会应到代表523人，实到349人，符合法定人数。', sentenceEn: '523 deputies are expected and 349 are present; the quorum is met.' });
    const rows = await t.store.db.selectFrom('attendance').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).where('state', '=', 'present').executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(349);

    // The screen sees the flip live, and the hall screen's state says it.
    const flipped = JSON.parse((await stream.next((f) => f.event === 'counts' && JSON.parse(f.data).present === 349)).data);
    expect(flipped.quorum).toMatchObject({ met: true, sentence: '本次大会应到代表523人，实到349人，符合法定人数。' });
    stream.close();
    const board = await t.call('GET', `/api/meetings/${meetingId}/screen`, { token: screen });
    expect(board.status).toBe(200);
    expect(board.body.counts.quorum.sentence).toBe('本次大会应到代表523人，实到349人，符合法定人数。');
  }, 120_000);
});
