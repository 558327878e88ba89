/** The seating module's refusals, built on the one error vocabulary. */
import { errors } from '../../server/errors.js';

/** More members than the hall has free seats (its seats less the reserved ones). */
export function hallTooSmall(members: number, free: number, capacity: number, reserved: number) {
  return errors.unprocessable('hall_too_small', {
    'zh-CN': `会场座位不足：需安排 ${members} 人，会场共 ${capacity} 个座位，预留 ${reserved} 个，可用 ${free} 个`,
    en: `The hall is too small: ${members} members to seat, ${capacity} seats of which ${reserved} reserved, ${free} free`,
  });
}

/** A reserved seat that the layout does not have. */
export function noSuchSeat(block: number, row: number, seat: number) {
  return errors.unprocessable('seat_not_in_layout', {
    'zh-CN': `会场布局中没有第 ${block} 区第 ${row} 排第 ${seat} 座`,
    en: `The hall layout has no seat ${seat} in row ${row} of block ${block}`,
  });
}

/** The same seat reserved twice. */
export function seatReservedTwice(block: number, row: number, seat: number) {
  return errors.unprocessable('seat_reserved_twice', {
    'zh-CN': `第 ${block} 区第 ${row} 排第 ${seat} 座被重复预留`,
    en: `Seat ${seat} in row ${row} of block ${block} is reserved twice`,
  });
}

/** A name list that does not fill the rostrum's seats exactly. */
export function namesDoNotFit(names: number, seats: number) {
  return errors.unprocessable('names_do_not_fit_rostrum', {
    'zh-CN': `主席台共 ${seats} 个座位，名单有 ${names} 人；人数须与座位数相同`,
    en: `The rostrum has ${seats} seats and the list ${names} names; they must be equal`,
  });
}

/** A meeting with nobody on its rostrum. */
export function rostrumEmpty(meetingId: number) {
  return errors.unprocessable('rostrum_empty', {
    'zh-CN': `会次 ${meetingId} 尚未设定主持人、执行主席或常务主席，也未给出名单`,
    en: `Meeting ${meetingId} has no presider, executive chair or standing chair, and no list was given`,
  });
}

/** A meeting not yet seated: no layout chosen for it. */
export function noHallAssignment(meetingId: number) {
  return errors.unprocessable('hall_not_assigned', {
    'zh-CN': `会次 ${meetingId} 尚未选定会场布局；请先提交 POST /api/meetings/${meetingId}/hall-assignment`,
    en: `Meeting ${meetingId} has no hall layout chosen yet; POST /api/meetings/${meetingId}/hall-assignment first`,
  });
}

/** A group of another body named for name cards. */
export function groupOfOtherBody(groupId: number, groupBody: number, meetingId: number, meetingBody: number) {
  return errors.unprocessable('group_of_other_body', {
    'zh-CN': `分组 ${groupId} 属于机构 ${groupBody}，会次 ${meetingId} 属于机构 ${meetingBody}`,
    en: `Group ${groupId} belongs to body ${groupBody}, meeting ${meetingId} to body ${meetingBody}`,
  });
}
