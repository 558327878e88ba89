/**
 * The stable identifiers of the open data exports: `plenum:person/123`, `plenum:motion/9`. They are
 * made of the store's own ids, so a record keeps its id from one export to the next and a reader
 * can join a Popolo export to an Akoma Ntoso record of the same sitting.
 */

const id = (kind: string) => (n: number | string) => `plenum:${kind}/${n}`;

export const ids = {
  person: id('person'),
  body: id('body'),
  group: id('group'),
  term: id('term'),
  session: id('session'),
  meeting: id('meeting'),
  motion: id('motion'),
  voteEvent: id('vote-event'),
  /** A member's seat in the body for the term (the roster line). */
  membership: id('membership'),
  /** The same roster line seen as membership of the member's delegation or sector. */
  groupMembership: (membershipId: number) => `plenum:membership/${membershipId}/group`,
  /** A presiding office of one meeting (or one stage of it): `plenum:post/meeting/7/presider`. */
  post: (meetingId: number, stageId: number | null, role: string) => `plenum:post/meeting/${meetingId}${stageId === null ? '' : `/stage/${stageId}`}/${role}`,
  /** Who held a presiding office at one meeting. */
  postHolding: (meetingId: number, stageId: number | null, role: string, membershipId: number) =>
    `plenum:membership/${membershipId}/post/meeting/${meetingId}${stageId === null ? '' : `/stage/${stageId}`}/${role}`,
};
