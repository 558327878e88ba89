/**
 * The hall screen's data: the state read once (GET /api/meetings/:id/screen), then kept current by
 * the meeting's stream. EventSource cannot send a header, so the token goes as `?token=`. After
 * any drop (a server restart included) it reconnects with a growing delay and re-reads the state
 * first, so nothing missed while away stays missed.
 */
import { useEffect, useState } from 'react';
import type { ScreenState } from '@server/modules/live/screenState.js';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import type { MotionPresented } from '@server/modules/voting/presenters.js';
import { api, ApiError } from './api.js';
import type { Lang } from './i18n.js';

export type Connection = 'connecting' | 'live' | 'reconnecting';

export interface ScreenFeed {
  state: ScreenState | null;
  connection: Connection;
  /** Why the state cannot be read (an ApiError carries the server's message), or null. */
  error: unknown;
}

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000];

export function useScreenFeed(meetingId: number, token: string, lang: Lang): ScreenFeed {
  const [state, setState] = useState<ScreenState | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;

    const retry = () => {
      source?.close();
      source = null;
      if (stopped) return;
      setConnection('reconnecting');
      timer = setTimeout(connect, BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)]);
    };

    const connect = async () => {
      try {
        const fresh = await api<ScreenState>('GET', `/api/meetings/${meetingId}/screen`, lang);
        if (stopped) return;
        setState(fresh);
        setError(null);
      } catch (e) {
        if (stopped) return;
        setError(e);
        // A refusal (unknown meeting, revoked token) will not mend itself by retrying.
        if (e instanceof ApiError && e.status < 500) return;
        retry();
        return;
      }
      const es = new EventSource(`/api/meetings/${meetingId}/stream?token=${encodeURIComponent(token)}`);
      source = es;
      es.addEventListener('open', () => {
        attempt = 0;
        setConnection('live');
      });
      es.addEventListener('counts', (e) => {
        const counts = JSON.parse((e as MessageEvent<string>).data) as MeetingCounts;
        setState((s) => s && { ...s, counts });
      });
      const showMotion = (e: Event) => {
        const motion = JSON.parse((e as MessageEvent<string>).data) as MotionPresented;
        setState((s) => s && { ...s, motion });
      };
      es.addEventListener('motion.opened', showMotion);
      es.addEventListener('motion.closed', showMotion);
      // Any drop: close, wait, re-read the state and open a new stream (EventSource alone would
      // resume without re-reading, and gives up for good once a reconnect is refused).
      es.addEventListener('error', retry);
    };

    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [meetingId, token, lang]);

  return { state, connection, error };
}
