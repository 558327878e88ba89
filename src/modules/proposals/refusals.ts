/**
 * The refusals of the proposals module, each with a stable id and a message naming the proposal,
 * in zh-CN and English.
 */
import { AppError, errors } from '../../server/errors.js';
import { proposalNumber } from './rules/numbering.js';

const KIND_ZH: Record<string, string> = { proposal: '提案', bill: '议案', suggestion: '建议' };
const STATUS_ZH: Record<string, string> = {
  submitted: '待审查',
  filed: '已立案',
  declined: '不予立案',
  merged: '已并案',
  letter: '已转来信',
  opinion: '已转社情民意',
  handling: '办理中',
  replied: '已答复',
  evaluated: '已评价',
  'on-agenda': '已列入会议议程',
  referred: '已交专门委员会审议',
  'not-forwarded': '不予提出',
};

export const refusals = {
  proposalNotFound: (id: number) =>
    new AppError(404, 'proposal_not_found', { 'zh-CN': `提案 ${id} 不存在`, en: `Proposal ${id} does not exist` }),
  unitNotFound: (id: number) =>
    new AppError(404, 'unit_not_found', { 'zh-CN': `承办单位 ${id} 不存在`, en: `Handling unit ${id} does not exist` }),
  assignmentNotFound: (id: number) =>
    new AppError(404, 'assignment_not_found', { 'zh-CN': `交办记录 ${id} 不存在`, en: `Assignment ${id} does not exist` }),
  notUnitAccount: () =>
    new AppError(404, 'unit_not_found', { 'zh-CN': '当前账户未关联承办单位', en: 'This account is not linked to a handling unit' }),
  kindNotForBody: (kind: string, bodyKind: string) =>
    errors.unprocessable('proposal_kind_not_for_body', {
      'zh-CN': `${KIND_ZH[kind]}不适用于此类机构（${bodyKind}）：政协收提案，人大收议案和建议`,
      en: `A ${kind} does not belong to a ${bodyKind} body: a consultative conference takes proposals, a congress bills and suggestions`,
    }),
  unknownCategory: (category: string, allowed: string[]) =>
    errors.unprocessable('unknown_category', {
      'zh-CN': `类别“${category}”不在本机构的提案类别中（${allowed.join('、')}）`,
      en: `The category "${category}" is not one of the body's categories (${allowed.join(', ')})`,
    }),
  sourceShape: (sourceKind: string, need: string) =>
    errors.invalidInput([{ path: '/sourceKind', message: `a ${sourceKind} source ${need}` }]),
  signerNotMember: (membershipId: number, sessionId: number) =>
    errors.unprocessable('signer_not_member', {
      'zh-CN': `成员资格 ${membershipId} 不是会议 ${sessionId} 所属届次的在任组成人员，不能署名`,
      en: `Membership ${membershipId} is not an active member of the term of session ${sessionId}; it cannot sign`,
    }),
  notMemberOfTerm: (sessionId: number) =>
    new AppError(403, 'not_member_of_term', {
      'zh-CN': `您不是会议 ${sessionId} 所属届次的在任组成人员，不能在此邀请联名提案人`,
      en: `You are not an active member of the term of session ${sessionId}, so you cannot look for co-proposers there`,
    }),
  notOwnProposal: () =>
    new AppError(403, 'not_lead_proposer', {
      'zh-CN': '委员只能以本人为领衔人提交提案，只能评价本人领衔的提案',
      en: 'A member submits only as the lead proposer, and evaluates only proposals they lead',
    }),
  memberSourceOnly: () =>
    new AppError(403, 'member_source_only', {
      'zh-CN': '委员只能以个人或联名方式提交；界别、党派团体、专门委员会的提案由工作人员录入',
      en: "A member submits alone or jointly; a sector's, organisation's or committee's proposal is entered by staff",
    }),
  billShortOfSignatures: (signers: number, minimum: number) =>
    errors.unprocessable('bill_short_of_signatures', {
      'zh-CN': `议案须由代表${minimum}人以上联名提出，本议案仅有${signers}人署名`,
      en: `A bill needs ${minimum} or more deputies jointly; this one has ${signers} signer${signers === 1 ? '' : 's'}`,
    }),
  wrongState: (p: { id: number; kind: string; number: number; status: string }, action: { zh: string; en: string }) =>
    errors.conflict('proposal_wrong_state', {
      'zh-CN': `${KIND_ZH[p.kind]}${proposalNumber(p.number)}（${p.id}）${STATUS_ZH[p.status]}，不能${action.zh}`,
      en: `${p.kind} ${p.number} (id ${p.id}) is ${p.status}; it cannot be ${action.en}`,
    }),
  reviewNotForKind: (p: { id: number; kind: string }) =>
    errors.unprocessable(p.kind === 'bill' ? 'bill_goes_to_presidium' : 'review_not_for_kind', {
      'zh-CN': p.kind === 'bill' ? `议案 ${p.id} 由主席团决定是否列入会议议程，不经提案委员会审查` : `${KIND_ZH[p.kind]} ${p.id} 不经提案委员会审查，直接交办`,
      en: p.kind === 'bill' ? `Bill ${p.id} goes to the presidium, not to committee review` : `${p.kind} ${p.id} is assigned directly, without committee review`,
    }),
  notABill: (id: number) =>
    errors.unprocessable('not_a_bill', { 'zh-CN': `${id} 不是议案，主席团只对议案作出决定`, en: `Proposal ${id} is not a bill; the presidium decides on bills only` }),
  reasonRequired: (what: string) => errors.invalidInput([{ path: `/${what}`, message: 'is required for this outcome' }]),
  notForOutcome: (what: string, outcome: string) => errors.invalidInput([{ path: `/${what}`, message: `is not taken by the outcome ${outcome}` }]),
  mergeTarget: (id: number, targetId: number, why: string) =>
    errors.unprocessable('merge_target_invalid', {
      'zh-CN': `提案 ${id} 不能并入 ${targetId}：${why === 'self' ? '不能并入自身' : why === 'session' ? '不属于同一次会议或同一类别' : '目标提案已不予立案、已并案或已转出'}`,
      en: `Proposal ${id} cannot be merged into ${targetId}: ${why === 'self' ? 'not into itself' : why === 'session' ? 'not of the same session and kind' : 'the target was declined, merged or passed on'}`,
    }),
  deadline: (given: string, why: 'past' | 'too-far' | 'no-such-day', latest: string) =>
    why === 'no-such-day'
      ? errors.invalidInput([{ path: '/deadline', message: `${given} is not a day of the calendar` }])
      : errors.unprocessable(why === 'past' ? 'deadline_past' : 'deadline_too_far', {
      'zh-CN': why === 'past' ? `办理期限 ${given} 不能早于明天` : `办理期限 ${given} 超过六个月（最迟 ${latest}）`,
      en: why === 'past' ? `The deadline ${given} must be after today` : `The deadline ${given} is more than six months away (latest ${latest})`,
    }),
  unitOfOtherBody: (unitId: number) =>
    errors.unprocessable('unit_of_other_body', { 'zh-CN': `承办单位 ${unitId} 不属于本机构`, en: `Handling unit ${unitId} belongs to another body` }),
  unitTwice: (unitId: number) =>
    errors.invalidInput([{ path: '/coHandlers', message: `unit ${unitId} is named twice (lead and co-handlers are distinct units)` }]),
  notUnitRole: (accountId: number) =>
    errors.unprocessable('not_a_unit_account', { 'zh-CN': `账户 ${accountId} 的角色不是承办单位（unit）`, en: `Account ${accountId} does not have the role "unit"` }),
  assignmentNotOpen: (id: number, state: string) =>
    errors.conflict('assignment_not_open', {
      'zh-CN': `交办记录 ${id} ${state === 'replied' ? '已答复' : '已被重新交办取代'}，不能再答复`,
      en: `Assignment ${id} is ${state}; it takes no more replies`,
    }),
  rehandleNeedsNotSatisfied: () =>
    errors.unprocessable('rehandle_needs_not_satisfied', {
      'zh-CN': '只有评价为“不满意”时才能要求重新办理',
      en: 'Re-handling may be asked only with the rating "not-satisfied"',
    }),
};
