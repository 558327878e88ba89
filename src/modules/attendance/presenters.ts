/** What the attendance module's reads send out: the figures of a sitting and the desk's search lines. */
import Type from 'typebox';
import { AttendanceState, LeaveStatuses } from './states.js';
import { OneOf } from '../registry/kinds.js';
import { Nullable } from '../../server/schemaTypes.js';


export const CountsView = Type.Object({
  meetingId: Type.Integer(),
  stageId: Nullable(Type.Integer()),
  bodyId: Type.Integer(),
  day: Type.String({ description: "The meeting's day: who counts is decided on it" }),
  expected: Type.Integer({ description: '应到' }),
  present: Type.Integer({ description: '实到' }),
  leave: Type.Integer({ description: '请假' }),
  absent: Type.Integer({ description: '缺席' }),
  groups: Type.Array(
    Type.Object({
      groupId: Nullable(Type.Integer()),
      name: Nullable(Type.String()),
      expected: Type.Integer(),
      present: Type.Integer(),
      leave: Type.Integer(),
      absent: Type.Integer(),
    }),
  ),
  attendees: Type.Object({ nonvoting: Type.Integer(), invited: Type.Integer(), observer: Type.Integer(), total: Type.Integer() }, { description: 'Non-voting attendees (列席, 特邀, 旁听), never in present' }),
  quorum: Type.Object({
    expected: Type.Integer(),
    present: Type.Integer(),
    required: Type.Integer(),
    met: Type.Boolean(),
    rule: Type.String(),
    ruleEn: Type.String(),
    citation: Type.String(),
    sentence: Type.String(),
    sentenceEn: Type.String(),
  }),
});

export const States = [AttendanceState.Present, AttendanceState.Leave, AttendanceState.Absent] as const;

export const RosterLineView = Type.Object({
  membershipId: Type.Integer(),
  key: Type.String(),
  name: Type.String(),
  initials: Nullable(Type.String()),
  groupName: Nullable(Type.String()),
  title: Nullable(Type.String()),
  state: OneOf(States),
  method: Nullable(Type.String()),
  at: Nullable(Type.String()),
});

export const RosterSearchView = Type.Object({ total: Type.Integer(), members: Type.Array(RosterLineView) });

export const LeaveRequestView = Type.Object({
  id: Type.Integer(),
  meetingId: Type.Integer(),
  membershipId: Type.Integer(),
  key: Type.String(),
  name: Type.String(),
  reason: Type.String(),
  status: OneOf(LeaveStatuses),
  requestedBy: Type.String(),
  requestedAt: Type.String(),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
});
