import Type from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { getBody, getSession, getTerm } from '../registry/queries.js';
import { presentTerm } from '../registry/presenters.js';
import { Limits, PresidingRoles, PresidingRoleWords, type PresidingRole } from './kinds.js';
import { listPresiding, lockMeeting, stageOfMeeting } from './queries.js';
import { presentPresiding } from './presenters.js';

const MembershipId = Type.Integer({ minimum: 1, maximum: 2147483647 });

export const SetPresidingInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    stageId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'One stage; the whole meeting when omitted' })),
    presider: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'The membership of who presides (主持); none when omitted' })),
    executiveChairs: Type.Array(MembershipId, { maxItems: Limits.executiveChairs, description: '执行主席, in protocol order' }),
    standingChair: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: "常务主席 of a people's congress presidium" })),
  },
  { additionalProperties: false },
);

/**
 * Names who presides over a meeting or one of its stages (主持), its executive chairs (执行主席)
 * in protocol order and, for a people's congress, the presidium's standing chair (常务主席):
 * each an active member of the meeting's body in the session's term. Replaces what that scope had.
 */
export const setPresiding = defineOperation({
  name: 'meetings.setPresiding',
  input: SetPresidingInput,
  permission: 'meeting.manage',
  async run({ tx, dialect }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const stageId = input.stageId ?? null;
    if (stageId !== null) await stageOfMeeting(tx, meeting.id, stageId);
    const body = await getBody(tx, meeting.body_id);
    const session = await getSession(tx, meeting.session_id);
    const term = presentTerm(await getTerm(tx, session.term_id));
    const standingChair = input.standingChair ?? null;
    if (standingChair !== null && body.kind !== 'people-congress') {
      throw errors.unprocessable('standing_chair_not_allowed', {
        'zh-CN': `只有人民代表大会主席团设常务主席；${body.name}不是人民代表大会`,
        en: `Only a people's congress presidium has a standing chair; ${body.name_en} is a ${body.kind} body`,
      });
    }
    const seenChairs = new Set<number>();
    for (const [i, id] of input.executiveChairs.entries()) {
      if (seenChairs.has(id)) {
        throw errors.unprocessable('executive_chair_repeated', {
          'zh-CN': `执行主席名单第 ${i + 1} 位的成员资格 ${id} 已在名单中`,
          en: `Membership ${id} is listed again as executive chair ${i + 1}`,
        });
      }
      seenChairs.add(id);
    }

    const wanted: Array<{ role: PresidingRole; membershipId: number; rank: number }> = [
      ...(input.presider === undefined ? [] : [{ role: PresidingRoles.presider, membershipId: input.presider, rank: 1 }]),
      ...(standingChair === null ? [] : [{ role: PresidingRoles.standingChair, membershipId: standingChair, rank: 1 }]),
      ...input.executiveChairs.map((membershipId, i) => ({ role: PresidingRoles.executiveChair, membershipId, rank: i + 1 })),
    ];
    for (const w of wanted) {
      const m = await tx
        .selectFrom('memberships')
        .innerJoin('people', 'people.id', 'memberships.person_id')
        .select(['memberships.id', 'memberships.body_id', 'memberships.term_id', 'memberships.status', 'people.name'])
        .where('memberships.id', '=', w.membershipId)
        .executeTakeFirst();
      if (!m) throw errors.notFound('membership', w.membershipId);
      const role = PresidingRoleWords[w.role];
      if (m.body_id !== body.id || m.term_id !== term.id) {
        throw errors.unprocessable('not_a_member', {
          'zh-CN': `${role.zh}须是${body.name}${term.name}的成员；成员资格 ${m.id}（${m.name}）不是`,
          en: `The ${role.en} must be a member of ${body.name_en}, term ${term.ordinal}; membership ${m.id} (${m.name}) is not`,
        });
      }
      if (m.status !== 'active') {
        throw errors.unprocessable('member_not_active', {
          'zh-CN': `成员资格 ${m.id}（${m.name}）的状态为 ${m.status}，不能担任${role.zh}`,
          en: `Membership ${m.id} (${m.name}) is ${m.status} and cannot be ${role.en}`,
        });
      }
    }

    // The store holds a role once per person per meeting (whatever the stage): a person named for
    // the same role in another scope of this meeting is refused by name rather than by the constraint.
    const elsewhere = await tx
      .selectFrom('meeting_roles')
      .innerJoin('memberships', 'memberships.id', 'meeting_roles.membership_id')
      .innerJoin('people', 'people.id', 'memberships.person_id')
      .leftJoin('stages', 'stages.id', 'meeting_roles.stage_id')
      .select(['meeting_roles.role', 'meeting_roles.membership_id', 'people.name', 'stages.title as stage_title'])
      .where('meeting_roles.meeting_id', '=', meeting.id)
      .where((eb) => (stageId === null ? eb('meeting_roles.stage_id', 'is not', null) : eb.or([eb('meeting_roles.stage_id', 'is', null), eb('meeting_roles.stage_id', '!=', stageId)])))
      .execute();
    for (const w of wanted) {
      const clash = elsewhere.find((e) => e.role === w.role && e.membership_id === w.membershipId);
      if (clash) {
        const role = PresidingRoleWords[w.role];
        const where = clash.stage_title ?? '整个会次';
        throw errors.conflict('presiding_role_elsewhere', {
          'zh-CN': `${clash.name}已是本会次（${where}）的${role.zh}；同一人在一个会次中只担任一次同一职务`,
          en: `${clash.name} is already ${role.en} of this meeting (${clash.stage_title ?? 'whole meeting'}); a person holds a role once per meeting`,
        });
      }
    }

    let q = tx.deleteFrom('meeting_roles').where('meeting_id', '=', meeting.id);
    q = stageId === null ? q.where('stage_id', 'is', null) : q.where('stage_id', '=', stageId);
    await q.execute();
    if (wanted.length > 0) {
      await tx
        .insertInto('meeting_roles')
        .values(wanted.map((w) => ({ body_id: body.id, meeting_id: meeting.id, stage_id: stageId, role: w.role, membership_id: w.membershipId, rank: w.rank })))
        .execute();
    }
    const scopes = presentPresiding(await listPresiding(tx, meeting.id));
    const scope = scopes.find((s) => s.stageId === stageId) ?? { stageId, presider: null, standingChair: null, executiveChairs: [] };
    return { bodyId: body.id, meetingId: meeting.id, ...scope };
  },
  events: (_input, result) => [{ type: 'meeting.presidingSet', bodyId: result.bodyId, meetingId: result.meetingId, data: { meetingId: result.meetingId, stageId: result.stageId } }],
});
