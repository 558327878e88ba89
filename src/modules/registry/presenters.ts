import Type, { type Static } from 'typebox';
import type { Body, Group, Meeting, Membership, Person, Session, Term } from '../../store/schema.js';
import type { BodyKind } from './kinds.js';
import { sessionNames, termNames } from './rules/sessionName.js';
import { Nullable } from '../../server/schemaTypes.js';


export const BodyView = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  level: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  region: Type.String(),
  regionEn: Type.String(),
});
export function presentBody(b: Body): Static<typeof BodyView> {
  return { id: b.id, kind: b.kind, level: b.level, name: b.name, nameEn: b.name_en, region: b.region, regionEn: b.region_en };
}

export const TermView = Type.Object({
  id: Type.Integer(),
  bodyId: Type.Integer(),
  ordinal: Type.Integer(),
  name: Type.String(),
  nameEn: Type.String(),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
});
export function presentTerm(t: Term): Static<typeof TermView> {
  const names = termNames(t.ordinal);
  return { id: t.id, bodyId: t.body_id, ordinal: t.ordinal, name: names.zh, nameEn: names.en, startDate: t.start_date, endDate: t.end_date };
}

export const SessionView = Type.Object({
  id: Type.Integer(),
  bodyId: Type.Integer(),
  termId: Type.Integer(),
  termOrdinal: Type.Integer(),
  ordinal: Type.Integer(),
  name: Type.String(),
  shortName: Type.String(),
  nameEn: Type.String(),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
});
export function presentSession(s: Session, term: Pick<Term, 'ordinal'>, body: Body): Static<typeof SessionView> {
  const names = sessionNames(
    { kind: body.kind as BodyKind, region: body.region, regionEn: body.region_en, name: body.name, nameEn: body.name_en },
    term.ordinal,
    s.ordinal,
  );
  return {
    id: s.id,
    bodyId: s.body_id,
    termId: s.term_id,
    termOrdinal: term.ordinal,
    ordinal: s.ordinal,
    name: names.full,
    shortName: names.short,
    nameEn: names.en,
    startDate: s.start_date,
    endDate: s.end_date,
  };
}

export const MeetingView = Type.Object({
  id: Type.Integer(),
  sessionId: Type.Integer(),
  kind: Type.String(),
  ordinal: Type.Integer(),
  title: Type.String(),
  startsAt: Nullable(Type.String()),
  venue: Nullable(Type.String()),
});
export function presentMeeting(m: Meeting): Static<typeof MeetingView> {
  return { id: m.id, sessionId: m.session_id, kind: m.kind, ordinal: m.ordinal, title: m.title, startsAt: m.starts_at, venue: m.venue };
}

export const GroupView = Type.Object({
  id: Type.Integer(),
  bodyId: Type.Integer(),
  kind: Type.String(),
  name: Type.String(),
  sortOrder: Type.Integer(),
});
export function presentGroup(g: Group): Static<typeof GroupView> {
  return { id: g.id, bodyId: g.body_id, kind: g.kind, name: g.name, sortOrder: g.sort_order };
}

export const MemberView = Type.Object({
  membershipId: Type.Integer(),
  personId: Type.Integer(),
  key: Type.String(),
  name: Type.String(),
  gender: Nullable(Type.String()),
  ethnicity: Nullable(Type.String()),
  birth: Nullable(Type.String()),
  groupId: Nullable(Type.Integer()),
  groupName: Nullable(Type.String()),
  role: Type.String(),
  title: Nullable(Type.String()),
  status: Type.String(),
  startDate: Nullable(Type.String()),
  endDate: Nullable(Type.String()),
});
export type MemberRow = Membership & Pick<Person, 'name' | 'gender' | 'ethnicity' | 'birth'> & { group_name: string | null };

/** A roster line. Phone and ID numbers stay with the secretariat's export, never in the API listing. */
export function presentMember(r: MemberRow): Static<typeof MemberView> {
  return {
    membershipId: r.id,
    personId: r.person_id,
    key: r.key,
    name: r.name,
    gender: r.gender,
    ethnicity: r.ethnicity,
    birth: r.birth,
    groupId: r.group_id,
    groupName: r.group_name,
    role: r.role,
    title: r.title,
    status: r.status,
    startDate: r.start_date,
    endDate: r.end_date,
  };
}
