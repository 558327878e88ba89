/**
 * Row types of every table, as Kysely sees them. Times are ISO-8601 text and booleans are
 * 0/1 integers in both dialects, so one set of migrations and queries serves SQLite and
 * PostgreSQL alike.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Id = Generated<number>;

export interface BodyTable {
  id: Id;
  kind: string;
  level: string;
  name: string;
  name_en: string;
  region: string;
  region_en: string;
  created_at: string;
  quorum_base: ColumnType<string | null, string | null | undefined, string | null>;
  quorum_num: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_den: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_inclusive: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_fixed: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_citation: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TermTable {
  id: Id;
  body_id: number;
  ordinal: number;
  start_date: string | null;
  end_date: string | null;
}

export interface SessionTable {
  id: Id;
  body_id: number;
  term_id: number;
  ordinal: number;
  start_date: string | null;
  end_date: string | null;
}

export interface MeetingTable {
  id: Id;
  body_id: number;
  session_id: number;
  kind: string;
  ordinal: number;
  title: string;
  starts_at: string | null;
  venue: string | null;
  quorum_base: ColumnType<string | null, string | null | undefined, string | null>;
  quorum_num: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_den: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_inclusive: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_fixed: ColumnType<number | null, number | null | undefined, number | null>;
  quorum_citation: ColumnType<string | null, string | null | undefined, string | null>;
  pad_check_in: ColumnType<number, number | undefined, number>;
}

export interface GroupTable {
  id: Id;
  body_id: number;
  kind: string;
  name: string;
  sort_order: number;
}

export interface PersonTable {
  id: Id;
  /** The body whose roster created the person: every growing table carries its body. */
  body_id: number;
  name: string;
  gender: string | null;
  ethnicity: string | null;
  birth: string | null;
  phone: string | null;
  id_number: string | null;
  initials: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MembershipTable {
  id: Id;
  body_id: number;
  term_id: number;
  person_id: number;
  group_id: number | null;
  /** The roster's stable key within the term: the member number (编号) or the ID number. */
  key: string;
  role: string;
  title: string | null;
  start_date: string | null;
  end_date: string | null;
  status: string;
}

export interface AccountTable {
  id: Id;
  username: string;
  display_name: string;
  password_hash: string | null;
  role: string;
  body_id: number | null;
  person_id: number | null;
  disabled: ColumnType<number, number | undefined, number>;
  created_at: string;
}

export interface TokenTable {
  id: Id;
  account_id: number;
  token_hash: string;
  kind: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface AuditTable {
  seq: Id;
  at: string;
  operation: string;
  actor: string;
  body_id: number | null;
  /** Canonical JSON of what the operation recorded; never a secret ballot's choice. */
  payload: string;
  payload_digest: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  chain: string;
  seq: number;
  hash: string;
}

export interface StageTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  ordinal: number;
  title: string;
  starts_at: string | null;
}

export interface AgendaItemTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  stage_id: number | null;
  ordinal: number;
  kind: string;
  title: string;
  speaker: string | null;
}

export interface MeetingRoleTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  stage_id: number | null;
  role: string;
  membership_id: number;
  rank: number;
}

export interface AttendeeTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  stage_id: number | null;
  /** nonvoting (列席), invited (特邀), observer (旁听) */
  role: string;
  /** person (by name), group, term (another body's members) */
  kind: string;
  name: string | null;
  title: string | null;
  group_id: number | null;
  term_id: number | null;
  count: ColumnType<number, number | undefined, number>;
}

export interface AttendanceTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  membership_id: number;
  /** present, leave */
  state: string;
  /** credential, card, desk, pad, staff */
  method: string;
  at: string;
  actor: string;
}

export interface LeaveRequestTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  membership_id: number;
  reason: string;
  /** pending, approved, rejected */
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface MotionTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  agenda_item_id: number | null;
  title: string;
  /** recorded, secret */
  kind: string;
  label_yes: string;
  label_no: string;
  label_abstain: string;
  allow_change: number;
  /** ordinary, constitutional */
  motion_class: string;
  threshold_base: string;
  threshold_num: number;
  threshold_den: number;
  threshold_inclusive: number;
  threshold_citation: string;
  /** draft, open, closed */
  status: string;
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
  /** JSON of the result computed at close. */
  result: string | null;
}

export interface MotionVoteTable {
  id: Id;
  body_id: number;
  motion_id: number;
  membership_id: number;
  /** yes, no, abstain */
  choice: string;
  at: string;
  changes: ColumnType<number, number | undefined, number>;
}

/** That a member voted in a secret motion: no time, nothing of what. */
export interface MotionParticipationTable {
  motion_id: number;
  membership_id: number;
  body_id: number;
}

/** What was voted in a secret motion: no member, no time, no id. */
export interface MotionBallotTable {
  motion_id: number;
  receipt: string;
  choice: string;
}

export interface IdempotencyTable {
  lookup: string;
  sealed: string;
}

export interface ElectionTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  agenda_item_id: number | null;
  office: string;
  seats: number;
  /** JSON: the Threshold (base, num, den, inclusive, citation). */
  threshold: string;
  /** JSON: the MarginRule, or null for none. */
  margin: string | null;
  /** draft, voting, done */
  state: string;
  created_at: string;
  created_by: string;
}

export interface ElectionCandidateTable {
  id: Id;
  body_id: number;
  election_id: number;
  ordinal: number;
  name: string;
  membership_id: number | null;
  /** nominated, write-in (a write-in tied at the last seat who goes to the run-off) */
  source: string;
}

export interface ElectionRoundTable {
  id: Id;
  body_id: number;
  election_id: number;
  ordinal: number;
  /** first, runoff, further */
  kind: string;
  seats: number;
  /** JSON: the round's candidate ids, in ballot order. */
  candidate_ids: string;
  /** open, closed */
  state: string;
  opened_at: string;
  closed_at: string | null;
  /** JSON: the RoundVerdict, once closed. */
  verdict: string | null;
  announcement: string | null;
  announcement_en: string | null;
}

export interface ElectionEntryTable {
  id: Id;
  body_id: number;
  round_id: number;
  /** figures, ballot, batch */
  kind: string;
  team: string | null;
  /** JSON: the entry as entered. */
  data: string;
  entered_at: string;
  entered_by: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

/** That a member voted electronically in a round: no time, no sequence. */
export interface ElectionParticipationTable {
  body_id: number;
  round_id: number;
  membership_id: number;
}

/** What was voted electronically: a random receipt and the marks, no member, no time. */
export interface ElectionBallotTable {
  receipt: string;
  body_id: number;
  round_id: number;
  /** JSON: { marks: candidate ids, writeIns: names }. */
  marks: string;
}

/** A body's office titles and their ranks for protocol order (smaller first). */
export interface ProtocolRankTable {
  body_id: number;
  title: string;
  rank: number;
}

export interface Database {
  bodies: BodyTable;
  terms: TermTable;
  sessions: SessionTable;
  meetings: MeetingTable;
  groups: GroupTable;
  people: PersonTable;
  memberships: MembershipTable;
  accounts: AccountTable;
  tokens: TokenTable;
  audit_log: AuditTable;
  audit_head: AuditHeadTable;
  stages: StageTable;
  agenda_items: AgendaItemTable;
  meeting_roles: MeetingRoleTable;
  attendees: AttendeeTable;
  attendance: AttendanceTable;
  leave_requests: LeaveRequestTable;
  motions: MotionTable;
  motion_votes: MotionVoteTable;
  motion_participations: MotionParticipationTable;
  motion_ballots: MotionBallotTable;
  idempotency: IdempotencyTable;
  elections: ElectionTable;
  election_candidates: ElectionCandidateTable;
  election_rounds: ElectionRoundTable;
  election_entries: ElectionEntryTable;
  election_participation: ElectionParticipationTable;
  election_ballots: ElectionBallotTable;
  protocol_ranks: ProtocolRankTable;
  hall_layouts: HallLayoutTable;
  hall_assignments: HallAssignmentTable;
  rostrum_seats: RostrumSeatTable;
  resolution_texts: ResolutionTextTable;
  proposal_settings: ProposalSettingsTable;
  handling_units: HandlingUnitTable;
  proposals: ProposalTable;
  proposal_signers: ProposalSignerTable;
  proposal_assignments: ProposalAssignmentTable;
  proposal_evaluations: ProposalEvaluationTable;
}

/** One seat on a meeting's rostrum: row 1 is the front; place is protocol order within the row (modules/meetings). */
export interface RostrumSeatTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  row: number;
  place: number;
  /** A member of any body; else `name` and `title` name the person. */
  membership_id: number | null;
  name: string | null;
  title: string | null;
}

/** The text of the resolution a motion adopts (modules/publishing). */
export interface ResolutionTextTable {
  motion_id: number;
  body_id: number;
  text: string;
  updated_at: string;
  updated_by: string;
}

/** A body's proposal settings: its categories (JSON array) and a bill's joint-signature minimum, when not the default by level. */
export interface ProposalSettingsTable {
  body_id: number;
  categories: string;
  bill_min_signers: number | null;
  updated_at: string;
}

/** A handling unit (承办单位), signing in with its own account (role `unit`). */
export interface HandlingUnitTable {
  id: Id;
  body_id: number;
  name: string;
  account_id: number | null;
}

/** A proposal (提案), bill (议案) or suggestion (建议); modules/proposals. */
export interface ProposalTable {
  id: Id;
  body_id: number;
  session_id: number;
  /** proposal, bill, suggestion */
  kind: string;
  /** Per session and kind, in order of submission. */
  number: number;
  title: string;
  body: string;
  category: string;
  /** member, joint, group, organisation, committee */
  source_kind: string;
  group_id: number | null;
  source_name: string | null;
  /** JSON array of {name, text}. */
  attachments: string;
  status: string;
  /** filed, declined, merged, letter, opinion: the committee's decision, kept while handling goes on. */
  review_outcome: string | null;
  /** A decline reason id, or the presidium's decision for a bill. */
  review_reason: string | null;
  review_note: string | null;
  merged_into_id: number | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  decision_note: string | null;
  submitted_at: string;
  submitted_by: string;
}

/** The members who signed a proposal: ordinal 1 is the lead proposer. */
export interface ProposalSignerTable {
  proposal_id: number;
  ordinal: number;
  body_id: number;
  membership_id: number;
}

export interface ProposalAssignmentTable {
  id: Id;
  body_id: number;
  proposal_id: number;
  unit_id: number;
  /** lead, co */
  role: string;
  round: number;
  /** YYYY-MM-DD, China Standard Time. */
  deadline: string;
  complex: number;
  /** open, replied, superseded */
  state: string;
  assigned_at: string;
  assigned_by: string;
  reply: string | null;
  replied_at: string | null;
  replied_by: string | null;
}

export interface ProposalEvaluationTable {
  id: Id;
  body_id: number;
  proposal_id: number;
  round: number;
  rating: string;
  comment: string | null;
  rehandle: number;
  at: string;
  by: string;
}

/** A body's hall: `layout` is the JSON of its blocks and fill order (modules/seating). */
export interface HallLayoutTable {
  id: Id;
  body_id: number;
  name: string;
  layout: string;
  seats: number;
  created_at: string;
  created_by: string;
}

/** The layout a meeting is seated in and its reserved seats (JSON). */
export interface HallAssignmentTable {
  id: Id;
  body_id: number;
  meeting_id: number;
  layout_id: number;
  reserved: string;
  updated_at: string;
  updated_by: string;
}

export type Body = Selectable<BodyTable>;
export type Term = Selectable<TermTable>;
export type Session = Selectable<SessionTable>;
export type Meeting = Selectable<MeetingTable>;
export type Group = Selectable<GroupTable>;
export type Person = Selectable<PersonTable>;
export type Membership = Selectable<MembershipTable>;
export type Account = Selectable<AccountTable>;
export type Token = Selectable<TokenTable>;
export type AuditEntry = Selectable<AuditTable>;
export type NewPerson = Insertable<PersonTable>;
export type NewMembership = Insertable<MembershipTable>;
export type MembershipUpdate = Updateable<MembershipTable>;
