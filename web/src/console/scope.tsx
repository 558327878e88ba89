/**
 * The console's scope: the session and the sitting (meeting) every section works on, chosen at the
 * top of the page and remembered in localStorage. Sections read it with `useScope()`; a section
 * that creates a session or a sitting calls `reload()` and may `chooseMeeting` the new one.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Static } from 'typebox';
import type { MeetingView, SessionView } from '@server/modules/registry/presenters.js';
import { useApi } from '../shared/useApi.js';
import { defaultMeeting } from '../shared/defaultMeeting.js';

export type SessionItem = Static<typeof SessionView>;
export type MeetingItem = Static<typeof MeetingView>;

export interface Scope {
  sessions: SessionItem[] | null;
  session: SessionItem | null;
  meetings: MeetingItem[] | null;
  meeting: MeetingItem | null;
  error: unknown;
  chooseSession(id: number | null): void;
  chooseMeeting(id: number | null): void;
  /** Reads the sessions and the chosen session's sittings again. */
  reload(): Promise<void>;
}

const ScopeContext = createContext<Scope | null>(null);

export function useScope(): Scope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('useScope outside the console');
  return scope;
}

const SESSION_KEY = 'plenum.console.session';
const MEETING_KEY = 'plenum.console.meeting';
const remembered = (key: string) => Number(localStorage.getItem(key)) || null;
const remember = (key: string, id: number | null) => (id === null ? localStorage.removeItem(key) : localStorage.setItem(key, String(id)));

/** `enabled` false: an account that may not read sessions (a handling unit) has no scope. */
export function ScopeProvider({ children, enabled = true }: { children: ReactNode; enabled?: boolean }) {
  const sessions = useApi<SessionItem[]>(enabled ? '/api/sessions' : null);
  const [sessionId, setSessionId] = useState<number | null>(() => remembered(SESSION_KEY));
  const [meetingId, setMeetingId] = useState<number | null>(() => remembered(MEETING_KEY));

  // The remembered session, else the latest one.
  const session = sessions.data ? (sessions.data.find((s) => s.id === sessionId) ?? sessions.data.at(-1) ?? null) : null;
  const meetings = useApi<MeetingItem[]>(session ? `/api/sessions/${session.id}/meetings` : null);
  const meeting = meetings.data ? (meetings.data.find((m) => m.id === meetingId) ?? null) : null;

  const chooseSession = useCallback((id: number | null) => {
    remember(SESSION_KEY, id);
    setSessionId(id);
  }, []);
  const chooseMeeting = useCallback((id: number | null) => {
    remember(MEETING_KEY, id);
    setMeetingId(id);
  }, []);
  const reloadSessions = sessions.reload;
  const reloadMeetings = meetings.reload;
  const reload = useCallback(async () => {
    await Promise.all([reloadSessions(), reloadMeetings()]);
  }, [reloadSessions, reloadMeetings]);

  // None chosen, or one of another session: today's sitting, else the next, else the last.
  useEffect(() => {
    if (meetings.data && meetings.data.length > 0 && !meetings.data.some((m) => m.id === meetingId)) chooseMeeting(defaultMeeting(meetings.data, new Date()).id);
  }, [meetings.data, meetingId, chooseMeeting]);

  const value = useMemo<Scope>(
    () => ({ sessions: sessions.data, session, meetings: meetings.data, meeting, error: sessions.error ?? meetings.error, chooseSession, chooseMeeting, reload }),
    [sessions.data, session, meetings.data, meeting, sessions.error, meetings.error, chooseSession, chooseMeeting, reload],
  );
  return <ScopeContext.Provider value={value}>{children}</ScopeContext.Provider>;
}
