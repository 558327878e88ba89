/**
 * The sitting's motions, kept live: read on every (re)connection (with how many have voted on an
 * open one), then updated by the meeting's stream — `motion.opened`, `motion.closed`,
 * `motion.progress` (votes cast, never their content) and `counts` (present now).
 */
import { useCallback, useState } from 'react';
import type { Static } from 'typebox';
import type { MotionDetailView, MotionView } from '@server/modules/voting/presenters.js';
import type { MotionProgress } from '@server/modules/voting/progress.js';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import { api } from '../../shared/api.js';
import type { Lang } from '../../shared/i18n.js';
import { useMeetingStream, type Connection } from '../../shared/useMeetingStream.js';

export type Motion = Static<typeof MotionView>;
type MotionDetail = Static<typeof MotionDetailView>;
export interface Motions {
  motions: Motion[] | null;
  /** Votes cast so far per open motion id (none yet when missing). */
  cast: Record<number, number>;
  /** Present at the sitting now, or null before the first figures. */
  present: number | null;
  error: unknown;
  connection: Connection;
  /** Puts a motion as an action answered it (created, opened, closed) in the list at once. */
  upsert(motion: Motion): void;
}

const upserted = (list: Motion[] | null, m: Motion) => (list === null ? [m] : list.some((x) => x.id === m.id) ? list.map((x) => (x.id === m.id ? m : x)) : [...list, m]);

export function useMotions(meetingId: number, lang: Lang): Motions {
  const [motions, setMotions] = useState<Motion[] | null>(null);
  const [cast, setCast] = useState<Record<number, number>>({});
  const [present, setPresent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const upsert = useCallback((m: Motion) => setMotions((list) => upserted(list, m)), []);

  const connection = useMeetingStream(meetingId, {
    resync: async () => {
      const list = await api<Motion[]>('GET', `/api/meetings/${meetingId}/motions`, lang);
      const open = await Promise.all(list.filter((m) => m.status === 'open').map((m) => api<MotionDetail>('GET', `/api/motions/${m.id}`, lang)));
      setMotions(list);
      setCast(Object.fromEntries(open.map((m) => [m.id, m.progress?.cast ?? 0])));
      const figures = open.find((m) => m.progress)?.progress;
      if (figures) setPresent(figures.present);
    },
    onError: setError,
    events: {
      'motion.opened': (m) => upsert(m as Motion),
      'motion.closed': (m) => upsert(m as Motion),
      'motion.progress': (data) => {
        const p = data as MotionProgress;
        // Frames come in order: a later one never holds fewer votes, but a slow one may land late.
        setCast((all) => ({ ...all, [p.motionId]: Math.max(p.cast, all[p.motionId] ?? 0) }));
        setPresent(p.present);
      },
      counts: (data) => setPresent((data as MeetingCounts).present),
    },
  });
  return { motions, cast, present, error, connection, upsert };
}
