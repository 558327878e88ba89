/**
 * Handling deadlines (政协全国委员会提案工作条例 and the local rules modelled on it): a filed
 * proposal is answered within three months of assignment, a complex one within six at most; a
 * deadline given by staff may not go beyond those six months. Dates are calendar days in China Standard Time (UTC+8, no DST).
 */
import { Limits } from '../states.js';

const CST_MS = 8 * 3600 * 1000;

/** The calendar day (YYYY-MM-DD) an instant falls on in China Standard Time. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + CST_MS).toISOString().slice(0, 10);
}

/** A day plus whole months, the day of month clamped to the month's end (01-31 + 1 month = 02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export type DeadlineCheck = { ok: true; deadline: string } | { ok: false; why: 'past' | 'too-far' | 'no-such-day'; latest: string };

/** A day that exists on the calendar: 2025-02-29 does not. */
export function isCalendarDay(day: string): boolean {
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
}

/** The deadline of an assignment made at `now`: the given day, or three (complex: six) months on. */
export function handlingDeadline(now: Date, complex: boolean, given?: string): DeadlineCheck {
  const today = localDay(now);
  const latest = addMonths(today, Limits.complexDeadlineMonths);
  if (given === undefined) return { ok: true, deadline: addMonths(today, complex ? Limits.complexDeadlineMonths : Limits.deadlineMonths) };
  if (!isCalendarDay(given)) return { ok: false, why: 'no-such-day', latest };
  if (given <= today) return { ok: false, why: 'past', latest };
  if (given > latest) return { ok: false, why: 'too-far', latest };
  return { ok: true, deadline: given };
}

/** Overdue: the deadline day has ended (in CST) with no reply. The deadline day itself is still in time. */
export function isOverdue(deadline: string, now: Date): boolean {
  return localDay(now) > deadline;
}
