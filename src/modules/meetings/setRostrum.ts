import Type, { type Static } from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { Limits } from './kinds.js';
import { listRostrum, lockMeeting } from './queries.js';
import { presentRostrum } from './presenters.js';

const Text = (maxLength: number, description: string) => Type.String({ minLength: 1, maxLength, pattern: '\\S', description });

/** A member of any body by membership, or a leader by name and title. */
export const RostrumPerson = Type.Union([
  Type.Object({ membershipId: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'A member of any body' }) }, { additionalProperties: false }),
  Type.Object({ name: Text(50, 'A leader with no membership here'), title: Text(100, '职务: 市委书记, 市长') }, { additionalProperties: false }),
]);

export const SetRostrumInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    rows: Type.Array(Type.Array(RostrumPerson, { minItems: 1, maxItems: Limits.rostrumSeatsPerRow, description: 'One row, in protocol order' }), {
      maxItems: Limits.rostrumRows,
      description: 'The rostrum row by row, front row (前排) first; an empty list clears it',
    }),
  },
  { additionalProperties: false },
);
type Person = Static<typeof RostrumPerson>;

/**
 * Seats the rostrum of a meeting (主席台就座): rows from the front, each in protocol order, as the
 * secretariat decides them. Replaces what the meeting had. A member is named by membership (of any
 * body: the consultative conference's chair may sit on the congress's rostrum); a leader who holds
 * none by name and title. Nobody twice.
 */
export const setRostrum = defineOperation({
  name: 'meetings.setRostrum',
  input: SetRostrumInput,
  permission: 'meeting.manage',
  async run({ tx, dialect }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const seen = new Map<string, string>();
    const rows: Array<{ row: number; place: number; membership_id: number | null; name: string | null; title: string | null }> = [];
    for (const [r, people] of input.rows.entries()) {
      for (const [p, person] of people.entries()) {
        const where = `第${r + 1}排第${p + 1}位`;
        const whereEn = `row ${r + 1}, place ${p + 1}`;
        const key = 'membershipId' in person ? `m${person.membershipId}` : `n${person.name.trim()}\u0000${person.title.trim()}`;
        const before = seen.get(key);
        if (before !== undefined) {
          throw errors.unprocessable('rostrum_person_repeated', {
            'zh-CN': `主席台${where}的${describe(person)}已在${before}`,
            en: `${describeEn(person)} at ${whereEn} is already seated at ${before}`,
          });
        }
        seen.set(key, where);
        if ('membershipId' in person) {
          const m = await tx.selectFrom('memberships').select('id').where('id', '=', person.membershipId).executeTakeFirst();
          if (!m) throw errors.notFound('membership', person.membershipId);
        }
        rows.push({
          row: r + 1,
          place: p + 1,
          membership_id: 'membershipId' in person ? person.membershipId : null,
          name: 'name' in person ? person.name.trim() : null,
          title: 'title' in person ? person.title.trim() : null,
        });
      }
    }
    await tx.deleteFrom('rostrum_seats').where('meeting_id', '=', meeting.id).execute();
    if (rows.length > 0) await tx.insertInto('rostrum_seats').values(rows.map((s) => ({ body_id: meeting.body_id, meeting_id: meeting.id, ...s }))).execute();
    return { bodyId: meeting.body_id, meetingId: meeting.id, rostrum: presentRostrum(await listRostrum(tx, meeting.id)) };
  },
  events: (_input, result) => [{ type: 'meeting.rostrumSet', bodyId: result.bodyId, meetingId: result.meetingId, data: { meetingId: result.meetingId, seats: result.rostrum.reduce((n, r) => n + r.people.length, 0) } }],
});

function describe(p: Person): string {
  return 'membershipId' in p ? `成员资格 ${p.membershipId}` : `${p.title}${p.name}`;
}

function describeEn(p: Person): string {
  return 'membershipId' in p ? `Membership ${p.membershipId}` : `${p.name} (${p.title})`;
}
