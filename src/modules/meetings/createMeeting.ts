import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getSession } from '../registry/queries.js';
import { MeetingKinds, OneOf } from '../registry/kinds.js';
import { presentMeeting } from '../registry/presenters.js';
import { getMeetingByOrdinal, nextMeetingOrdinal } from './queries.js';

/** A moment with its UTC offset, to the minute or second: `2025-01-08T09:00:00+08:00`. */
export const IsoDateTime = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$',
  description: 'ISO 8601 date-time with offset, e.g. 2025-01-08T09:00:00+08:00',
});

export const CreateMeetingInput = Type.Object(
  {
    sessionId: Type.Integer({ minimum: 1 }),
    kind: OneOf(MeetingKinds),
    ordinal: Type.Optional(Type.Integer({ minimum: 1, maximum: 999, description: 'Place in the session; the next free one when omitted' })),
    title: Type.String({ minLength: 1, maxLength: 100, description: '第二次全体会议' }),
    startsAt: Type.Optional(IsoDateTime),
    venue: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '云州市人民会堂' })),
  },
  { additionalProperties: false },
);

/** Schedules a sitting of a session: its opening, a plenary, the closing, a group or presidium meeting. */
export const createMeeting = defineOperation({
  name: 'meetings.createMeeting',
  input: CreateMeetingInput,
  permission: 'registry.manage',
  async run({ tx }, input) {
    const session = await getSession(tx, input.sessionId);
    let ordinal = input.ordinal;
    if (ordinal === undefined) {
      ordinal = await nextMeetingOrdinal(tx, session.id);
    } else {
      const clash = await getMeetingByOrdinal(tx, session.id, ordinal);
      if (clash) {
        throw errors.conflict('meeting_exists', {
          'zh-CN': `会议 ${session.id} 已有第 ${ordinal} 个会次“${clash.title}”（会次 ${clash.id}）`,
          en: `Session ${session.id} already has meeting ${ordinal}, "${clash.title}" (meeting ${clash.id})`,
        });
      }
    }
    const row = await tx
      .insertInto('meetings')
      .values({
        body_id: session.body_id,
        session_id: session.id,
        kind: input.kind,
        ordinal,
        title: input.title,
        starts_at: input.startsAt ?? null,
        venue: input.venue ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { bodyId: row.body_id, ...presentMeeting(row) };
  },
  // The ordinal actually taken goes into the log, also when the input left it to us.
  audit: (input, result) => ({ bodyId: result.bodyId, payload: { ...input, meetingId: result.id, ordinal: result.ordinal } }),
  events: (_input, result) => [{ type: 'meeting.created', bodyId: result.bodyId, meetingId: result.id, data: result }],
});
