/**
 * The one read behind a sitting's documents: the meeting, its session's names, the live counts and
 * quorum sentence (attendance/counts.ts), presiding, rostrum, agenda with each item's motions and
 * elections, and the non-voting attendees, as `SittingFacts`.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import { memberNoun, type BodyKind } from '../registry/kinds.js';
import { getBody, getSession, getTerm } from '../registry/queries.js';
import { presentSession } from '../registry/presenters.js';
import { meetingCounts } from '../attendance/counts.js';
import { attendeesOf } from '../meetings/meetingDetail.js';
import { getMeeting, listAgenda, listPresiding, listRostrum, listStages } from '../meetings/queries.js';
import { presentPresiding, presentRostrum } from '../meetings/presenters.js';
import { listMotions, type Motion } from '../voting/queries.js';
import { listElections, roundsOf } from '../voting/elections/queries.js';
import type { AttendeeFacts, MotionFacts, Person, SittingFacts } from './facts.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Everything a document of the meeting says, read at `now` (the counts are the live ones). */
export async function gatherSitting(db: Db, meetingId: number, now: Date): Promise<SittingFacts> {
  const meeting = await getMeeting(db, meetingId);
  const body = await getBody(db, meeting.body_id);
  const session = await getSession(db, meeting.session_id);
  const names = presentSession(session, await getTerm(db, session.term_id), body);
  const counts = await meetingCounts(db, meetingId, null, now);
  const scopes = presentPresiding(await listPresiding(db, meetingId));
  const scope = scopes.find((s) => s.stageId === null) ?? scopes[0];
  const person = (p: { name: string; title: string | null; membershipId: number } | null | undefined): Person | null => (p ? { name: p.name, title: p.title, membershipId: p.membershipId } : null);
  const stages = new Map((await listStages(db, meetingId)).map((s) => [s.id, s.title]));
  const motions = await motionFacts(db, await listMotions(db, meetingId));
  const elections = await listElections(db, meetingId);
  const agenda = [];
  for (const item of await listAgenda(db, meetingId)) {
    const itemElections = [];
    for (const e of elections.filter((e) => e.agendaItemId === item.id)) {
      const rounds = await roundsOf(db, e.id);
      itemElections.push({ office: e.office, announcements: rounds.flatMap((r) => (r.announcement ? [r.announcement.zh] : [])) });
    }
    agenda.push({
      ordinal: item.ordinal,
      kind: item.kind,
      title: item.title,
      speaker: item.speaker,
      stageTitle: item.stage_id === null ? null : (stages.get(item.stage_id) ?? null),
      motions: motions.filter((m) => m.agendaItemId === item.id).map((m) => m.facts),
      elections: itemElections,
    });
  }
  return {
    body: { kind: body.kind as BodyKind, name: body.name, region: body.region },
    session: { full: names.name, short: names.shortName },
    meeting: { id: meeting.id, ordinal: meeting.ordinal, kind: meeting.kind, title: meeting.title, startsAt: meeting.starts_at, venue: meeting.venue },
    countedAt: now,
    attendance: { expected: counts.expected, present: counts.present, met: counts.quorum.met, sentence: counts.quorum.sentence },
    presiding: {
      presider: person(scope?.presider),
      standingChair: person(scope?.standingChair),
      executiveChairs: (scope?.executiveChairs ?? []).map((c) => ({ name: c.name, title: c.title, membershipId: c.membershipId })),
    },
    rostrum: presentRostrum(await listRostrum(db, meetingId)).map((r) => r.people.map((p) => ({ name: p.name, title: p.title, membershipId: p.membershipId }))),
    agenda,
    otherMotions: motions.filter((m) => m.agendaItemId === null).map((m) => m.facts),
    attendees: await attendeeFacts(db, meeting, stages, now),
  };
}

/** The meeting's motions with their resolution texts. */
async function motionFacts(db: Db, motions: Motion[]): Promise<Array<{ agendaItemId: number | null; facts: MotionFacts }>> {
  const ids = motions.map((m) => m.id);
  const texts = ids.length === 0 ? [] : await db.selectFrom('resolution_texts').select(['motion_id', 'text']).where('motion_id', 'in', ids).execute();
  const textOf = new Map(texts.map((t) => [t.motion_id, t.text]));
  return motions.map((m) => ({
    agendaItemId: m.agendaItemId,
    facts: { id: m.id, title: m.title, kind: m.kind, status: m.status, result: m.result, text: textOf.get(m.id) ?? null },
  }));
}

async function attendeeFacts(db: Db, meeting: Parameters<typeof attendeesOf>[1], stages: Map<number, string>, now: Date): Promise<AttendeeFacts[]> {
  const out: AttendeeFacts[] = [];
  for (const a of await attendeesOf(db, meeting, now)) {
    let who: string;
    if (a.kind === 'term' && a.bodyId !== null) {
      const of = await getBody(db, a.bodyId);
      who = `${of.name}${memberNoun(of.kind as BodyKind).zh}`;
    } else if (a.kind === 'group') {
      who = `${a.bodyName ?? ''}${a.groupName ?? ''}`;
    } else {
      who = `${a.title ?? ''}${a.name ?? ''}`;
    }
    out.push({ role: a.role as AttendeeFacts['role'], who, count: a.count, stageTitle: a.stageId === null ? null : (stages.get(a.stageId) ?? null) });
  }
  return out;
}
