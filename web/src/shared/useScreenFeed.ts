/**
 * The hall screen's and the pad's live state: GET /api/meetings/:id/screen on every (re)connection,
 * then kept current by the meeting's stream (`counts`, `motion.opened`, `motion.closed`).
 */
import { useState } from 'react';
import type { ScreenState } from '@server/modules/live/screenState.js';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import type { MotionPresented } from '@server/modules/voting/presenters.js';
import { api } from './api.js';
import type { Lang } from './i18n.js';
import { useMeetingStream, type Connection } from './useMeetingStream.js';

export type { Connection };

export interface ScreenFeed {
  state: ScreenState | null;
  connection: Connection;
  /** Why the state cannot be read (an ApiError carries the server's message), or null. */
  error: unknown;
}

export function useScreenFeed(meetingId: number, lang: Lang): ScreenFeed {
  const [state, setState] = useState<ScreenState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const showMotion = (motion: unknown) => setState((s) => s && { ...s, motion: motion as MotionPresented });
  const connection = useMeetingStream(meetingId, {
    resync: async () => setState(await api<ScreenState>('GET', `/api/meetings/${meetingId}/screen`, lang)),
    onError: setError,
    events: {
      counts: (counts) => setState((s) => s && { ...s, counts: counts as MeetingCounts }),
      'motion.opened': showMotion,
      'motion.closed': showMotion,
    },
  });
  return { state, connection, error };
}
