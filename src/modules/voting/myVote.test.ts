import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { seedSitting } from '../attendance/testing.js';
import { markPresent, openedMotion, padTokens } from './testing.js';

describeStores('GET /api/motions/:id/my-vote', (stores) => {
  it("tells a member their own recorded vote and its changes; on a secret motion only that they voted; members of the term only", async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const [a001, a002] = await padTokens(t.runtime, [s.ids.A001!, s.ids.A002!]);
    await markPresent(t.runtime, s, [s.ids.A001!, s.ids.A002!]);
    const staff = await t.tokenFor('secretariat');
    const mine = (id: number, token: string) => t.call('GET', `/api/motions/${id}/my-vote`, { token });

    const recorded = await openedMotion(t, staff, s.meetingId, { title: '关于预算的决议', kind: 'recorded', allowChange: true });
    expect((await mine(recorded, a001!)).body).toEqual({ motionId: recorded, voted: false, choice: null, changes: 0 });
    await t.call('POST', `/api/motions/${recorded}/votes`, { token: a001!, body: { choice: 'no' } });
    await t.call('POST', `/api/motions/${recorded}/votes`, { token: a001!, body: { choice: 'yes' } });
    expect((await mine(recorded, a001!)).body).toEqual({ motionId: recorded, voted: true, choice: 'yes', changes: 1 });
    expect((await mine(recorded, a002!)).body).toEqual({ motionId: recorded, voted: false, choice: null, changes: 0 });
    await t.call('POST', `/api/motions/${recorded}/close`, { token: staff, body: {} });

    const secret = await openedMotion(t, staff, s.meetingId, { title: '关于罢免的决定', kind: 'secret' });
    await t.call('POST', `/api/motions/${secret}/votes`, { token: a002!, body: { choice: 'abstain' } });
    expect((await mine(secret, a002!)).body).toEqual({ motionId: secret, voted: true, choice: null, changes: 0 });
    expect((await mine(secret, a001!)).body).toEqual({ motionId: secret, voted: false, choice: null, changes: 0 });

    // Staff are no members; an unknown motion is a 404.
    const refused = await t.call('GET', `/api/motions/${secret}/my-vote`, { token: staff });
    expect(refused.status).toBe(403);
    expect((await mine(99999, a001!)).status).toBe(404);
  });
});
