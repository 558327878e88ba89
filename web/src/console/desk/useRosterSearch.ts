/**
 * The desk's search as you type: GET /api/meetings/:id/roster?q=… a moment after the last key,
 * the newest answer winning over a slower older one; read again on `refresh()` and whenever
 * `tick` changes (the sitting's figures moved: a state in the list may have too).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Static } from 'typebox';
import type { RosterSearchView } from '@server/modules/attendance/presenters.js';
import { api } from '../../shared/api.js';
import type { Lang } from '../../shared/i18n.js';

export type RosterSearch = Static<typeof RosterSearchView>;
export type RosterLine = RosterSearch['members'][number];

const DEBOUNCE_MS = 120;
export const SHOWN = 20;

export function useRosterSearch(meetingId: number, query: string, lang: Lang, tick: number) {
  const [found, setFound] = useState<{ text: string; data: RosterSearch } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const text = query.trim();

  const read = useCallback(async () => {
    const n = ++latest.current;
    if (text === '') {
      setFound(null);
      setError(null);
      return;
    }
    try {
      const fresh = await api<RosterSearch>('GET', `/api/meetings/${meetingId}/roster?q=${encodeURIComponent(text)}&limit=${SHOWN}`, lang);
      if (n !== latest.current) return;
      setFound({ text, data: fresh });
      setError(null);
    } catch (e) {
      if (n === latest.current) setError(e);
    }
  }, [meetingId, text, lang]);

  useEffect(() => {
    const timer = setTimeout(() => void read(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [read]);
  // A change elsewhere: the same search again, at once.
  useEffect(() => {
    if (tick > 0) void read();
  }, [tick]);

  /** `current`: the answer is for the text as it is now (not one typed before). */
  return { found: text === '' ? null : (found?.data ?? null), current: found?.text === text, error, refresh: read };
}
