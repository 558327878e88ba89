/**
 * A sitting's figures, live: GET /api/meetings/:id/attendance on every (re)connection, then each
 * `counts` event of the meeting's stream (the same `meetingCounts` result, per group included).
 * The desk's counter and the attendance dashboard both read it.
 */
import { useState } from 'react';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import { api } from '../../shared/api.js';
import type { Lang } from '../../shared/i18n.js';
import { useMeetingStream, type Connection } from '../../shared/useMeetingStream.js';

export type { MeetingCounts, Connection };

export interface LiveCounts {
  counts: MeetingCounts | null;
  connection: Connection;
  /** Why the figures cannot be read (an ApiError carries the server's message), or null. */
  error: unknown;
}

/**
 * `onCounts` runs after every fresh figure (a resync or an event), e.g. to re-read a list; `also`
 * names more stream events to follow, each with its handler.
 */
export function useLiveCounts(meetingId: number, lang: Lang, onCounts?: (counts: MeetingCounts) => void, also: Record<string, () => void> = {}): LiveCounts {
  const [counts, setCounts] = useState<MeetingCounts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const show = (fresh: MeetingCounts) => {
    setCounts(fresh);
    onCounts?.(fresh);
  };
  const connection = useMeetingStream(meetingId, {
    resync: async () => show(await api<MeetingCounts>('GET', `/api/meetings/${meetingId}/attendance`, lang)),
    onError: setError,
    events: { ...also, counts: (data) => show(data as MeetingCounts) },
  });
  return { counts, connection, error };
}
