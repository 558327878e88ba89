/**
 * The refusals of the voting module, each with a stable id and a message naming the motion, in
 * zh-CN and English.
 */
import { AppError, errors } from '../../server/errors.js';

export const refusals = {
  motionNotFound: (id: number) =>
    new AppError(404, 'motion_not_found', { 'zh-CN': `表决事项 ${id} 不存在`, en: `Motion ${id} does not exist` }),
  notOpen: (id: number) =>
    errors.conflict('vote_not_open', {
      'zh-CN': `表决事项 ${id} 尚未开始表决`,
      en: `Motion ${id} is not open for voting yet`,
    }),
  closed: (id: number, at: string | null) =>
    errors.conflict('vote_closed', {
      'zh-CN': `表决事项 ${id} 已于 ${at} 结束表决，不再接受投票`,
      en: `Motion ${id} closed at ${at}; no more votes are accepted`,
    }),
  notAMember: (motionId: number, meetingId: number) =>
    errors.unprocessable('not_a_member', {
      'zh-CN': `您不是会次 ${meetingId} 所属届次的组成人员，不能对表决事项 ${motionId} 投票`,
      en: `You are not a voting member of the term of meeting ${meetingId}; you cannot vote on motion ${motionId}`,
    }),
  notPresent: (m: { id: number; name: string }, motionId: number, meetingId: number) =>
    errors.unprocessable('not_present', {
      'zh-CN': `${m.name}（成员资格 ${m.id}）未在会次 ${meetingId} 签到，不能对表决事项 ${motionId} 投票`,
      en: `${m.name} (membership ${m.id}) is not checked in to meeting ${meetingId}; they cannot vote on motion ${motionId}`,
    }),
  alreadyVoted: (m: { id: number; name: string }, motionId: number) =>
    errors.conflict('already_voted', {
      'zh-CN': `${m.name}（成员资格 ${m.id}）已对表决事项 ${motionId} 投票，本事项不允许改票`,
      en: `${m.name} (membership ${m.id}) has already voted on motion ${motionId}, which allows no change of vote`,
    }),
  notDraft: (id: number, status: string) =>
    errors.conflict('motion_not_draft', {
      'zh-CN': `表决事项 ${id} 已${status === 'open' ? '开始表决' : '结束表决'}，不能再修改`,
      en: `Motion ${id} is ${status}; only a draft can be changed`,
    }),
  alreadyOpen: (id: number) =>
    errors.conflict('motion_already_open', {
      'zh-CN': `表决事项 ${id} 已经开始表决`,
      en: `Motion ${id} is already open`,
    }),
  notOpenToClose: (id: number, status: string) =>
    errors.conflict(status === 'closed' ? 'vote_closed' : 'vote_not_open', {
      'zh-CN': status === 'closed' ? `表决事项 ${id} 已经结束表决` : `表决事项 ${id} 尚未开始表决，不能结束`,
      en: status === 'closed' ? `Motion ${id} is already closed` : `Motion ${id} is not open; it cannot be closed`,
    }),
  notClosed: (id: number) =>
    errors.conflict('motion_not_closed', {
      'zh-CN': `表决事项 ${id} 尚未结束表决，结果与回执码在结束后公布`,
      en: `Motion ${id} is not closed; its result and receipts are published once it closes`,
    }),
  notSecret: (id: number) =>
    errors.unprocessable('motion_not_secret', {
      'zh-CN': `表决事项 ${id} 为记名表决，没有回执码`,
      en: `Motion ${id} is a recorded vote; it has no receipts`,
    }),
  secretNoChange: () =>
    errors.unprocessable('secret_no_change', {
      'zh-CN': '无记名表决不允许改票（allowChange 须为 false）',
      en: 'A secret vote allows no change of vote (allowChange must be false)',
    }),
  badFraction: (num: number, den: number) =>
    errors.invalidInput([{ path: '/threshold', message: `fraction ${num}/${den} must be between 0 and 1 (num <= den)` }]),
  agendaItemOrClear: () => errors.invalidInput([{ path: '', message: 'give agendaItemId or clearAgendaItem, not both' }]),
  agendaItemNotInMeeting: (agendaItemId: number, meetingId: number) =>
    new AppError(404, 'agenda_item_not_found', {
      'zh-CN': `会次 ${meetingId} 没有议程项 ${agendaItemId}`,
      en: `Meeting ${meetingId} has no agenda item ${agendaItemId}`,
    }),
};
