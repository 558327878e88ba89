/**
 * The sitting's presiding script kept current while the sitting runs. `read` fetches the script's
 * document model (GET /api/meetings/:id/documents/presiding-script.json) and the live counts together and finds
 * the attendance paragraph by the sentence the counts carry; then each `counts` frame of the
 * stream puts the presiding sentence of MeetingCounts in its place at once. The script is read
 * again when the quorum verdict turns (the paragraph's other words change with it) and on every
 * motion, election and meeting event (a vote's result sentence after motion.closed, a new agenda),
 * and once check-in has paused for a few seconds (so the line saying when it was counted is true).
 * The stream's resync is the read, so nothing missed while disconnected stays missed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import type { ScreenState } from '@server/modules/live/screenState.js';
import { MOTION_CLOSED, MOTION_OPENED } from '@server/modules/voting/states.js';
import { ElectionEvent } from '@server/modules/voting/elections/states.js';
import { api } from '../../shared/api.js';
import type { Lang } from '../../shared/i18n.js';
import { useMeetingStream, type Connection } from '../../shared/useMeetingStream.js';
import type { Doc } from '@server/modules/publishing/document.js';

/** The meeting events after which the script says something else. */
const MEETING_EVENTS = ['meeting.agendaSet', 'meeting.presidingSet', 'meeting.updated', 'meeting.opened', 'meeting.stageAdded', 'meeting.stageRemoved', 'meeting.attendeeAdded', 'meeting.attendeeRemoved', 'meeting.rostrumSet'];
const REREAD_ON = [MOTION_OPENED, MOTION_CLOSED, ElectionEvent.RoundOpened, ElectionEvent.Closed, ...MEETING_EVENTS];

/** Quiet after the last counts frame before the script is read again whole. */
const SETTLE_MS = 3000;

export interface LiveScript {
  doc: Doc;
  /** The attendance paragraph: its place among the blocks, and the sentence and verdict it was printed with. */
  attendance: { index: number; sentence: string; met: boolean } | null;
}

export interface LiveScriptState {
  script: LiveScript | null;
  counts: MeetingCounts | null;
  error: unknown;
  connection: Connection;
  reread(): Promise<void>;
}

export function useLiveScript(meetingId: number, lang: Lang): LiveScriptState {
  const [script, setScript] = useState<LiveScript | null>(null);
  const [counts, setCounts] = useState<MeetingCounts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latestRead = useRef(0);
  const countsSeen = useRef(0);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);

  const read = useCallback(async () => {
    const n = ++latestRead.current;
    const seenBefore = countsSeen.current;
    // A check-in between the two reads can make the script's sentence and the counts' differ: read again.
    for (let attempt = 0; ; attempt++) {
      const [doc, screen] = await Promise.all([
        api<Doc>('GET', `/api/meetings/${meetingId}/documents/presiding-script.json`, lang),
        api<ScreenState>('GET', `/api/meetings/${meetingId}/screen`, lang),
      ]);
      const { sentence, met } = screen.counts.quorum;
      const index = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith(sentence));
      if (index < 0 && attempt < 2) continue;
      if (n !== latestRead.current) return;
      setScript({ doc, attendance: index < 0 ? null : { index, sentence, met } });
      // A counts frame that came while reading is newer than the read's.
      if (countsSeen.current === seenBefore) setCounts(screen.counts);
      return;
    }
  }, [meetingId, lang]);

  const reread = useCallback(async () => {
    try {
      await read();
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [read]);

  const events: Record<string, (data: unknown) => void> = {
    counts: (data) => {
      const fresh = data as MeetingCounts;
      countsSeen.current++;
      setCounts(fresh);
      // The frame every (re)connection starts with repeats what was just read: nothing to do.
      if (fresh.quorum.sentence === counts?.quorum.sentence) return;
      clearTimeout(settle.current);
      if (script?.attendance && fresh.quorum.met !== script.attendance.met) void reread();
      // Once check-in pauses, the whole script again, so its "counted at" line says when.
      else settle.current = setTimeout(() => void reread(), SETTLE_MS);
    },
  };
  for (const name of REREAD_ON) events[name] = () => void reread();

  const connection = useMeetingStream(meetingId, { resync: read, onError: setError, events });
  return { script, counts, error, connection, reread };
}
