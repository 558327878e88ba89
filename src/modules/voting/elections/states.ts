/** The named states, kinds, events and limits of elections, in one place. */

export const ElectionState = { Draft: 'draft', Voting: 'voting', Done: 'done' } as const;
export type ElectionStateName = (typeof ElectionState)[keyof typeof ElectionState];

export const RoundState = { Open: 'open', Closed: 'closed' } as const;
export type RoundStateName = (typeof RoundState)[keyof typeof RoundState];

/** What a counting team enters: the ballots issued and returned, one ballot, or a batch of them. */
export const EntryKind = { Figures: 'figures', Ballot: 'ballot', Batch: 'batch' } as const;
export type EntryKindName = (typeof EntryKind)[keyof typeof EntryKind];

export const CandidateSource = { Nominated: 'nominated', WriteIn: 'write-in' } as const;

/** Published on the meeting's stream when a round is opened and when it is closed with its verdict. */
export const ElectionEvent = { RoundOpened: 'election.roundOpened', Closed: 'election.closed' } as const;

export const ElectionLimits = {
  seats: 1000,
  candidates: 2000,
  /** Names written in on one ballot, or listed in one batch. */
  writeIns: 200,
  /** Ballots in one batch, and ballots issued or returned in one figures entry. */
  ballots: 1_000_000,
  nameLength: 50,
} as const;
