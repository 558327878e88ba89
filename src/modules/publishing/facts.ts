/**
 * What the documents of a sitting are built from: the figures and names gathered once from the
 * store (gather.ts) as plain data, so each builder is a pure function of them and its sentences
 * can be tested exactly without a store.
 */
import type { BodyKind } from '../registry/kinds.js';
import type { Tally } from '../voting/rules/threshold.js';

export interface Person {
  name: string;
  title: string | null;
  /** Who they are when they hold a membership: two people may share a name. */
  membershipId?: number | null;
}

/** The same person: by membership when both have one, else by name. */
export function samePerson(a: Person, b: Person): boolean {
  return a.membershipId != null && b.membershipId != null ? a.membershipId === b.membershipId : a.name === b.name;
}

export interface MotionFacts {
  id: number;
  title: string;
  kind: 'recorded' | 'secret';
  status: 'draft' | 'open' | 'closed';
  result: Tally | null;
  /** The resolution's text (publishing.setResolutionText), paragraphs split by line breaks. */
  text: string | null;
}

export interface ElectionFacts {
  office: string;
  /** The announcement of each closed round, in order. */
  announcements: string[];
}

export interface AgendaFacts {
  ordinal: number;
  kind: string;
  title: string;
  speaker: string | null;
  stageTitle: string | null;
  motions: MotionFacts[];
  elections: ElectionFacts[];
}

/** A non-voting line as a report names it: 市人民政府组成人员, 中国人民政治协商会议云州市委员会委员. */
export interface AttendeeFacts {
  role: 'nonvoting' | 'invited' | 'observer';
  who: string;
  count: number;
  stageTitle: string | null;
}

export interface SittingFacts {
  body: { kind: BodyKind; name: string; region: string };
  /** 云州市第十六届人民代表大会第三次会议 · 十六届人大三次会议 */
  session: { full: string; short: string };
  meeting: { id: number; ordinal: number; kind: string; title: string; startsAt: string | null; venue: string | null };
  /** When the figures were counted (a script printed before the sitting shows the live count then). */
  countedAt: Date;
  attendance: { expected: number; present: number; met: boolean; sentence: string };
  presiding: { presider: Person | null; standingChair: Person | null; executiveChairs: Person[] };
  /** Rows from the front, each in protocol order. */
  rostrum: Person[][];
  agenda: AgendaFacts[];
  /** Motions of the meeting tied to no agenda item. */
  otherMotions: MotionFacts[];
  attendees: AttendeeFacts[];
}
