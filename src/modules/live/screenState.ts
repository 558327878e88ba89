/**
 * What a hall screen shows at the moment it connects (and after every reconnect, before the
 * stream's frames take over): the sitting's title, its figures with the quorum verdict, and the
 * motion in view — the one open for voting, else the latest closed one with its result.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { meetingCounts, type MeetingCounts } from '../attendance/counts.js';
import { getMeeting } from '../meetings/queries.js';
import { latestClosedMotion, listMotions } from '../voting/queries.js';
import { presentMotion, type MotionPresented } from '../voting/presenters.js';
import { MotionStatus } from '../voting/states.js';

export interface ScreenState {
  meetingId: number;
  title: string;
  counts: MeetingCounts;
  motion: MotionPresented | null;
}

export async function screenState(db: Kysely<Database>, meetingId: number): Promise<ScreenState> {
  const meeting = await getMeeting(db, meetingId);
  const counts = await meetingCounts(db, meetingId);
  const open = (await listMotions(db, meetingId)).filter((m) => m.status === MotionStatus.Open).at(-1);
  const motion = open ?? (await latestClosedMotion(db, meetingId));
  return { meetingId, title: meeting.title, counts, motion: motion ? presentMotion(motion) : null };
}
