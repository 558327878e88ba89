/** The sitting's four figures in large type: 应到, 实到, 请假, 缺席. */
import { Card, Col, Row } from 'antd';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import { STATE_COLORS } from './GroupChart.js';
import { useAttendanceWords } from './words.js';

const FIGURES = [
  { key: 'expected', color: '#1f1f1f' },
  { key: 'present', color: STATE_COLORS.present },
  { key: 'leave', color: STATE_COLORS.leave },
  { key: 'absent', color: '#8c8c8c' },
] as const;

export function Figures({ counts }: { counts: MeetingCounts }) {
  const { w } = useAttendanceWords();
  return (
    <Row gutter={[16, 16]}>
      {FIGURES.map(({ key, color }) => (
        <Col key={key} xs={12} md={6}>
          <Card size="small">
            <div className="attendance-figure-label">{w(key)}</div>
            <div className="attendance-figure" style={{ color }} data-testid={`figure-${key}`}>
              {counts[key]}
              <small>{w('unit')}</small>
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
