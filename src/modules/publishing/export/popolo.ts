/**
 * A session as Popolo JSON (https://www.popoloproject.com/specs/): persons, organizations,
 * memberships, posts, events, motions, vote events and the votes of recorded motions. Pure: the
 * record is read by `sessionRecord`; the mapping is in this folder's README.
 *
 * Left out on purpose: phone and ID numbers, birth, ethnicity (personal data the roster holds for
 * the secretariat), and anything of a secret motion beyond its counts (who took part is kept by
 * Plenum to stop double voting, and is not published either: with the counts it would narrow down
 * who chose what).
 */
import type { BodyKind } from '../../registry/kinds.js';
import { presentSession, presentTerm } from '../../registry/presenters.js';
import { PresidingRoleWords, type PresidingRole } from '../../meetings/kinds.js';
import { describeThreshold } from '../../voting/rules/threshold.js';
import type { Motion } from '../../voting/queries.js';
import { MotionStatus } from '../../voting/states.js';
import { ids } from './ids.js';
import { localDay, plainDate, utcSecond } from './dates.js';
import type { SessionRecord, SittingRecord } from './sessionRecord.js';

type Json = Record<string, unknown>;

export interface PopoloExport {
  persons: Json[];
  organizations: Json[];
  memberships: Json[];
  posts: Json[];
  events: Json[];
  motions: Json[];
  vote_events: Json[];
  votes: Json[];
}

/** Popolo's organization classification for each kind of body. */
const BODY_CLASSIFICATION: Record<BodyKind, string> = {
  'people-congress': 'legislature',
  'standing-committee': 'committee',
  cppcc: 'consultative conference',
  generic: 'assembly',
};

const GENDER: Record<string, string> = { 男: 'male', 女: 'female' };

/** Drops undefined fields, so an absent fact is absent rather than null. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export function popoloOf(r: SessionRecord): PopoloExport {
  const kind = r.body.kind as BodyKind;
  const bodyId = ids.body(r.body.id);
  const sessionId = ids.session(r.session.id);
  const session = presentSession(r.session, r.term, r.body);
  const term = presentTerm(r.term);

  const persons = r.members.map((m) => compact({ id: ids.person(m.person_id), name: m.name, gender: m.gender === null ? undefined : (GENDER[m.gender] ?? m.gender) }));

  const organizations = [
    compact({ id: bodyId, name: r.body.name, classification: BODY_CLASSIFICATION[kind], other_names: r.body.name_en ? [{ name: r.body.name_en, note: 'English' }] : undefined }),
    ...r.groups.map((g) => ({ id: ids.group(g.id), name: g.name, classification: g.kind, parent_id: bodyId })),
  ];

  const dates = (m: { start_date: string | null; end_date: string | null }) => ({ start_date: plainDate(m.start_date), end_date: plainDate(m.end_date) });
  const memberships: Json[] = [];
  for (const m of r.members) {
    const person_id = ids.person(m.person_id);
    memberships.push(compact({ id: ids.membership(m.id), person_id, organization_id: bodyId, role: m.role, label: m.title ?? undefined, legislative_period_id: ids.term(r.term.id), ...dates(m) }));
    if (m.group_id !== null) memberships.push(compact({ id: ids.groupMembership(m.id), person_id, organization_id: ids.group(m.group_id), role: 'member', ...dates(m) }));
  }

  const posts: Json[] = [];
  for (const s of r.meetings) {
    const day = s.meeting.starts_at === null ? undefined : localDay(s.meeting.starts_at);
    for (const p of s.presiding) {
      const role = p.role as PresidingRole;
      const postId = ids.post(s.meeting.id, p.stage_id, role);
      if (!posts.some((q) => q.id === postId)) {
        posts.push(compact({ id: postId, label: `${s.meeting.title}${PresidingRoleWords[role].zh}`, role: PresidingRoleWords[role].en, organization_id: bodyId, start_date: day, end_date: day }));
      }
      memberships.push(compact({ id: ids.postHolding(s.meeting.id, p.stage_id, role, p.membership_id), person_id: ids.person(p.person_id), organization_id: bodyId, post_id: postId, role: PresidingRoleWords[role].en, start_date: day, end_date: day }));
    }
  }

  const events = [
    compact({ id: ids.term(r.term.id), name: term.name, classification: 'legislative period', organization_id: bodyId, start_date: plainDate(r.term.start_date), end_date: plainDate(r.term.end_date) }),
    compact({ id: sessionId, name: session.name, classification: 'legislative session', organization_id: bodyId, parent_id: ids.term(r.term.id), start_date: plainDate(r.session.start_date), end_date: plainDate(r.session.end_date) }),
    ...r.meetings.map(({ meeting: m }) =>
      compact({ id: ids.meeting(m.id), name: m.title, classification: 'sitting', organization_id: bodyId, parent_id: sessionId, start_date: m.starts_at === null ? undefined : utcSecond(m.starts_at), location: m.venue ?? undefined }),
    ),
  ];

  const all = r.meetings.flatMap((s: SittingRecord) => s.motions);
  const motions = all.map((m) => motionOf(m, kind, bodyId, sessionId));
  const vote_events = all.filter((m) => m.status === MotionStatus.Closed && m.result !== null).map((m) => voteEventOf(m, bodyId, sessionId));
  const votes = r.votes.map((v) => ({ vote_event_id: ids.voteEvent(v.motionId), voter_id: ids.person(v.personId), option: v.choice }));

  return { persons, organizations, memberships, posts, events, motions, vote_events, votes };
}

function resultOf(m: Motion): string | undefined {
  if (m.result === null) return undefined;
  return m.result.passed ? 'pass' : 'fail';
}

function motionOf(m: Motion, kind: BodyKind, bodyId: string, sessionId: string): Json {
  return compact({
    id: ids.motion(m.id),
    organization_id: bodyId,
    legislative_session_id: sessionId,
    text: m.title,
    classification: m.motionClass,
    // The threshold in the words the result sentence uses; before the close, in the same words from the rule.
    requirement: m.result?.rule ?? describeThreshold(m.threshold, kind).zh,
    date: utcSecond(m.openedAt ?? m.createdAt),
    result: resultOf(m),
  });
}

/**
 * Counts with Popolo's option names: yes, no, abstain, absent (expected but not present: on leave
 * or away) and "not voting" (present and did not vote, 未按表决器).
 */
function voteEventOf(m: Motion, bodyId: string, sessionId: string): Json {
  const t = m.result!;
  return compact({
    id: ids.voteEvent(m.id),
    motion_id: ids.motion(m.id),
    organization_id: bodyId,
    legislative_session_id: sessionId,
    classification: m.kind,
    start_date: m.openedAt === null ? undefined : utcSecond(m.openedAt),
    end_date: m.closedAt === null ? undefined : utcSecond(m.closedAt),
    result: resultOf(m),
    counts: [
      { option: 'yes', value: t.yes },
      { option: 'no', value: t.no },
      { option: 'abstain', value: t.abstain },
      { option: 'not voting', value: t.notVoted },
      { option: 'absent', value: t.expected - t.present },
    ],
  });
}
