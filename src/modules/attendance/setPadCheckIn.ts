import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { loadMeeting } from './queries.js';

export const SetPadCheckInInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    open: Type.Boolean({ description: 'Whether members may check themselves in on the pad' }),
  },
  { additionalProperties: false },
);

/** Opens or closes checking in on the member's pad for a meeting (closed by default: the desk checks in). */
export const setPadCheckIn = defineOperation({
  name: 'attendance.setPadCheckIn',
  input: SetPadCheckInInput,
  permission: 'attendance.manage',
  async run({ tx, now }, input) {
    const meeting = await loadMeeting(tx, input.meetingId, now);
    await tx.updateTable('meetings').set({ pad_check_in: input.open ? 1 : 0 }).where('id', '=', meeting.id).execute();
    return { bodyId: meeting.bodyId, meetingId: meeting.id, padCheckIn: input.open };
  },
  events: (_input, r) => [{ type: 'attendance.padCheckIn', bodyId: r.bodyId, meetingId: r.meetingId, data: { open: r.padCheckIn } }],
});
