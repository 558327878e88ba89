/**
 * The hall (会场) of the sitting in scope: its seating chart (GET /api/meetings/:id/hall.svg),
 * the .xlsx workbook and the A4 print page; and seating it (POST /api/meetings/:id/hall-assignment)
 * in one of the body's hall layouts, or a new layout typed in.
 */
import { useState } from 'react';
import { Alert, Button, Card, Col, Row, Select, Space } from 'antd';
import type { presentAssignment, presentHallLayout } from '@server/modules/seating/presenters.js';
import { api } from '../../shared/api.js';
import { ErrorAlert, Loaded } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { FileButton } from '../documents/FileButton.js';
import { PrintButton } from '../documents/PrintButton.js';
import { HallLayoutForm } from './HallLayoutForm.js';
import { SvgChart } from './SvgChart.js';
import { useCan } from '../permissions.js';
import { useProtocolWords } from './words.js';

type Layout = ReturnType<typeof presentHallLayout>;
type Assignment = ReturnType<typeof presentAssignment>;

function Assign({ meetingId, bodyId, onAssigned }: { meetingId: number; bodyId: number; onAssigned(): void }) {
  const { w, lang } = useProtocolWords();
  const layouts = useApi<{ layouts: Layout[] }>(`/api/bodies/${bodyId}/hall-layouts`);
  const [chosen, setChosen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Assignment | null>(null);
  const assign = async () => {
    if (chosen === null) return;
    setBusy(true);
    setError(null);
    try {
      setDone(await api<Assignment>('POST', `/api/meetings/${meetingId}/hall-assignment`, lang, { layoutId: chosen }));
      onAssigned();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Row gutter={16} className="no-print">
      <Col xs={24} lg={10}>
        <Card title={w('hallAssign')} size="small">
          <Loaded read={layouts}>
            {({ layouts: list }) =>
              list.length === 0 ? (
                <Alert type="info" showIcon title={w('noLayouts')} />
              ) : (
                <Space wrap>
                  <Select<number>
                    style={{ minWidth: 260 }}
                    placeholder={w('chooseLayout')}
                    value={chosen}
                    onChange={setChosen}
                    aria-label={w('layout')}
                    options={list.map((l) => ({ value: l.id, label: `${l.name}（${l.seats}）` }))}
                  />
                  <Button type="primary" disabled={chosen === null} loading={busy} onClick={() => void assign()}>{w('assign')}</Button>
                </Space>
              )
            }
          </Loaded>
          <div style={{ marginTop: 12 }}>
            <ErrorAlert error={error} />
            {done && <Alert type="success" showIcon title={w('assigned', { capacity: done.capacity, seated: done.seated, reserved: done.reserved, empty: done.empty })} />}
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <HallLayoutForm
          bodyId={bodyId}
          onSaved={(id) => {
            setChosen(id);
            void layouts.reload();
          }}
        />
      </Col>
    </Row>
  );
}

export function HallTool({ meetingId, bodyId, title }: { meetingId: number; bodyId: number; title: string }) {
  const { w } = useProtocolWords();
  const canManage = useCan('meeting.manage');
  const [version, setVersion] = useState(0);
  return (
    <>
      <Card
        title={w('hallChart')}
        style={{ marginBottom: 16 }}
        extra={
          <Space className="no-print" wrap>
            <FileButton url={`/api/meetings/${meetingId}/hall.xlsx`} fallbackName={`${title}座次.xlsx`} size="middle">{w('xlsx')}</FileButton>
            <PrintButton url={`/api/meetings/${meetingId}/hall.html`} label={w('printPage')} />
          </Space>
        }
      >
        <SvgChart key={version} url={`/api/meetings/${meetingId}/hall.svg`} alt={`${title} ${w('hallChart')}`} testId="hall-chart" zoomable />
      </Card>
      {canManage && <Assign meetingId={meetingId} bodyId={bodyId} onAssigned={() => setVersion((v) => v + 1)} />}
    </>
  );
}
