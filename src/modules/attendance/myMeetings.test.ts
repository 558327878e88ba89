import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { seedSitting } from './testing.js';

describeStores('GET /api/me/meetings', (stores) => {
  it("lists the member's sittings with pad check-in, their own state and leave request; members only", async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime);
    const desk = await t.tokenFor('secretariat');
    const pad = (await t.call('POST', `/api/memberships/${s.ids.A001}/credential`, { token: desk, body: {} })).body.token as string;

    expect((await t.call('GET', '/api/me/meetings')).status).toBe(401);
    expect((await t.call('GET', '/api/me/meetings', { token: await t.tokenFor('screen') })).status).toBe(403);

    const before = await t.call('GET', '/api/me/meetings', { token: pad });
    expect(before.status).toBe(200);
    const mine = (before.body as { id: number }[]).find((m) => m.id === s.meetingId);
    expect(mine).toMatchObject({ id: s.meetingId, bodyId: s.bodyId, membershipId: s.ids.A001, padCheckIn: false, state: 'absent', leaveRequest: null });

    await t.call('PATCH', `/api/meetings/${s.meetingId}`, { token: desk, body: { padCheckIn: true } });
    await t.call('POST', `/api/meetings/${s.meetingId}/leave-requests`, { token: pad, body: { reason: '出差' } });
    const asked = (await t.call('GET', '/api/me/meetings', { token: pad })).body as { id: number }[];
    expect(asked.find((m) => m.id === s.meetingId)).toMatchObject({ padCheckIn: true, state: 'absent', leaveRequest: 'pending' });

    expect((await t.call('POST', `/api/meetings/${s.meetingId}/check-in`, { token: pad, body: {} })).status).toBe(201);
    const present = (await t.call('GET', '/api/me/meetings', { token: pad })).body as { id: number }[];
    expect(present.find((m) => m.id === s.meetingId)).toMatchObject({ state: 'present' });
  });
});
