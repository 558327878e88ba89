/** The meetings module's rule refusals, built on the one error vocabulary. */
import { errors } from '../../server/errors.js';

type Part = 'stage' | 'agenda_item' | 'attendee';
const PART_ZH: Record<Part, string> = { stage: '会议阶段', agenda_item: '议程项', attendee: '列席人员' };
const PART_EN: Record<Part, string> = { stage: 'Stage', agenda_item: 'Agenda item', attendee: 'Attendee' };

/** A stage, agenda item or attendee named with a meeting it does not belong to. */
export function notInMeeting(part: Part, id: number, meetingId: number, ownerId: number) {
  return errors.unprocessable(`${part}_not_in_meeting`, {
    'zh-CN': `${PART_ZH[part]} ${id} 属于会次 ${ownerId}，不属于会次 ${meetingId}`,
    en: `${PART_EN[part]} ${id} belongs to meeting ${ownerId}, not to meeting ${meetingId}`,
  });
}
