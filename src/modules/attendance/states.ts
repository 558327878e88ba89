/** The named states of attendance, in one place. */

/** A member's state at a sitting; `absent` is the absence of a row. */
export const AttendanceState = { Present: 'present', Leave: 'leave', Absent: 'absent' } as const;
export type AttendanceStateName = (typeof AttendanceState)[keyof typeof AttendanceState];

/** How a check-in was made: the QR credential, the card number (编号), the desk after a search, the member's own pad, staff (leave). */
export const CheckInMethod = { Credential: 'credential', Card: 'card', Desk: 'desk', Pad: 'pad', Staff: 'staff' } as const;
export type CheckInMethodName = (typeof CheckInMethod)[keyof typeof CheckInMethod];

export const LeaveStatus = { Pending: 'pending', Approved: 'approved', Rejected: 'rejected' } as const;
export const LeaveStatuses = ['pending', 'approved', 'rejected'] as const;

/** The event every change of a member's attendance publishes on the meeting's stream. */
export const ATTENDANCE_CHANGED = 'attendance.changed';

export const AttendanceLimits = {
  /** Members one desk search answers at most. */
  searchPage: 100,
  reasonLength: 200,
} as const;
