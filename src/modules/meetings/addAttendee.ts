import Type, { type Static } from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { OneOf } from '../registry/kinds.js';
import { getBody, getTerm } from '../registry/queries.js';
import { AttendeeKinds, AttendeeRoles, Limits } from './kinds.js';
import { listAttendees, lockMeeting, stageOfMeeting } from './queries.js';
import { attendeesOf } from './meetingDetail.js';

export const AddAttendeeInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    stageId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'One stage; the whole meeting when omitted' })),
    role: OneOf(AttendeeRoles, { description: 'nonvoting 列席, invited 特邀, observer 旁听' }),
    kind: OneOf(AttendeeKinds, { description: 'person: one line by name; group: a group of any body; term: every member of another body’s term' }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'person: the name, or the line as the report reads it' })),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'person: office' })),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: Limits.attendeeCount, description: 'person: head count of the line, 1 by default' })),
    groupId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
    termId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
  },
  { additionalProperties: false },
);

type Input = Static<typeof AddAttendeeInput>;
type Field = 'name' | 'title' | 'count' | 'groupId' | 'termId';

/** Which fields each kind takes; the rest must be absent. */
const FIELDS: Record<Input['kind'], { needs: Field; allows: Field[] }> = {
  person: { needs: 'name', allows: ['name', 'title', 'count'] },
  group: { needs: 'groupId', allows: ['groupId'] },
  term: { needs: 'termId', allows: ['termId'] },
};

/**
 * Adds a non-voting attendance line to a meeting or one of its stages: a person by name (列席,
 * 特邀, 旁听), a group of any body (a consultative conference's sector), or every member of another
 * body's term ("the conference's members sit in on the congress's second stage"). Groups and terms
 * are counted on the day, never copied.
 */
export const addAttendee = defineOperation({
  name: 'meetings.addAttendee',
  input: AddAttendeeInput,
  permission: 'meeting.manage',
  async run({ tx, dialect, now }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const stageId = input.stageId ?? null;
    if (stageId !== null) await stageOfMeeting(tx, meeting.id, stageId);
    const { needs, allows } = FIELDS[input.kind];
    const extra = (['name', 'title', 'count', 'groupId', 'termId'] as const).filter((f) => input[f] !== undefined && !allows.includes(f));
    if (input[needs] === undefined || extra.length > 0) {
      throw errors.unprocessable('attendee_invalid', {
        'zh-CN': `${input.kind} 类列席须给出 ${needs}${allows.length > 1 ? `，可给出 ${allows.join('、')}` : ''}${extra.length > 0 ? `；不能给出 ${extra.join('、')}` : ''}`,
        en: `An attendee of kind ${input.kind} needs ${needs}${allows.length > 1 ? ` and may have ${allows.join(', ')}` : ''}${extra.length > 0 ? `; it takes no ${extra.join(', ')}` : ''}`,
      });
    }
    if (input.groupId !== undefined) {
      const group = await tx.selectFrom('groups').select('id').where('id', '=', input.groupId).executeTakeFirst();
      if (!group) throw errors.notFound('group', input.groupId);
    }
    if (input.termId !== undefined) {
      const term = await getTerm(tx, input.termId);
      if (term.body_id === meeting.body_id) {
        const body = await getBody(tx, meeting.body_id);
        throw errors.unprocessable('attendee_term_own_body', {
          'zh-CN': `届次 ${term.id} 是${body.name}本身的届次，其成员作为成员出席，不作为列席人员`,
          en: `Term ${term.id} is a term of ${body.name_en} itself; its members attend as members, not as non-voting attendees`,
        });
      }
    }
    const same = (await listAttendees(tx, meeting.id)).find(
      (a) =>
        a.stage_id === stageId &&
        a.kind === input.kind &&
        (input.kind === 'person' ? a.name === input.name : input.kind === 'group' ? a.group_id === input.groupId : a.term_id === input.termId),
    );
    if (same) {
      throw errors.conflict('attendee_exists', {
        'zh-CN': `会次 ${meeting.id}${stageId === null ? '' : `的阶段 ${stageId}`} 已有这一列席安排（列席 ${same.id}）`,
        en: `Meeting ${meeting.id}${stageId === null ? '' : `, stage ${stageId},`} already has this attendee line (attendee ${same.id})`,
      });
    }
    const row = await tx
      .insertInto('attendees')
      .values({
        body_id: meeting.body_id,
        meeting_id: meeting.id,
        stage_id: stageId,
        role: input.role,
        kind: input.kind,
        name: input.name ?? null,
        title: input.title ?? null,
        group_id: input.groupId ?? null,
        term_id: input.termId ?? null,
        count: input.count ?? 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const attendee = (await attendeesOf(tx, meeting, now)).find((a) => a.id === row.id)!;
    return { bodyId: meeting.body_id, meetingId: meeting.id, attendee };
  },
  audit: (input, result) => ({ bodyId: result.bodyId, payload: { ...input, attendeeId: result.attendee.id } }),
  events: (_input, result) => [{ type: 'meeting.attendeeAdded', bodyId: result.bodyId, meetingId: result.meetingId, data: result }],
});
