/**
 * The rostrum (主席台) of the sitting in scope: the chart as the audience sees it (GET
 * /api/meetings/:id/rostrum.svg: the rostrum seated, else the presiding roles), printable from the
 * server's A4 page (rostrum.html), the list row by row; and, for those who may, the editor that
 * seats it or changes it.
 */
import { useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import type { MeetingDetail } from '@server/modules/meetings/presenters.js';
import { Loaded } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { PrintButton } from '../documents/PrintButton.js';
import { RostrumEditor } from './RostrumEditor.js';
import { SvgChart } from './SvgChart.js';
import { useCan } from '../permissions.js';
import { useProtocolWords } from './words.js';

/** Whether the server has anyone to draw: a seated rostrum, else the whole sitting's presiding roles. */
const hasRostrum = (m: MeetingDetail) =>
  m.rostrum.length > 0 || m.presiding.some((p) => p.stageId === null && (p.presider !== null || p.standingChair !== null || p.executiveChairs.length > 0));

export function RostrumTool({ meetingId, termId }: { meetingId: number; termId: number }) {
  const { w } = useProtocolWords();
  const detail = useApi<MeetingDetail>(`/api/meetings/${meetingId}`);
  const canManage = useCan('meeting.manage');
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState(0);
  return (
    <Loaded read={detail}>
      {(m) => (
        <>
          {editing && (
            <RostrumEditor
              meetingId={meetingId}
              termId={termId}
              initial={m.rostrum}
              onCancel={() => setEditing(false)}
              onSaved={() => {
                setEditing(false);
                setVersion((v) => v + 1);
                void detail.reload();
              }}
            />
          )}
          <Card
            title={w('rostrumOf')}
            style={{ marginBottom: 16 }}
            extra={
              <Space className="no-print" wrap>
                {hasRostrum(m) && <PrintButton url={`/api/meetings/${meetingId}/rostrum.html`} label={w('printPage')} />}
                {canManage && !editing && (
                  <Button type={m.rostrum.length === 0 ? 'primary' : 'default'} onClick={() => setEditing(true)} data-testid="rostrum-edit">
                    {m.rostrum.length === 0 ? w('seatRostrum') : w('edit')}
                  </Button>
                )}
              </Space>
            }
          >
            {m.rostrum.length === 0 && hasRostrum(m) && <Alert className="no-print" type="info" showIcon title={w('fromPresiding')} style={{ marginBottom: 8 }} />}
            {hasRostrum(m) ? <SvgChart key={version} url={`/api/meetings/${meetingId}/rostrum.svg`} alt={`${m.title} ${w('rostrumOf')}`} testId="rostrum-chart" /> : <Alert type="info" showIcon title={w('rostrumEmpty')} />}
          </Card>
          {m.rostrum.length > 0 && (
            <Card title={w('rostrumList')} data-testid="rostrum-list">
              {m.rostrum.map((row) => (
                <p key={row.row} className="rostrum-list-row">
                  <Typography.Text strong>{row.row === 1 ? w('frontRow') : w('rowN', { n: row.row })}：</Typography.Text>
                  {row.people.map((p, i) => (
                    <span key={i} className="rostrum-list-person">
                      {p.name}
                      {p.title && <Typography.Text type="secondary">（{p.title}）</Typography.Text>}
                    </span>
                  ))}
                </p>
              ))}
            </Card>
          )}
        </>
      )}
    </Loaded>
  );
}
