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
import { useMeetingStream, type Connection, type StreamHandlers } from './useMeetingStream.js';

export type { Connection };

export interface ScreenFeed {
  state: ScreenState | null;
  connection: Connection;
  /** Why the state cannot be read (an ApiError carries the server's message), or null. */
  error: unknown;
}

/** More for the same stream to do: a read on each (re)connection, handlers of more events. */
export interface ExtraHandlers {
  resync?(): Promise<void>;
  events?: StreamHandlers['events'];
}

export function useScreenFeed(meetingId: number, lang: Lang, extra: ExtraHandlers = {}): ScreenFeed {
  const [state, setState] = useState<ScreenState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const showMotion = (motion: unknown) => setState((s) => s && { ...s, motion: motion as MotionPresented });
  const connection = useMeetingStream(meetingId, {
    resync: async () => {
      setState(await api<ScreenState>('GET', `/api/meetings/${meetingId}/screen`, lang));
      await extra.resync?.();
    },
    onError: setError,
    events: {
      ...extra.events,
      counts: (counts) => setState((s) => s && { ...s, counts: counts as MeetingCounts }),
      'motion.opened': showMotion,
      'motion.closed': showMotion,
    },
  });
  return { state, connection, error };
}
