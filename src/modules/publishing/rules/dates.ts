/**
 * Dates as the documents print them, on Beijing time (UTC+8, no daylight saving): the day of a
 * sitting, 2025年1月12日, and 上午/下午. Pure: no I/O.
 */

const BEIJING_MS = 8 * 3600 * 1000;

/** A moment on Beijing time as its parts. */
export interface LocalMoment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** An ISO date-time (any offset) or a Date, on Beijing time. */
export function beijing(at: string | Date): LocalMoment {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  const d = new Date(ms + BEIJING_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** 2025年1月12日 */
export function chineseDate(m: LocalMoment): string {
  return `${m.year}年${m.month}月${m.day}日`;
}

/** 1月12日 */
export function monthDay(m: LocalMoment): string {
  return `${m.month}月${m.day}日`;
}

/** 上午 before noon, 下午 until 18:00, then 晚上. */
export function partOfDay(m: LocalMoment): string {
  return m.hour < 12 ? '上午' : m.hour < 18 ? '下午' : '晚上';
}

/** 9时05分 */
export function clockTime(m: LocalMoment): string {
  return `${m.hour}时${String(m.minute).padStart(2, '0')}分`;
}
