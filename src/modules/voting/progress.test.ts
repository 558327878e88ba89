import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp, type TestApp } from '../../server/testing.js';
import { openSse, seedSitting } from '../live/testing.js';
import { markPresent, openedMotion, padTokens } from './testing.js';

async function listening(t: TestApp): Promise<number> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return (t.app.server.address() as { port: number }).port;
}

describeStores("an open motion's progress", (stores) => {
  for (const kind of ['recorded', 'secret'] as const) {
    it(`counts the ${kind} votes cast, never their content: on the stream (motion.progress, throttled) and in GET /api/motions/:id`, async () => {
      const t = await startTestApp(await stores.open());
      const s = await seedSitting(t.runtime, 12);
      await markPresent(t.runtime, s, s.membershipIds.slice(0, 10));
      const tokens = await padTokens(t.runtime, s.membershipIds.slice(0, 10));
      const staff = await t.tokenFor('secretariat');
      const screen = await t.tokenFor('screen');
      const port = await listening(t);
      // Staff follow the count; the hall screen does not get it.
      const sse = await openSse(port, `/api/meetings/${s.meetingId}/stream?token=${staff}`);
      const hall = await openSse(port, `/api/meetings/${s.meetingId}/stream?token=${screen}`);
      await sse.next((f) => f.event === 'counts');
      await hall.next((f) => f.event === 'counts');

      const id = await openedMotion(t, staff, s.meetingId, { title: '关于提案工作情况报告的决议', kind, allowChange: kind === 'recorded' });
      expect((await t.call('GET', `/api/motions/${id}`, { token: screen })).body).toMatchObject({ id, status: 'open', progress: { cast: 0, present: 10 } });

      const choices = ['yes', 'no', 'abstain', 'yes', 'yes', 'yes', 'no'] as const;
      const answers = await Promise.all(choices.map((choice, i) => t.call('POST', `/api/motions/${id}/votes`, { token: tokens[i]!, body: { choice } })));
      expect(answers.map((a) => a.status)).toEqual(Array(7).fill(201));
      const last = await sse.next((f) => f.event === 'motion.progress' && JSON.parse(f.data).cast === 7);
      // The frame holds the motion, the count and the present; no choice, no voter.
      expect(JSON.parse(last.data)).toEqual({ motionId: id, cast: 7, present: 10 });
      const progress = sse.frames.filter((f) => f.event === 'motion.progress');
      for (const f of progress) expect(Object.keys(JSON.parse(f.data)).sort()).toEqual(['cast', 'motionId', 'present']);
      // Seven votes arriving together: fewer frames than votes (one per 100 ms window at most).
      expect(progress.length).toBeLessThan(7);
      expect((await t.call('GET', `/api/motions/${id}`, { token: screen })).body.progress).toEqual({ cast: 7, present: 10 });

      if (kind === 'recorded') {
        // A change of vote adds no one.
        expect((await t.call('POST', `/api/motions/${id}/votes`, { token: tokens[1]!, body: { choice: 'yes' } })).status).toBe(200);
        expect((await t.call('GET', `/api/motions/${id}`, { token: screen })).body.progress).toEqual({ cast: 7, present: 10 });
      }
      const closed = await t.call('POST', `/api/motions/${id}/close`, { token: staff, body: {} });
      expect(closed.body.result).toMatchObject({ yes: 5 - (kind === 'recorded' ? 0 : 1), present: 10 });
      expect((await t.call('GET', `/api/motions/${id}`, { token: screen })).body.progress).toBeNull();
      await hall.next((f) => f.event === 'motion.closed');
      expect(hall.frames.filter((f) => f.event === 'motion.progress')).toEqual([]);
      sse.close();
      hall.close();
    });
  }

  it('is not for a draft, nor for an unknown motion', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 3);
    const staff = await t.tokenFor('secretariat');
    const id = await openedMotion(t, staff, s.meetingId, { title: '决议', kind: 'recorded' }, false);
    expect((await t.call('GET', `/api/motions/${id}`, { token: staff })).body).toMatchObject({ status: 'draft', progress: null });
    expect((await t.call('GET', '/api/motions/999', { token: staff })).status).toBe(404);
  });
});
