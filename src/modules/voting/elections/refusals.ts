/**
 * The refusals of elections, each with a stable id and a message naming the election, the round
 * and the figures, in zh-CN and English.
 */
import { AppError, errors } from '../../../server/errors.js';

const STATE_ZH: Record<string, string> = { draft: '筹备中', voting: '投票中', done: '已完成' };

export const refusals = {
  electionNotFound: (id: number) =>
    new AppError(404, 'election_not_found', { 'zh-CN': `选举 ${id} 不存在`, en: `Election ${id} does not exist` }),
  roundNotFound: (id: number) =>
    new AppError(404, 'election_round_not_found', { 'zh-CN': `选举投票轮次 ${id} 不存在`, en: `Election round ${id} does not exist` }),
  candidateNotFound: (electionId: number, candidateId: number) =>
    new AppError(404, 'candidate_not_found', {
      'zh-CN': `选举 ${electionId} 没有候选人 ${candidateId}`,
      en: `Election ${electionId} has no candidate ${candidateId}`,
    }),
  entryNotFound: (roundId: number, entryId: number) =>
    new AppError(404, 'election_entry_not_found', {
      'zh-CN': `投票轮次 ${roundId} 没有计票录入 ${entryId}`,
      en: `Election round ${roundId} has no entry ${entryId}`,
    }),
  badFraction: (path: string, num: number, den: number) =>
    errors.invalidInput([{ path, message: `the fraction ${num}/${den} must be at most 1` }]),
  notDraft: (electionId: number, state: string) =>
    errors.conflict('election_not_draft', {
      'zh-CN': `选举 ${electionId} ${STATE_ZH[state] ?? state}，候选人名单已确定，不能再改动`,
      en: `Election ${electionId} is ${state}: its candidates can no longer change`,
    }),
  candidateExists: (electionId: number, name: string, candidateId: number) =>
    errors.conflict(
      'candidate_exists',
      { 'zh-CN': `${name}已是选举 ${electionId} 的候选人（候选人 ${candidateId}）`, en: `${name} is already candidate ${candidateId} of election ${electionId}` },
      { candidateId },
    ),
  notAMember: (membershipId: number, meetingId: number) =>
    errors.unprocessable('not_a_member', {
      'zh-CN': `成员资格 ${membershipId} 不属于会次 ${meetingId} 所属届次`,
      en: `Membership ${membershipId} is not of the term that meeting ${meetingId} belongs to`,
    }),
  nameTheCandidate: () => errors.invalidInput([{ path: '/name', message: 'name the candidate, or give their membershipId' }]),
  tooFewCandidates: (electionId: number, problem: { zh: string; en: string }) =>
    errors.unprocessable('too_few_candidates', {
      'zh-CN': `选举 ${electionId} 不能开始投票：${problem.zh}`,
      en: `Election ${electionId} cannot be opened: ${problem.en}`,
    }),
  outsideMargin: (electionId: number, problem: { zh: string; en: string; min: number; max: number | null }) =>
    errors.unprocessable(
      'candidates_outside_margin',
      { 'zh-CN': `选举 ${electionId} 不能开始投票：${problem.zh}`, en: `Election ${electionId} cannot be opened: ${problem.en}` },
      { min: problem.min, max: problem.max },
    ),
  electionDone: (electionId: number) =>
    errors.conflict('election_done', {
      'zh-CN': `选举 ${electionId} 的名额已全部选出，不再投票`,
      en: `Election ${electionId} has filled its seats; no more rounds`,
    }),
  roundOpen: (electionId: number, ordinal: number, roundId: number) =>
    errors.conflict(
      'round_open',
      { 'zh-CN': `选举 ${electionId} 的第${ordinal}轮投票（轮次 ${roundId}）尚未结束`, en: `Round ${ordinal} (round ${roundId}) of election ${electionId} is still open` },
      { roundId },
    ),
  roundNotDue: (electionId: number, asked: string, due: string) =>
    errors.unprocessable('round_kind_not_due', {
      'zh-CN': `选举 ${electionId} 的下一轮应为“${KIND_ZH[due] ?? due}”，不是“${KIND_ZH[asked] ?? asked}”`,
      en: `The next round of election ${electionId} is a ${due} round, not a ${asked} round`,
    }),
  candidatesFixed: (electionId: number) =>
    errors.invalidInput([{ path: '/candidateIds', message: `only a further round of election ${electionId} chooses its candidates` }]),
  notInRound: (candidateId: number, where: string) =>
    errors.unprocessable('candidate_not_in_round', {
      'zh-CN': `候选人 ${candidateId} 不在${where}的候选人名单中`,
      en: `Candidate ${candidateId} is not among the candidates of ${where}`,
    }),
  roundClosed: (roundId: number, at: string | null) =>
    errors.conflict('round_closed', {
      'zh-CN': `投票轮次 ${roundId} 已于 ${at} 结束计票，不能再改动`,
      en: `Election round ${roundId} was closed at ${at}; it can no longer change`,
    }),
  oneEntry: () => errors.invalidInput([{ path: '', message: 'enter exactly one of figures, ballot or batch' }]),
  writeInIsCandidate: (path: string, name: string) => errors.invalidInput([{ path, message: `${name} is a candidate of this round: mark the candidate instead of writing the name in` }]),
  duplicate: (path: string, what: string) => errors.invalidInput([{ path, message: `${what} appears twice` }]),
  batchInconsistent: (zh: string, en: string) =>
    errors.unprocessable('batch_inconsistent', { 'zh-CN': `该批选票的数字不一致：${zh}`, en: `The batch does not add up: ${en}` }),
  entryWithdrawn: (entryId: number, at: string | null) =>
    errors.conflict('entry_withdrawn', {
      'zh-CN': `计票录入 ${entryId} 已于 ${at} 撤回`,
      en: `Entry ${entryId} was already withdrawn at ${at}`,
    }),
  figuresMissing: (roundId: number) =>
    errors.unprocessable('figures_missing', {
      'zh-CN': `投票轮次 ${roundId} 尚未录入发出选票和收回选票数`,
      en: `Election round ${roundId} has no figures of ballots issued and returned yet`,
    }),
  ballotsUncounted: (roundId: number, returned: number, counted: number) =>
    errors.unprocessable(
      'ballots_uncounted',
      {
        'zh-CN': `投票轮次 ${roundId} 收回选票${returned}张，已计票${counted}张，两者不符`,
        en: `Election round ${roundId}: ${returned} ballots returned but ${counted} counted`,
      },
      { returned, counted },
    ),
  notPresent: (name: string, meetingId: number) =>
    errors.unprocessable('not_present', {
      'zh-CN': `${name}未在会次 ${meetingId} 签到出席，不能投票`,
      en: `${name} is not checked in as present at meeting ${meetingId} and cannot vote`,
    }),
  alreadyVoted: (name: string, roundId: number) =>
    errors.conflict('already_voted', {
      'zh-CN': `${name}已在投票轮次 ${roundId} 投票，每轮只能投一次`,
      en: `${name} has already voted in election round ${roundId}; one ballot per round`,
    }),
  tooManyNames: (names: number, seats: number) =>
    errors.unprocessable('too_many_names', {
      'zh-CN': `选票选了${names}人，多于应选名额${seats}名，请减少后再投`,
      en: `The ballot names ${names} people for ${seats} seats; name at most ${seats}`,
    }),
};

const KIND_ZH: Record<string, string> = { first: '第一轮投票', runoff: '再次投票', further: '另行选举' };
