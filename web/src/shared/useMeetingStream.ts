/**
 * A meeting's live stream (GET /api/meetings/:id/stream, Server-Sent Events) for any page: first
 * `resync()` reads the state the page starts from, then the stream's events go to their handlers.
 * EventSource cannot send a header, so the token goes as `?token=`. After any drop (a server restart
 * included) it waits 0.5 s, 1 s, 2 s… up to 8 s, resyncs and opens a new stream, so nothing missed
 * while away stays missed. A refusal of the resync (4xx: unknown meeting, revoked token) stops it:
 * retrying will not mend it.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError } from './api.js';
import { currentToken } from './session.js';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface StreamHandlers {
  /** Reads the page's state; called before every (re)connection. */
  resync(): Promise<void>;
  /** Called with each refusal or failure of `resync`, and with null once it succeeds. */
  onError?(error: unknown): void;
  /** Event name (`counts`, `motion.opened`, `meeting.agendaSet`…) to handler of its parsed data. */
  events: Record<string, (data: unknown) => void>;
}

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000];

export function useMeetingStream(meetingId: number | null, handlers: StreamHandlers): Connection {
  const [connection, setConnection] = useState<Connection>('connecting');
  const current = useRef(handlers);
  current.current = handlers;
  const eventNames = Object.keys(handlers.events).sort().join(' ');
  // Signing in anew (another token) opens a new stream under it.
  const token = currentToken() ?? '';

  useEffect(() => {
    if (meetingId === null) return;
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    setConnection('connecting');

    const retry = () => {
      source?.close();
      source = null;
      if (stopped) return;
      setConnection('reconnecting');
      timer = setTimeout(connect, BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)]);
    };

    const connect = async () => {
      try {
        await current.current.resync();
        if (stopped) return;
        current.current.onError?.(null);
      } catch (e) {
        if (stopped) return;
        current.current.onError?.(e);
        if (e instanceof ApiError && e.status < 500) {
          setConnection('stopped');
          return;
        }
        retry();
        return;
      }
      const es = new EventSource(`/api/meetings/${meetingId}/stream?token=${encodeURIComponent(token)}`);
      source = es;
      es.addEventListener('open', () => {
        attempt = 0;
        setConnection('live');
      });
      for (const name of eventNames.split(' ').filter(Boolean)) {
        es.addEventListener(name, (e) => current.current.events[name]?.(JSON.parse((e as MessageEvent<string>).data)));
      }
      // Any drop: close, wait, resync and open a new stream (EventSource alone would resume without
      // re-reading, and gives up for good once a reconnect is refused).
      es.addEventListener('error', retry);
    };

    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [meetingId, eventNames, token]);

  return connection;
}
