import Type from 'typebox';
import { checkAgendaItem } from '../queries.js';
import { defineOperation } from '../../../server/operation.js';
import { loadMeeting } from '../../attendance/queries.js';
import { defaultThreshold, type Threshold } from '../rules/threshold.js';
import type { MarginRule } from './rules/election.js';
import { presentElection } from './presenters.js';
import { loadElection } from './queries.js';
import { refusals } from './refusals.js';
import { Id, MarginInput, ThresholdInput } from './schemas.js';
import { ElectionLimits, ElectionState } from './states.js';

export const CreateElectionInput = Type.Object(
  {
    meetingId: Id,
    agendaItemId: Type.Optional(Id),
    office: Type.String({ minLength: 1, maxLength: 100, description: '市人民代表大会常务委员会主任' }),
    seats: Type.Integer({ minimum: 1, maximum: ElectionLimits.seats }),
    threshold: Type.Optional({ ...ThresholdInput, description: "The session's own rule (选举办法); by default more than half of all members" }),
    margin: Type.Optional(MarginInput),
  },
  { additionalProperties: false },
);

/**
 * Sets up an election at a meeting: the office, its seats, the threshold (the body's ordinary
 * rule unless the session's election rules say otherwise) and the margin of extra candidates.
 * Candidates are added while it is a draft.
 */
export const createElection = defineOperation({
  name: 'elections.createElection',
  input: CreateElectionInput,
  permission: 'voting.manage',
  async run({ tx, actor, now }, input) {
    const meeting = await loadMeeting(tx, input.meetingId, now);
    await checkAgendaItem(tx, meeting.id, input.agendaItemId);
    if (input.threshold && input.threshold.num > input.threshold.den) throw refusals.badFraction('/threshold', input.threshold.num, input.threshold.den);
    const threshold: Threshold = input.threshold ?? defaultThreshold(meeting.bodyKind, 'ordinary');
    const margin: MarginRule | null = input.margin ?? null;
    const row = await tx
      .insertInto('elections')
      .values({
        body_id: meeting.bodyId,
        meeting_id: meeting.id,
        agenda_item_id: input.agendaItemId ?? null,
        office: input.office,
        seats: input.seats,
        threshold: JSON.stringify(threshold),
        margin: margin === null ? null : JSON.stringify(margin),
        state: ElectionState.Draft,
        created_at: now.toISOString(),
        created_by: actor.label,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { bodyId: meeting.bodyId, ...presentElection(await loadElection(tx, row.id), []) };
  },
  audit: (_input, e) => ({
    bodyId: e.bodyId,
    payload: { electionId: e.id, meetingId: e.meetingId, agendaItemId: e.agendaItemId, office: e.office, seats: e.seats, threshold: e.threshold, margin: e.margin },
  }),
});
