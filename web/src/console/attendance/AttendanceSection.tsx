/**
 * The console's "attendance" section (出席情况): the sitting in scope's figures in large type, per
 * group in a table and a stacked bar chart, the quorum verdict and the presiding sentence as the
 * server words them; all live from the meeting's stream, with its connection state.
 */
import { Card, Col, Row, Typography } from 'antd';
import type { MeetingItem } from '../scope.js';
import { ErrorAlert, Loading, Nothing } from '../../shared/States.js';
import { ConnectionBadge } from './Connection.js';
import { Figures } from './Figures.js';
import { GroupChart } from './GroupChart.js';
import { GroupTable } from './GroupTable.js';
import { Quorum } from './Quorum.js';
import { WithMeeting } from './WithMeeting.js';
import { useLiveCounts } from './useLiveCounts.js';
import { useAttendanceWords } from './words.js';
import './attendance.css';

function Dashboard({ meeting }: { meeting: MeetingItem }) {
  const { w, lang } = useAttendanceWords();
  const { counts, connection, error } = useLiveCounts(meeting.id, lang);
  return (
    <>
      <div className="attendance-live">
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="meeting-title">{meeting.title}</Typography.Text>
        <ConnectionBadge connection={connection} />
      </div>
      <ErrorAlert error={error} />
      {counts === null ? (
        !error && <Loading />
      ) : counts.expected === 0 ? (
        <Nothing text={w('noMembers')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Figures counts={counts} />
          </Col>
          <Col span={24}>
            <Quorum counts={counts} />
          </Col>
          <Col xs={24} xl={13}>
            <Card size="small" title={w('byGroup')}>
              <GroupTable counts={counts} />
            </Card>
          </Col>
          <Col xs={24} xl={11}>
            <Card size="small" title={w('byGroupChart')}>
              <GroupChart groups={counts.groups} />
            </Card>
          </Col>
          <Col span={24}>
            <Typography.Text type="secondary">
              {w('day', { day: counts.day })}
              {counts.attendees.total > 0 && ` · ${w('attendees', { n: counts.attendees.total })}`}
            </Typography.Text>
          </Col>
        </Row>
      )}
    </>
  );
}

export default function AttendanceSection() {
  return <WithMeeting>{(meeting) => <Dashboard meeting={meeting} />}</WithMeeting>;
}
