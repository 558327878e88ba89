import Type, { type Static } from 'typebox';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import type { MeetingTable } from '../../store/schema.js';
import type { Updateable } from 'kysely';
import { MeetingKinds, OneOf } from '../registry/kinds.js';
import { IsoDateTime } from './createMeeting.js';
import { QuorumBases } from './kinds.js';
import { lockMeeting } from './queries.js';
import { meetingDetail } from './meetingDetail.js';

export const QuorumInput = Type.Object(
  {
    base: OneOf(QuorumBases, { description: 'all: a fraction of all members; fixed: a set number present' }),
    num: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Numerator of the fraction (base all)' })),
    den: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Denominator of the fraction (base all)' })),
    inclusive: Type.Optional(Type.Boolean({ description: 'true: at least the fraction (以上); false: more than it (超过, 过半数). Base all.' })),
    fixed: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'The number required (base fixed)' })),
    citation: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: '《本次会议选举办法》第五条' })),
  },
  { additionalProperties: false },
);

export const UpdateMeetingInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    kind: Type.Optional(OneOf(MeetingKinds)),
    startsAt: Type.Optional(Type.Union([IsoDateTime, Type.Null()])),
    venue: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
    padCheckIn: Type.Optional(Type.Boolean({ description: 'Members may check themselves in on the pad' })),
    quorum: Type.Optional(QuorumInput),
    clearQuorum: Type.Optional(Type.Literal(true, { description: "Drop the meeting's own quorum rule: the body's or the statute's applies" })),
  },
  { additionalProperties: false },
);

type Quorum = Static<typeof QuorumInput>;

/** What is wrong with a quorum rule, in both languages; null when it holds together. */
function quorumProblem(q: Quorum): { zh: string; en: string } | null {
  if (q.base === 'all') {
    if (q.num === undefined || q.den === undefined || q.inclusive === undefined) {
      return { zh: '按全体组成人员计算的法定人数须给出分子 num、分母 den 和是否含本数 inclusive', en: 'a quorum of all members needs num, den and inclusive' };
    }
    if (q.fixed !== undefined) return { zh: '按全体组成人员计算的法定人数不能同时给出固定人数 fixed', en: 'a quorum of all members takes no fixed number' };
    if (q.num > q.den) return { zh: `比例 ${q.num}/${q.den} 超过全体`, en: `the fraction ${q.num}/${q.den} is more than all members` };
    return null;
  }
  if (q.fixed === undefined) return { zh: '固定法定人数须给出人数 fixed', en: 'a fixed quorum needs the number fixed' };
  if (q.num !== undefined || q.den !== undefined || q.inclusive !== undefined) {
    return { zh: '固定法定人数不能同时给出比例 num/den 或 inclusive', en: 'a fixed quorum takes no fraction (num, den) or inclusive' };
  }
  return null;
}

function quorumColumns(q: Quorum | null): Updateable<MeetingTable> {
  if (q === null) return { quorum_base: null, quorum_num: null, quorum_den: null, quorum_inclusive: null, quorum_fixed: null, quorum_citation: null };
  return {
    quorum_base: q.base,
    quorum_num: q.num ?? null,
    quorum_den: q.den ?? null,
    quorum_inclusive: q.inclusive === undefined ? null : q.inclusive ? 1 : 0,
    quorum_fixed: q.fixed ?? null,
    quorum_citation: q.citation ?? null,
  };
}

/**
 * Changes a meeting's title, kind, start, venue, whether members check in on the pad, or its own
 * quorum rule (an election sitting's figure from the session's election rules; `clearQuorum` drops it).
 * Fields left out stay as they are.
 */
export const updateMeeting = defineOperation({
  name: 'meetings.updateMeeting',
  input: UpdateMeetingInput,
  permission: 'meeting.manage',
  async run({ tx, dialect, now }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const { meetingId: _id, ...fields } = input;
    if (Object.keys(fields).length === 0) {
      throw errors.unprocessable('nothing_to_update', {
        'zh-CN': `没有要修改的内容：请给出会次 ${meeting.id} 的 title、kind、startsAt、venue、padCheckIn、quorum 或 clearQuorum`,
        en: `Nothing to change: give meeting ${meeting.id} a title, kind, startsAt, venue, padCheckIn, quorum or clearQuorum`,
      });
    }
    if (fields.quorum && fields.clearQuorum) {
      throw errors.unprocessable('quorum_invalid', {
        'zh-CN': '法定人数规则有误：不能同时给出 quorum 和 clearQuorum',
        en: 'The quorum rule does not hold: give either quorum or clearQuorum, not both',
      });
    }
    if (fields.quorum) {
      const problem = quorumProblem(fields.quorum);
      if (problem) throw errors.unprocessable('quorum_invalid', { 'zh-CN': `法定人数规则有误：${problem.zh}`, en: `The quorum rule does not hold: ${problem.en}` });
    }
    await tx
      .updateTable('meetings')
      .set({
        ...(fields.title === undefined ? {} : { title: fields.title }),
        ...(fields.kind === undefined ? {} : { kind: fields.kind }),
        ...(fields.startsAt === undefined ? {} : { starts_at: fields.startsAt }),
        ...(fields.venue === undefined ? {} : { venue: fields.venue }),
        ...(fields.padCheckIn === undefined ? {} : { pad_check_in: fields.padCheckIn ? 1 : 0 }),
        ...(fields.quorum === undefined ? {} : quorumColumns(fields.quorum)),
        ...(fields.clearQuorum ? quorumColumns(null) : {}),
      })
      .where('id', '=', meeting.id)
      .execute();
    return meetingDetail(tx, meeting.id, now);
  },
  audit: (input, result) => ({ bodyId: result.bodyId, payload: input }),
  events: (input, result) => [{ type: 'meeting.updated', bodyId: result.bodyId, meetingId: result.id, data: { meetingId: result.id, fields: Object.keys(input).filter((k) => k !== 'meetingId').sort() } }],
});
