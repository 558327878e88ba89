/**
 * The hall screen's line for those who sit in without a vote: "列席 12人", with invited guests and
 * observers when there are any. Pure, so the web app's screen uses this very function.
 */
import type { AttendeeCounts } from '../attendance/counts.js';

export function attendeeLine(a: AttendeeCounts): string {
  const parts = [`列席 ${a.nonvoting}人`];
  if (a.invited > 0) parts.push(`特邀 ${a.invited}人`);
  if (a.observer > 0) parts.push(`旁听 ${a.observer}人`);
  return parts.join(' · ');
}
