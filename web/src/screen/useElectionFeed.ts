/**
 * The hall screen's election in view: read on every (re)connection (the latest round of the
 * sitting's elections: open, or closed with its verdict), then kept current by the screen stream's
 * `election.roundOpened` and `election.closed`.
 */
import { useState } from 'react';
import type { electedOf, presentElection, presentRound } from '@server/modules/voting/elections/presenters.js';
import type { RoundVerdict } from '@server/modules/voting/elections/rules/election.js';
import { api } from '../shared/api.js';
import type { Lang } from '../shared/i18n.js';
import type { ExtraHandlers } from '../shared/useScreenFeed.js';

type Round = ReturnType<typeof presentRound>;
type ElectionFull = ReturnType<typeof presentElection> & { rounds: Round[]; elected: ReturnType<typeof electedOf> };

export interface ScreenElection {
  roundId: number;
  office: string;
  ordinal: number;
  open: boolean;
  verdict: RoundVerdict | null;
  announcement: { zh: string; en: string } | null;
  /** The server's time of the round's opening or close when read on (re)connecting; null when it came live. */
  at: string | null;
}

interface RoundOpened {
  roundId: number;
  office: string;
  ordinal: number;
}
interface RoundClosed extends RoundOpened {
  verdict: RoundVerdict;
  announcement: { zh: string; en: string };
}

/** The latest round of the sitting's elections, or null when none has been opened. */
async function latestRound(meetingId: number, lang: Lang): Promise<ScreenElection | null> {
  const list = await api<{ id: number; state: string }[]>('GET', `/api/meetings/${meetingId}/elections`, lang);
  const full = await Promise.all(list.filter((e) => e.state !== 'draft').map((e) => api<ElectionFull>('GET', `/api/elections/${e.id}`, lang)));
  let best: ScreenElection | null = null;
  for (const e of full) {
    for (const r of e.rounds) {
      const at = r.closedAt ?? r.openedAt;
      if (best && best.at! >= at) continue;
      best = { roundId: r.id, office: e.office, ordinal: r.ordinal, open: r.state === 'open', verdict: r.verdict, announcement: r.announcement, at };
    }
  }
  return best;
}

/** The election in view, and what the screen's one stream does for it (`useScreenFeed`'s `extra`). */
export function useElectionFeed(meetingId: number, lang: Lang): { election: ScreenElection | null; follow: ExtraHandlers } {
  const [election, setElection] = useState<ScreenElection | null>(null);
  const follow: ExtraHandlers = {
    resync: async () => setElection(await latestRound(meetingId, lang)),
    events: {
      'election.roundOpened': (data) => {
        const d = data as RoundOpened;
        setElection({ roundId: d.roundId, office: d.office, ordinal: d.ordinal, open: true, verdict: null, announcement: null, at: null });
      },
      'election.closed': (data) => {
        const d = data as RoundClosed;
        setElection({ roundId: d.roundId, office: d.office, ordinal: d.ordinal, open: false, verdict: d.verdict, announcement: d.announcement, at: null });
      },
    },
  };
  return { election, follow };
}
