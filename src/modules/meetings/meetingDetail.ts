/** The whole of one meeting as `GET /api/meetings/:id` and the meeting operations answer it. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { BodyKind } from '../registry/kinds.js';
import { getBody } from '../registry/queries.js';
import { ruleFor } from '../attendance/rules/quorum.js';
import { attendeeCount, dayOf, getMeeting, listAgenda, listAttendees, listPresiding, listRostrum, listStages } from './queries.js';
import { presentAgendaItem, presentAttendee, presentMeetingDetail, presentPresiding, presentRostrum, presentStage, type MeetingDetail } from './presenters.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function attendeesOf(db: Db, meeting: { id: number; starts_at: string | null }, now: Date) {
  const stages = new Map((await listStages(db, meeting.id)).map((s) => [s.id, s]));
  const rows = await listAttendees(db, meeting.id);
  const out = [];
  for (const a of rows) {
    const stage = a.stage_id === null ? undefined : stages.get(a.stage_id);
    out.push(presentAttendee(a, await attendeeCount(db, a, dayOf(stage?.starts_at ?? null, meeting.starts_at, now))));
  }
  return out;
}

export async function meetingDetail(db: Db, id: number, now: Date): Promise<MeetingDetail> {
  const meeting = await getMeeting(db, id);
  const body = await getBody(db, meeting.body_id);
  return presentMeetingDetail(meeting, {
    rule: ruleFor(body.kind as BodyKind, meeting, body),
    stages: (await listStages(db, id)).map(presentStage),
    agenda: (await listAgenda(db, id)).map(presentAgendaItem),
    presiding: presentPresiding(await listPresiding(db, id)),
    attendees: await attendeesOf(db, meeting, now),
    rostrum: presentRostrum(await listRostrum(db, id)),
  });
}
