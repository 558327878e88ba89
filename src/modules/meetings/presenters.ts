/**
 * What leaves the server about a meeting's parts, field by field. A presiding member is named with
 * their office and group; an attendee line carries its resolved head count, never the roster behind it.
 */
import Type, { type Static } from 'typebox';
import type { Meeting } from '../../store/schema.js';
import { describeRule, type QuorumOverride, type QuorumRule } from '../attendance/rules/quorum.js';
import { PresidingRoles } from './kinds.js';
import type { AttendeeRow, PresidingRow, RostrumRow } from './queries.js';
import { Nullable } from '../../server/schemaTypes.js';


export const StageView = Type.Object({ id: Type.Integer(), ordinal: Type.Integer(), title: Type.String(), startsAt: Nullable(Type.String()) });
export function presentStage(s: { id: number; ordinal: number; title: string; starts_at: string | null }): Static<typeof StageView> {
  return { id: s.id, ordinal: s.ordinal, title: s.title, startsAt: s.starts_at };
}

export const AgendaItemView = Type.Object({
  id: Type.Integer(),
  ordinal: Type.Integer(),
  kind: Type.String(),
  title: Type.String(),
  speaker: Nullable(Type.String()),
  stageId: Nullable(Type.Integer()),
});
export function presentAgendaItem(a: { id: number; ordinal: number; kind: string; title: string; speaker: string | null; stage_id: number | null }): Static<typeof AgendaItemView> {
  return { id: a.id, ordinal: a.ordinal, kind: a.kind, title: a.title, speaker: a.speaker, stageId: a.stage_id };
}

export const PresidingMemberView = Type.Object({
  membershipId: Type.Integer(),
  personId: Type.Integer(),
  name: Type.String(),
  title: Nullable(Type.String()),
  groupId: Nullable(Type.Integer()),
  groupName: Nullable(Type.String()),
});
export const PresidingView = Type.Object({
  stageId: Nullable(Type.Integer({ description: 'null: the whole meeting' })),
  presider: Nullable(PresidingMemberView),
  standingChair: Nullable(PresidingMemberView),
  executiveChairs: Type.Array(PresidingMemberView, { description: 'In protocol order' }),
});
type PresidingMember = Static<typeof PresidingMemberView>;

function presentPresidingMember(r: PresidingRow): PresidingMember {
  return { membershipId: r.membership_id, personId: r.person_id, name: r.name, title: r.title, groupId: r.group_id, groupName: r.group_name };
}

/** One entry per scope (the whole meeting first, then each stage by id), each with its roles. */
export function presentPresiding(rows: PresidingRow[]): Array<Static<typeof PresidingView>> {
  const scopes = new Map<number | null, Static<typeof PresidingView>>();
  const sorted = [...rows].sort((a, b) => (a.stage_id ?? 0) - (b.stage_id ?? 0) || a.rank - b.rank);
  for (const r of sorted) {
    let scope = scopes.get(r.stage_id);
    if (!scope) {
      scope = { stageId: r.stage_id, presider: null, standingChair: null, executiveChairs: [] };
      scopes.set(r.stage_id, scope);
    }
    if (r.role === PresidingRoles.presider) scope.presider = presentPresidingMember(r);
    else if (r.role === PresidingRoles.standingChair) scope.standingChair = presentPresidingMember(r);
    else scope.executiveChairs.push(presentPresidingMember(r));
  }
  return [...scopes.values()];
}

export const AttendeeView = Type.Object({
  id: Type.Integer(),
  stageId: Nullable(Type.Integer({ description: 'null: the whole meeting' })),
  role: Type.String(),
  kind: Type.String(),
  name: Nullable(Type.String()),
  title: Nullable(Type.String()),
  groupId: Nullable(Type.Integer()),
  groupName: Nullable(Type.String()),
  termId: Nullable(Type.Integer()),
  termOrdinal: Nullable(Type.Integer()),
  bodyId: Nullable(Type.Integer({ description: 'The body of the group or term' })),
  bodyName: Nullable(Type.String()),
  count: Type.Integer({ description: 'Head count: the line’s own for a person, the members counting on the day for a group or term' }),
});
export function presentAttendee(a: AttendeeRow, count: number): Static<typeof AttendeeView> {
  return {
    id: a.id,
    stageId: a.stage_id,
    role: a.role,
    kind: a.kind,
    name: a.name,
    title: a.title,
    groupId: a.group_id,
    groupName: a.group_name,
    termId: a.term_id,
    termOrdinal: a.term_ordinal,
    bodyId: a.group_body_id ?? a.term_body_id,
    bodyName: a.group_body_name ?? a.term_body_name,
    count,
  };
}

export const QuorumOverrideView = Type.Object({
  base: Type.String(),
  num: Nullable(Type.Integer()),
  den: Nullable(Type.Integer()),
  inclusive: Nullable(Type.Boolean()),
  fixed: Nullable(Type.Integer()),
  citation: Nullable(Type.String()),
});
export function presentQuorumOverride(o: QuorumOverride): Static<typeof QuorumOverrideView> | null {
  if (o.quorum_base === null) return null;
  return {
    base: o.quorum_base,
    num: o.quorum_num,
    den: o.quorum_den,
    inclusive: o.quorum_inclusive === null ? null : o.quorum_inclusive === 1,
    fixed: o.quorum_fixed,
    citation: o.quorum_citation,
  };
}

export const QuorumRuleView = Type.Object({
  base: Type.String(),
  num: Type.Integer(),
  den: Type.Integer(),
  inclusive: Type.Boolean(),
  fixed: Nullable(Type.Integer()),
  citation: Type.String(),
  rule: Type.String(),
  ruleEn: Type.String(),
});
export function presentQuorumRule(r: QuorumRule): Static<typeof QuorumRuleView> {
  const words = describeRule(r);
  return { base: r.base, num: r.num, den: r.den, inclusive: r.inclusive, fixed: r.fixed, citation: r.citation, rule: words.zh, ruleEn: words.en };
}

export const RostrumPersonView = Type.Object({
  membershipId: Nullable(Type.Integer({ description: 'null: a leader named with their title' })),
  name: Type.String(),
  title: Nullable(Type.String()),
  groupName: Nullable(Type.String()),
  bodyName: Nullable(Type.String({ description: 'The body of the membership' })),
});
export const RostrumRowView = Type.Object({ row: Type.Integer({ description: '1: the front row (前排)' }), people: Type.Array(RostrumPersonView, { description: 'In protocol order' }) });
export type RostrumRowOut = Static<typeof RostrumRowView>;

/** Seats grouped by row, front first. */
export function presentRostrum(rows: RostrumRow[]): RostrumRowOut[] {
  const out: RostrumRowOut[] = [];
  for (const r of rows) {
    let row = out.find((o) => o.row === r.row);
    if (!row) out.push((row = { row: r.row, people: [] }));
    row.people.push({
      membershipId: r.membership_id,
      name: r.member_name ?? r.given_name ?? '',
      title: r.membership_id === null ? r.given_title : r.member_title,
      groupName: r.group_name,
      bodyName: r.body_name,
    });
  }
  return out;
}

export const MeetingDetailView = Type.Object({
  id: Type.Integer(),
  bodyId: Type.Integer(),
  sessionId: Type.Integer(),
  kind: Type.String(),
  ordinal: Type.Integer(),
  title: Type.String(),
  startsAt: Nullable(Type.String()),
  venue: Nullable(Type.String()),
  padCheckIn: Type.Boolean(),
  quorum: Type.Object({
    override: Nullable(QuorumOverrideView),
    inForce: QuorumRuleView,
  }),
  stages: Type.Array(StageView),
  agenda: Type.Array(AgendaItemView),
  presiding: Type.Array(PresidingView),
  attendees: Type.Array(AttendeeView),
  rostrum: Type.Array(RostrumRowView, { description: 'Who sits on the rostrum, front row first' }),
});
export type MeetingDetail = Static<typeof MeetingDetailView>;

export interface MeetingParts {
  rule: QuorumRule;
  stages: Array<Static<typeof StageView>>;
  agenda: Array<Static<typeof AgendaItemView>>;
  presiding: Array<Static<typeof PresidingView>>;
  attendees: Array<Static<typeof AttendeeView>>;
  rostrum: RostrumRowOut[];
}

export function presentMeetingDetail(m: Meeting, { rule, ...parts }: MeetingParts): MeetingDetail {
  return {
    id: m.id,
    bodyId: m.body_id,
    sessionId: m.session_id,
    kind: m.kind,
    ordinal: m.ordinal,
    title: m.title,
    startsAt: m.starts_at,
    venue: m.venue,
    padCheckIn: m.pad_check_in === 1,
    quorum: { override: presentQuorumOverride(m), inForce: presentQuorumRule(rule) },
    ...parts,
  };
}
