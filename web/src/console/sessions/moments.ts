/**
 * A sitting's start between the server's form (`2025-01-09T09:00:00+08:00`, with its offset) and
 * the browser's `datetime-local` field (`2025-01-09T09:00`, the wall clock at the venue). The
 * offset of the venue is kept: the one the sitting already has, else that of the session's other
 * sittings, else the browser's own.
 */

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/** The wall-clock part, for a `datetime-local` field; '' when there is none. */
export function wallClock(iso: string | null): string {
  return iso ? iso.slice(0, 16) : '';
}

/** The UTC offset a moment was given with (`+08:00`), or null. */
export function offsetOf(iso: string | null | undefined): string | null {
  return iso ? (OFFSET.exec(iso)?.[1] ?? null) : null;
}

/** The browser's own UTC offset, as `+08:00`. */
export function browserOffset(at = new Date()): string {
  const minutes = -at.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A `datetime-local` value with the venue's offset, for the server; null when empty. */
export function withOffset(local: string | undefined, offset: string): string | null {
  return local ? `${local}:00${offset}` : null;
}

/** A moment as the secretariat reads it: `2025-01-09 09:00`. */
export function shownMoment(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '—';
}
