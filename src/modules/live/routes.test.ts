import { expect, it, vi } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, type TestApp } from '../../server/testing.js';
import { meetingCounts, type MeetingCounts } from '../attendance/counts.js';
import { attendeeLine } from './attendeeLine.js';
import { markPresent, openSse, seedSitting, type Sitting, type SseFrame } from './testing.js';

const changed = (t: TestApp, s: Sitting, membershipId: number) =>
  t.runtime.events.publish({ type: 'attendance.changed', bodyId: s.bodyId, meetingId: s.meetingId, data: { membershipId, state: 'present' } });
const countsOf = (f: SseFrame) => JSON.parse(f.data) as MeetingCounts;
const isCounts = (present: number) => (f: SseFrame) => f.event === 'counts' && countsOf(f).present === present;

async function listening(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return (t.app.server.address() as { port: number }).port;
}

describeStores('live meeting stream', (stores) => {
  it('sends the current counts at once, as a Server-Sent Events frame with an id', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 10);
    await markPresent(t.runtime, s, s.membershipIds.slice(0, 6));
    const port = await listening(t);
    const screen = await t.tokenFor('screen');
    const sse = await openSse(port, `/api/meetings/${s.meetingId}/stream`, { authorization: `Bearer ${screen}` });
    expect(sse.status).toBe(200);
    expect(sse.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(sse.headers['cache-control']).toBe('no-cache, no-transform');
    const first = await sse.next(() => true);
    expect(first.event).toBe('counts');
    expect(first.id).toMatch(/^\d+$/);
    const counts = countsOf(first);
    expect(counts).toEqual(JSON.parse(JSON.stringify(await meetingCounts(t.store.db, s.meetingId))));
    expect(counts).toMatchObject({ expected: 10, present: 6, leave: 0, absent: 4 });
    expect(counts.quorum.sentence).toBe('本次大会应到委员10人，实到委员6人，符合《政协章程》规定的有效人数。');
    sse.close();
  });

  it('takes the token from ?token= (an EventSource sends no header), and refuses without one', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 3);
    const port = await listening(t);
    const press = await t.tokenFor('press');
    const sse = await openSse(port, `/api/meetings/${s.meetingId}/stream?token=${press}`);
    expect(sse.status).toBe(200);
    expect(countsOf(await sse.next(() => true)).expected).toBe(3);
    sse.close();
    const refused = await openSse(port, `/api/meetings/${s.meetingId}/stream`);
    expect(refused.status).toBe(401);
    expect(JSON.parse(await refused.text())).toMatchObject({ error: 'unauthenticated', status: 401 });
    // The query token is read on these routes only.
    const other = await t.call('GET', `/api/meetings/${s.meetingId}?token=${press}`);
    expect(other.status).toBe(401);
  });

  it('answers an unknown meeting with 404 in the one error shape, and keeps no feed for it', async () => {
    const t = await startTestApp(await stores.open());
    const port = await listening(t);
    const sse = await openSse(port, '/api/meetings/999/stream', { authorization: `Bearer ${t.adminToken}` });
    expect(sse.status).toBe(404);
    expect(sse.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(await sse.text())).toEqual({
      error: 'meeting_not_found',
      status: 404,
      message: '会次 999 不存在',
      messages: { 'zh-CN': '会次 999 不存在', en: 'Meeting 999 does not exist' },
    });
    expect(t.app.meetingFeeds.meetings).toBe(0);
  });

  it('coalesces a burst of 500 check-ins into one recomputation, one frame shared by every watcher', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 600);
    const port = await listening(t);
    const auth = { authorization: `Bearer ${t.adminToken}` };
    const watchers = await Promise.all([1, 2, 3].map(() => openSse(port, `/api/meetings/${s.meetingId}/stream`, auth)));
    for (const w of watchers) await w.next(isCounts(0));
    const feeds = t.app.meetingFeeds;
    expect(feeds.watchers(s.meetingId)).toBe(3);
    expect(feeds.recomputationsOf(s.meetingId)).toBe(1);

    const burst = s.membershipIds.slice(0, 500);
    await markPresent(t.runtime, s, burst);
    for (const id of burst) changed(t, s, id);
    const finals = await Promise.all(watchers.map((w) => w.next(isCounts(500))));
    expect(feeds.recomputationsOf(s.meetingId)).toBe(2);
    expect(new Set(finals.map((f) => `${f.id}|${f.data}`)).size).toBe(1);
    for (const w of watchers) expect(w.frames.map((f) => f.event)).toEqual(['counts', 'counts']);
    watchers.forEach((w) => w.close());
  });

  it('resumes with Last-Event-ID: missed meeting events from the ring, then the latest counts; nothing when up to date', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 5);
    const port = await listening(t);
    const auth = { authorization: `Bearer ${t.adminToken}` };
    const url = `/api/meetings/${s.meetingId}/stream`;
    const keeper = await openSse(port, url, auth); // keeps the meeting's feed open meanwhile
    const first = await openSse(port, url, auth);
    const seen = await first.next(isCounts(0));
    first.close();

    t.runtime.events.publish({ type: 'meeting.opened', bodyId: s.bodyId, meetingId: s.meetingId, data: { meetingId: s.meetingId } });
    await markPresent(t.runtime, s, s.membershipIds.slice(0, 2));
    changed(t, s, s.membershipIds[1]!);
    const latest = await keeper.next(isCounts(2));

    const resumed = await openSse(port, url, { ...auth, 'last-event-id': seen.id! });
    await resumed.next(isCounts(2));
    expect(resumed.frames.map((f) => [f.event, f.id])).toEqual([
      ['meeting.opened', expect.stringMatching(/^\d+$/)],
      ['counts', latest.id],
    ]);
    expect(Number(resumed.frames[0]!.id)).toBeGreaterThan(Number(seen.id));
    expect(Number(latest.id)).toBeGreaterThan(Number(resumed.frames[0]!.id));
    expect(JSON.parse(resumed.frames[0]!.data)).toEqual({ meetingId: s.meetingId });
    resumed.close();

    const current = await openSse(port, url, { ...auth, 'last-event-id': latest.id! });
    await markPresent(t.runtime, s, [s.membershipIds[2]!]);
    changed(t, s, s.membershipIds[2]!);
    await current.next(isCounts(3));
    expect(current.frames.map((f) => f.event)).toEqual(['counts']);
    current.close();
    keeper.close();
  });

  it('drops a watcher when it disconnects, and the meeting\'s feed with its last watcher', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 5);
    const port = await listening(t);
    const auth = { authorization: `Bearer ${t.adminToken}` };
    const feeds = t.app.meetingFeeds;
    const watchers = await Promise.all([1, 2, 3].map(() => openSse(port, `/api/meetings/${s.meetingId}/stream`, auth)));
    for (const w of watchers) await w.next(() => true);
    expect(feeds.watchers(s.meetingId)).toBe(3);
    watchers[0]!.close();
    await vi.waitFor(() => expect(feeds.watchers(s.meetingId)).toBe(2));
    watchers[1]!.close();
    watchers[2]!.close();
    await vi.waitFor(() => expect(feeds.meetings).toBe(0));
    const before = feeds.recomputations;
    changed(t, s, s.membershipIds[0]!);
    t.runtime.events.publish({ type: 'meeting.opened', bodyId: s.bodyId, meetingId: s.meetingId, data: {} });
    expect(feeds.recomputations).toBe(before);
  });

  it('ends every stream when the server closes', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 2);
    const port = await listening(t);
    const sse = await openSse(port, `/api/meetings/${s.meetingId}/stream`, { authorization: `Bearer ${t.adminToken}` });
    await sse.next(() => true);
    await t.app.close();
    expect(t.app.meetingFeeds.meetings).toBe(0);
    await sse.text();
  });
});

describeStores('hall board', (stores) => {
  it('sends the old board address, token and all, to the web app\'s hall screen', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 3);
    const screen = await t.tokenFor('screen');
    const res = await t.call('GET', `/board/${s.meetingId}?token=${screen}`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/screen/${s.meetingId}?token=${screen}`);
    const bare = await t.call('GET', `/board/${s.meetingId}`);
    expect([bare.status, bare.headers.location]).toEqual([302, `/screen/${s.meetingId}`]);
  });

  it('shows the attendee line with invited guests and observers only when there are any', () => {
    expect(attendeeLine({ nonvoting: 12, invited: 0, observer: 0, total: 12 })).toBe('列席 12人');
    expect(attendeeLine({ nonvoting: 3, invited: 2, observer: 5, total: 10 })).toBe('列席 3人 · 特邀 2人 · 旁听 5人');
  });
});

describeStores("the hall screen's state", (stores) => {
  it('is the title, the counts and the motion in view: none, the open one, then the closed one with its result', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 5);
    await markPresent(t.runtime, s, s.membershipIds.slice(0, 3));
    const screen = await t.tokenFor('screen');
    expect((await t.call('GET', `/api/meetings/${s.meetingId}/screen`)).status).toBe(401);
    const before = await t.call('GET', `/api/meetings/${s.meetingId}/screen`, { token: screen });
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ meetingId: s.meetingId, title: '第二次全体会议', counts: { expected: 5, present: 3, quorum: { met: true } }, motion: null });

    const motion = await t.call('POST', `/api/meetings/${s.meetingId}/motions`, { token: t.adminToken, body: { title: '关于会议议程的决定', kind: 'recorded' } });
    expect(motion.status).toBe(201);
    await t.call('POST', `/api/motions/${motion.body.id}/open`, { token: t.adminToken, body: {} });
    const open = await t.call('GET', `/api/meetings/${s.meetingId}/screen`, { token: screen });
    expect(open.body.motion).toMatchObject({ id: motion.body.id, status: 'open', result: null });
    await t.call('POST', `/api/motions/${motion.body.id}/close`, { token: t.adminToken, body: {} });
    const closed = await t.call('GET', `/api/meetings/${s.meetingId}/screen`, { token: screen });
    expect(closed.body.motion).toMatchObject({ id: motion.body.id, status: 'closed', result: { yes: 0, notVoted: 3 } });

    const missing = await t.call('GET', '/api/meetings/999/screen', { token: screen });
    expect([missing.status, missing.body.error]).toEqual([404, 'meeting_not_found']);
  });
});
