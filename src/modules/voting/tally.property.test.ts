import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import { startTestApp } from '../../server/testing.js';
import { execute, SYSTEM } from '../../server/operation.js';
import { seedSitting } from '../live/testing.js';
import { createMotion } from './createMotion.js';
import { openMotion } from './openMotion.js';
import { closeMotion } from './closeMotion.js';
import { storedVotes } from './count.js';
import { markPresent, padTokens } from './testing.js';
import { Choices, type Choice } from './states.js';

const MEMBERS = 6;
const PRESENT = 5;

describeStores('tally of accepted votes', (stores) => {
  it('equals the final choices of the accepted votes, for any sequence of votes, with or without change', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, MEMBERS);
    const tokens = await padTokens(t.runtime, s.membershipIds);
    await markPresent(t.runtime, s, s.membershipIds.slice(0, PRESENT));

    const motionKind = fc.constantFrom(
      { kind: 'recorded' as const, allowChange: true },
      { kind: 'recorded' as const, allowChange: false },
      { kind: 'secret' as const, allowChange: false },
    );
    const votes = fc.array(fc.record({ member: fc.integer({ min: 0, max: MEMBERS - 1 }), choice: fc.constantFrom(...Choices) }), { maxLength: 14 });

    await fc.assert(
      fc.asyncProperty(motionKind, votes, async (settings, sequence) => {
        const motion = await execute(t.runtime, createMotion, { meetingId: s.meetingId, title: '动议', ...settings }, SYSTEM);
        await execute(t.runtime, openMotion, { motionId: motion.id }, SYSTEM);
        const final = new Map<number, Choice>();
        for (const v of sequence) {
          const res = await t.call('POST', `/api/motions/${motion.id}/votes`, { token: tokens[v.member]!, body: { choice: v.choice } });
          // The model: absent members are refused; a second vote replaces the first only where allowed.
          const expected = v.member >= PRESENT ? 422 : !final.has(v.member) ? 201 : settings.allowChange ? 200 : 409;
          expect(res.status).toBe(expected);
          if (expected === 201 || expected === 200) final.set(v.member, v.choice);
        }
        const closed = await execute(t.runtime, closeMotion, { motionId: motion.id }, SYSTEM);
        const count = (c: Choice) => [...final.values()].filter((x) => x === c).length;
        const model = { yes: count('yes'), no: count('no'), abstain: count('abstain') };
        expect(await storedVotes(t.store.db, { id: motion.id, kind: settings.kind })).toEqual(model);
        expect(closed.result).toMatchObject({ ...model, expected: MEMBERS, present: PRESENT, notVoted: PRESENT - final.size, required: 4, passed: model.yes >= 4 });
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
