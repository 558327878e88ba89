/**
 * The refusals of the attendance module, each with a stable id and a message naming the member
 * and the meeting, in zh-CN and English.
 */
import { AppError, errors } from '../../server/errors.js';

/** Who a refusal is about, as the request named them. */
export interface Who {
  zh: string;
  en: string;
}

export const refusals = {
  notAMember: (who: Who, meetingId: number) =>
    errors.unprocessable('not_a_member', {
      'zh-CN': `${who.zh}不是会次 ${meetingId} 所属届次的组成人员`,
      en: `${who.en} is not a member of the term that meeting ${meetingId} belongs to`,
    }),
  credentialInvalid: () =>
    errors.unprocessable('credential_invalid', {
      'zh-CN': '该凭证无效、已过期或已被吊销，请到签到处核对身份',
      en: 'The credential is unknown, expired or revoked; the member should see the check-in desk',
    }),
  notServing: (m: { id: number; name: string; status: string }, day: string) =>
    errors.unprocessable('membership_not_active', {
      'zh-CN': `成员资格 ${m.id}（${m.name}）在 ${day} 不在任（状态“${m.status}”），不计入本次会议`,
      en: `Membership ${m.id} (${m.name}) does not count on ${day} (status ${m.status}); it is not part of this meeting`,
    }),
  padCheckInOff: (meetingId: number) =>
    new AppError(403, 'pad_check_in_off', {
      'zh-CN': `会次 ${meetingId} 未开放在平板上自行签到，请到签到处签到`,
      en: `Meeting ${meetingId} does not allow checking in on the pad; please check in at the desk`,
    }),
  notCheckedIn: (m: { id: number; name: string }, meetingId: number) =>
    errors.unprocessable('not_checked_in', {
      'zh-CN': `${m.name}（成员资格 ${m.id}）在会次 ${meetingId} 尚未签到，无可撤销`,
      en: `${m.name} (membership ${m.id}) is not checked in to meeting ${meetingId}; there is nothing to undo`,
    }),
  alreadyPresent: (m: { id: number; name: string }, meetingId: number, at: string) =>
    errors.unprocessable('already_checked_in', {
      'zh-CN': `${m.name}（成员资格 ${m.id}）已于 ${at} 在会次 ${meetingId} 签到，无需请假`,
      en: `${m.name} (membership ${m.id}) checked in to meeting ${meetingId} at ${at}; no leave is needed`,
    }),
  leavePending: (m: { id: number; name: string }, requestId: number) =>
    errors.conflict(
      'leave_pending',
      {
        'zh-CN': `${m.name}（成员资格 ${m.id}）的请假申请 ${requestId} 尚待审批`,
        en: `${m.name} (membership ${m.id}) already has leave request ${requestId} awaiting a decision`,
      },
      { leaveRequestId: requestId },
    ),
  leaveApproved: (m: { id: number; name: string }, requestId: number) =>
    errors.conflict(
      'leave_approved',
      {
        'zh-CN': `${m.name}（成员资格 ${m.id}）的请假申请 ${requestId} 已获批准`,
        en: `${m.name} (membership ${m.id}) already has leave approved (request ${requestId})`,
      },
      { leaveRequestId: requestId },
    ),
  leaveDecided: (requestId: number, status: string, at: string | null) =>
    errors.conflict('leave_decided', {
      'zh-CN': `请假申请 ${requestId} 已于 ${at} 处理（${status === 'approved' ? '批准' : '不批准'}），不能再次审批`,
      en: `Leave request ${requestId} was already decided (${status}) at ${at}`,
    }),
  leaveRequestNotFound: (id: number) =>
    new AppError(404, 'leave_request_not_found', { 'zh-CN': `请假申请 ${id} 不存在`, en: `Leave request ${id} does not exist` }),
  stageNotFound: (stageId: number, meetingId: number) =>
    new AppError(404, 'stage_not_found', {
      'zh-CN': `会次 ${meetingId} 没有阶段 ${stageId}`,
      en: `Meeting ${meetingId} has no stage ${stageId}`,
    }),
  nameTheMember: () =>
    errors.invalidInput([{ path: '', message: 'name the member by exactly one of credential, key or membershipId' }]),
  staffNameTheMember: () =>
    errors.invalidInput([{ path: '/membershipId', message: 'staff must name the member by membershipId' }]),
};
