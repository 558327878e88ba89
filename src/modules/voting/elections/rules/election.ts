/**
 * The rules of an election by paper ballot: which ballots count, who is elected, what comes
 * next, the margin of extra candidates, and the sentences that announce a round. Pure: no I/O.
 *
 * Sources (see shared/DESIGN.md, "Elections"):
 * - 《地方各级人民代表大会和地方各级人民政府组织法》第二十六–三十条: candidates and the margin of
 *   extra candidates (差额) for each office, uncontested (等额) where the law allows; a candidate
 *   needs more than half of all deputies; more reaching it than seats: the highest win; equal
 *   votes that leave the winners undecided: those tied vote again (再次投票); too few reach it:
 *   the seats left are filled by a further round (另行选举), whose candidates may be taken from
 *   the first round's in order of votes; when one seat is left, two candidates.
 * - 《全国人民代表大会和地方各级人民代表大会选举法》第三十一条 (the margin of candidates), 第四十四条
 *   (more ballots returned than issued: the vote is void; a ballot marking more names than the
 *   seats is void, equal or fewer is valid), 第四十五条 (more than half to be elected; ties and
 *   further rounds).
 * Thresholds come from `../../rules/threshold.ts` and their arithmetic from `leastCount`.
 */
import type { BodyKind } from '../../../registry/kinds.js';
import { leastCount } from '../../../attendance/rules/quorum.js';
import { requiredVotes, type Threshold } from '../../rules/threshold.js';

export const RoundKinds = ['first', 'runoff', 'further'] as const;
/** `first`: the election's first vote; `runoff`: among those tied at the last seat; `further`: 另行选举 for seats left. */
export type RoundKind = (typeof RoundKinds)[number];

/** A bound on extra candidates (candidates − seats): a count, or a fraction of the seats. */
export type MarginBound = { count: number } | { num: number; den: number };

/** The session's margin rule for an office (选举办法): extra candidates from `min` to `max`. */
export interface MarginRule {
  min?: MarginBound;
  max?: MarginBound;
  citation: string;
}

/** The extra candidates a margin rule allows for a number of seats. */
export function marginBounds(rule: MarginRule, seats: number): { min: number; max: number | null } {
  // At least a fraction of the seats is the least count reaching it; at most a fraction is one below "more than".
  const min = rule.min === undefined ? 0 : 'count' in rule.min ? rule.min.count : leastCount(seats, { ...rule.min, inclusive: true });
  let max = rule.max === undefined ? null : 'count' in rule.max ? rule.max.count : leastCount(seats, { ...rule.max, inclusive: false }) - 1;
  // 地方组织法: one seat contested by a fraction rule still needs two candidates (只选一人，候选人应为二人).
  if (max !== null && max < min) max = min;
  return { min, max };
}

/** What is wrong with a number of candidates for the seats, in words with the figures, or null. */
export function candidatesProblem(candidates: number, seats: number, rule: MarginRule | null): { zh: string; en: string; min: number; max: number | null } | null {
  if (candidates < seats) {
    return { zh: `候选人${candidates}名，少于应选名额${seats}名`, en: `${candidates} candidates for ${seats} seats: fewer candidates than seats`, min: 0, max: null };
  }
  if (!rule) return null;
  const { min, max } = marginBounds(rule, seats);
  const extra = candidates - seats;
  if (extra >= min && (max === null || extra <= max)) return null;
  const range = max === null ? `不少于${min}名` : min === max ? `${min}名` : `${min}至${max}名`;
  const rangeEn = max === null ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
  return {
    zh: `应选${seats}名，候选人${candidates}名，差额${extra}名；依${rule.citation}，差额应为${range}`,
    en: `${candidates} candidates for ${seats} seats is ${extra} extra; ${rule.citation} requires ${rangeEn} extra`,
    min,
    max,
  };
}

/** One paper ballot: the candidates marked and the names written in. */
export interface Ballot {
  marks: number[];
  writeIns: string[];
}

/** 选举法第四十四条: a ballot naming more people than there are seats is void; fewer or equal is valid. */
export function ballotIsValid(ballot: Ballot, seats: number): boolean {
  return ballot.marks.length + ballot.writeIns.length <= seats;
}

/** Who can be voted for in a round: a candidate (with id) or a write-in (by name, id null). */
export interface Contender {
  candidateId: number | null;
  name: string;
}

export interface RoundInput {
  kind: RoundKind;
  seats: number;
  /** The round's candidates, in ballot order. */
  candidates: Contender[];
  threshold: Threshold;
  /** Members of the body on the day (应到) and present: the bases `all` and `present`. */
  expected: number;
  present: number;
  issued: number;
  returned: number;
  /** Counted ballots: valid and void (valid + void = returned when the round is counted). */
  valid: number;
  void: number;
  /** Votes per candidate id, and per write-in name. */
  votes: Map<number, number>;
  writeIns: Map<string, number>;
}

export interface ResultLine extends Contender {
  votes: number;
  /** Reached the threshold. */
  reached: boolean;
  elected: boolean;
}

export type Next =
  | { action: 'done' }
  /** The round was void (more returned than issued): it is held again as it was. */
  | { action: 'repeat'; kind: RoundKind; seats: number; candidates: Contender[] }
  /** 再次投票 among those tied at the last seat, for the seats they tie for. */
  | { action: 'runoff'; seats: number; candidates: Contender[] }
  /** 另行选举 for the seats left; the pool is the candidates not elected, most votes first. */
  | { action: 'further'; seats: number; candidates: Contender[] };

export interface RoundVerdict {
  kind: RoundKind;
  seats: number;
  /** false when more ballots were returned than issued (选举有效 / 无效). */
  valid: boolean;
  expected: number;
  present: number;
  issued: number;
  returned: number;
  validBallots: number;
  voidBallots: number;
  required: number;
  citation: string;
  /** Every candidate and write-in, most votes first (ballot order among equals). */
  results: ResultLine[];
  elected: Contender[];
  next: Next;
}

const byVotes = (a: { votes: number; order: number }, b: { votes: number; order: number }) => b.votes - a.votes || a.order - b.order;

/**
 * The verdict of a counted round. Those reaching the threshold are elected, the highest first,
 * up to the seats; a tie at the last seat among those reaching it fills no seat and calls a
 * run-off among the tied; seats nobody reached go to a further round.
 * @example decideRound({ seats: 1, votes: new Map([[1, 3], [2, 2]]), expected: 5, ... }).elected // [candidate 1]
 */
export function decideRound(r: RoundInput): RoundVerdict {
  const figures = { expected: r.expected, present: r.present, yes: r.returned, no: 0, abstain: 0 };
  // Base `cast` in an election is the ballots returned (参加投票的人数), put in as `yes`.
  const required = requiredVotes(r.threshold, figures);
  const head = {
    kind: r.kind,
    seats: r.seats,
    expected: r.expected,
    present: r.present,
    issued: r.issued,
    returned: r.returned,
    validBallots: r.valid,
    voidBallots: r.void,
    required,
    citation: r.threshold.citation,
  };
  const lines = [
    ...r.candidates.map((c, order) => ({ ...c, votes: r.votes.get(c.candidateId!) ?? 0, order })),
    ...[...r.writeIns].map(([name, votes], i) => ({ candidateId: null, name, votes, order: r.candidates.length + i })),
  ].sort(byVotes);
  const strip = ({ order: _order, ...line }: (typeof lines)[number]) => line;

  if (r.returned > r.issued) {
    return {
      ...head,
      valid: false,
      results: lines.map((l) => ({ ...strip(l), reached: false, elected: false })),
      elected: [],
      next: { action: 'repeat', kind: r.kind, seats: r.seats, candidates: r.candidates },
    };
  }

  const reaching = lines.filter((l) => l.votes >= required);
  let elected = reaching;
  let next: Next = { action: 'done' };
  if (reaching.length > r.seats) {
    const last = reaching[r.seats - 1]!.votes;
    if (reaching[r.seats]!.votes === last) {
      elected = reaching.filter((l) => l.votes > last);
      const tied = reaching.filter((l) => l.votes === last);
      next = { action: 'runoff', seats: r.seats - elected.length, candidates: tied.map(contender) };
    } else {
      elected = reaching.slice(0, r.seats);
    }
  } else if (reaching.length < r.seats) {
    const pool = lines.filter((l) => l.candidateId !== null && !reaching.includes(l));
    next = { action: 'further', seats: r.seats - reaching.length, candidates: pool.map(contender) };
  }
  const won = new Set(elected);
  return {
    ...head,
    valid: true,
    results: lines.map((l) => ({ ...strip(l), reached: l.votes >= required, elected: won.has(l) })),
    elected: elected.map(contender),
    next,
  };
}

function contender(l: Contender): Contender {
  return { candidateId: l.candidateId, name: l.name };
}

export interface Announcement {
  zh: string;
  en: string;
}

const NOUN_ZH: Record<BodyKind, string> = { 'people-congress': '代表', cppcc: '委员', 'standing-committee': '组成人员', generic: '成员' };
const NOUN_EN: Record<BodyKind, string> = { 'people-congress': 'deputies', cppcc: 'members', 'standing-committee': 'members', generic: 'members' };

/**
 * The announcement of a round, in the customary sentences:
 *   本次选举应到代表523人，发出选票500张，收回选票500张，其中有效票498张，无效票2张，选举有效。
 *   张三得499票，当选。
 * and for a void round: …收回选票多于发出选票，本次选举无效。
 */
export function announce(kind: BodyKind, v: RoundVerdict): Announcement {
  const zh: string[] = [];
  const en: string[] = [];
  const headZh = `本次选举应到${NOUN_ZH[kind]}${v.expected}人，发出选票${v.issued}张，收回选票${v.returned}张，`;
  const headEn = `${v.expected} ${NOUN_EN[kind]} are expected; ${v.issued} ballots were issued and ${v.returned} returned`;
  if (!v.valid) {
    zh.push(`${headZh}收回选票多于发出选票，本次选举无效。`);
    en.push(`${headEn}. More ballots were returned than issued: this round is void.`);
    return { zh: zh.join(''), en: en.join(' ') };
  }
  zh.push(`${headZh}其中有效票${v.validBallots}张，无效票${v.voidBallots}张，选举有效。`);
  en.push(`${headEn}, of which ${v.validBallots} valid and ${v.voidBallots} void; the round is valid.`);
  for (const line of v.results.filter((l) => l.elected)) {
    zh.push(`${line.name}得${line.votes}票，当选。`);
    en.push(`${line.name} received ${line.votes} ${line.votes === 1 ? 'vote' : 'votes'} and is elected.`);
  }
  const next = v.next;
  if (next.action === 'runoff') {
    const names = next.candidates.map((c) => c.name);
    const votes = v.results.find((l) => l.name === names[0])?.votes ?? 0;
    zh.push(`${names.join('、')}得票相等（各${votes}票），就票数相等的候选人再次投票，选出${next.seats}名。`);
    en.push(`${names.join(', ')} are tied at ${votes} votes each; they face a run-off for ${next.seats} ${next.seats === 1 ? 'seat' : 'seats'}.`);
  } else if (next.action === 'further') {
    zh.push(`获得${v.required}票以上的当选人数少于应选名额，不足的${next.seats}名另行选举。`);
    en.push(`Fewer than the seats reached ${v.required} votes; ${next.seats} ${next.seats === 1 ? 'seat goes' : 'seats go'} to a further round.`);
  }
  return { zh: zh.join(''), en: en.join(' ') };
}
