import Type from 'typebox';
import { sql } from 'kysely';
import { defineOperation } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { OneOf } from '../registry/kinds.js';
import { AgendaKinds, Limits } from './kinds.js';
import { listAgenda, lockMeeting, stageOfMeeting } from './queries.js';
import { presentAgendaItem } from './presenters.js';
import { notInMeeting } from './refusals.js';

export const AgendaItemInput = Type.Object(
  {
    id: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'An item of this agenda to keep (and change); a new item when omitted' })),
    kind: OneOf(AgendaKinds),
    title: Type.String({ minLength: 1, maxLength: 200, description: '听取和审议市人民政府工作报告' }),
    speaker: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '市人民政府市长; 主席 某某' })),
    stageId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647, description: 'The stage it belongs to, if any' })),
  },
  { additionalProperties: false },
);

export const SetAgendaInput = Type.Object(
  {
    meetingId: Type.Integer({ minimum: 1 }),
    items: Type.Array(AgendaItemInput, { maxItems: Limits.agendaItems, description: 'The whole agenda in order; numbered 1..n as given' }),
  },
  { additionalProperties: false },
);

/**
 * Replaces a meeting's agenda with the ordered list given, numbered 1..n. An item that names its
 * `id` keeps its identity (what later refers to it, a vote, still does); items left out are removed.
 * Items of a later stage come after those of an earlier one.
 */
export const setAgenda = defineOperation({
  name: 'meetings.setAgenda',
  input: SetAgendaInput,
  permission: 'meeting.manage',
  async run({ tx, dialect }, input) {
    const meeting = await lockMeeting(tx, dialect, input.meetingId);
    const current = new Map((await listAgenda(tx, meeting.id)).map((a) => [a.id, a]));
    const seen = new Set<number>();
    for (const [i, item] of input.items.entries()) {
      if (item.id === undefined) continue;
      if (seen.has(item.id)) {
        throw errors.unprocessable('agenda_item_repeated', {
          'zh-CN': `议程项 ${item.id} 在第 ${i + 1} 项重复出现`,
          en: `Agenda item ${item.id} appears again as item ${i + 1}`,
        });
      }
      seen.add(item.id);
      if (!current.has(item.id)) {
        const other = await tx.selectFrom('agenda_items').select('meeting_id').where('id', '=', item.id).executeTakeFirst();
        if (!other) throw errors.notFound('agenda_item', item.id);
        throw notInMeeting('agenda_item', item.id, meeting.id, other.meeting_id);
      }
    }
    // Each stage named once is checked once; its ordinal orders the items.
    const stageOrdinals = new Map<number, number>();
    for (const item of input.items) {
      if (item.stageId === undefined || stageOrdinals.has(item.stageId)) continue;
      stageOrdinals.set(item.stageId, (await stageOfMeeting(tx, meeting.id, item.stageId)).ordinal);
    }
    let latest = 0;
    for (const [i, item] of input.items.entries()) {
      if (item.stageId === undefined) continue;
      const ordinal = stageOrdinals.get(item.stageId)!;
      if (ordinal < latest) {
        throw errors.unprocessable('agenda_out_of_stage_order', {
          'zh-CN': `第 ${i + 1} 项“${item.title}”属于第 ${ordinal} 阶段，不能排在第 ${latest} 阶段的议程项之后`,
          en: `Item ${i + 1} "${item.title}" is of stage ${ordinal} and cannot follow an item of stage ${latest}`,
        });
      }
      latest = ordinal;
    }

    const dropped = [...current.keys()].filter((id) => !seen.has(id));
    if (dropped.length > 0) await tx.deleteFrom('agenda_items').where('id', 'in', dropped).execute();
    // Kept items first go to their new place negated, then new ones go straight in, then every
    // negated place flips: a unique (meeting, ordinal) is checked row by row, so no two rows meet.
    const valuesOf = (item: (typeof input.items)[number]) => ({ kind: item.kind, title: item.title, speaker: item.speaker ?? null, stage_id: item.stageId ?? null });
    for (const [i, item] of input.items.entries()) {
      if (item.id !== undefined) await tx.updateTable('agenda_items').set({ ...valuesOf(item), ordinal: -(i + 1) }).where('id', '=', item.id).execute();
    }
    for (const [i, item] of input.items.entries()) {
      if (item.id === undefined) await tx.insertInto('agenda_items').values({ ...valuesOf(item), body_id: meeting.body_id, meeting_id: meeting.id, ordinal: i + 1 }).execute();
    }
    await tx.updateTable('agenda_items').set({ ordinal: sql`-ordinal` }).where('meeting_id', '=', meeting.id).where('ordinal', '<', 0).execute();
    return { bodyId: meeting.body_id, meetingId: meeting.id, agenda: (await listAgenda(tx, meeting.id)).map(presentAgendaItem) };
  },
  audit: (input, result) => ({ bodyId: result.bodyId, payload: { ...input, itemIds: result.agenda.map((a) => a.id) } }),
  events: (_input, result) => [{ type: 'meeting.agendaSet', bodyId: result.bodyId, meetingId: result.meetingId, data: { meetingId: result.meetingId, items: result.agenda.length } }],
});
