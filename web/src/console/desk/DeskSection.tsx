/**
 * The console's "desk" section (签到台) for the sitting in scope: the scanner field (focused), the
 * search by name or pinyin initials with one-key check-in, the pending leave requests, and a small
 * live counter.
 */
import { useCallback, useState } from 'react';
import { Col, Row } from 'antd';
import type { MeetingItem } from '../scope.js';
import { ErrorAlert } from '../../shared/States.js';
import { useLiveCounts } from '../attendance/useLiveCounts.js';
import { WithMeeting } from '../attendance/WithMeeting.js';
import { Counter } from './Counter.js';
import { LeaveRequests } from './LeaveRequests.js';
import { RosterSearch } from './RosterSearch.js';
import { Scanner } from './Scanner.js';
import { useDeskWords } from './words.js';
import { useThrottled } from './useThrottled.js';
import './desk.css';

const FOLLOW_MS = 1000;

function Desk({ meeting }: { meeting: MeetingItem }) {
  const { lang } = useDeskWords();
  // Bumped after a change made here, and (at most once a second) when the figures move: a check-in
  // at another desk or on a pad. The search and the leave list read again on each bump.
  const [tick, setTick] = useState(0);
  const bump = useCallback(() => setTick((t) => t + 1), []);
  const follow = useThrottled(bump, FOLLOW_MS);
  // A leave request made on a pad, or decided at another desk, shows in the pending list at once.
  const live = useLiveCounts(meeting.id, lang, follow, { 'attendance.leaveRequested': bump, 'attendance.leaveDecided': bump });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <div className="desk-column">
          <Scanner meetingId={meeting.id} onCheckedIn={bump} />
          <RosterSearch meetingId={meeting.id} tick={tick} onLeaveChange={bump} />
        </div>
      </Col>
      <Col xs={24} lg={10}>
        <div className="desk-column">
          <ErrorAlert error={live.error} />
          <Counter live={live} />
          <LeaveRequests meetingId={meeting.id} tick={tick} />
        </div>
      </Col>
    </Row>
  );
}

export default function DeskSection() {
  return <WithMeeting>{(meeting) => <Desk meeting={meeting} />}</WithMeeting>;
}
