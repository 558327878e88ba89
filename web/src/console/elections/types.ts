/** The elections API's answers, typed from the server's presenters (never copied by hand). */
import type { electedOf, presentElection, presentEntry, presentRound, presentTotals } from '@server/modules/voting/elections/presenters.js';
import type { RoundVerdict } from '@server/modules/voting/elections/rules/election.js';

export type Election = ReturnType<typeof presentElection>;
export type Round = ReturnType<typeof presentRound>;
export type Entry = ReturnType<typeof presentEntry>;
/** GET /api/elections/:id */
export type ElectionFull = Election & { rounds: Round[]; elected: ReturnType<typeof electedOf> };
/** GET /api/election-rounds/:id */
export type RoundFull = Round & { entries: Entry[]; totals: ReturnType<typeof presentTotals> };
export type { RoundVerdict };
