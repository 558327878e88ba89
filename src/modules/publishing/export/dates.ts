/** Times and dates as the exchange formats want them. Stored times are ISO-8601 with an offset. */

/** An instant in UTC to the second, `2025-01-09T01:00:00Z`: what Popolo's event pattern and XSD dateTime both accept. */
export function utcSecond(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as stored, else undefined (a malformed one is left out, not guessed). */
export function plainDate(value: string | null): string | undefined {
  return value !== null && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : undefined;
}

/** The calendar day of a stored time in its own offset: `2025-01-09T09:00:00+08:00` is the 9th in Yunzhou. */
export function localDay(iso: string): string {
  return iso.slice(0, 10);
}

/** A day as a report writes it: `2025-01-09` → `2025年1月9日`. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
