/**
 * The session's proposal statistics: the total, and counts by status, category, source, sector or
 * delegation and handling unit, each as a table with its share and a chart. Printable.
 */
import { useMemo, useState } from 'react';
import { Card, Col, Row, Segmented, Statistic, Table } from 'antd';
import { ProposalKinds } from '@server/modules/proposals/states.js';
import type { Count, ProposalStats, UnitCount } from '@server/modules/proposals/stats.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded, Nothing } from '../../shared/States.js';
import { KIND, label, SOURCE, STATUS } from './labels.js';
import { StatsChart } from './StatsChart.js';
import { useProposalWords } from './words.js';

type Figures = ProposalStats;

function CountCard({ title, rows, name, total, kind, testId }: { title: string; rows: Count[]; name: (key: string) => string; total: number; kind: 'bar' | 'pie'; testId: string }) {
  const { w } = useProposalWords();
  const labels = useMemo(() => rows.map((r) => name(r.key)), [rows, name]);
  const series = useMemo(() => [{ name: w('count'), values: rows.map((r) => r.count) }], [rows, w]);
  return (
    <Card title={title} size="small" style={{ height: '100%' }} data-testid={testId}>
      <Row gutter={16}>
        <Col xs={24} xl={11}>
          <Table<Count>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title, dataIndex: 'key', render: (k: string) => name(k) },
              { title: w('count'), dataIndex: 'count', align: 'right', width: 70, render: (n: number) => <span data-testid="count">{n}</span> },
              { title: w('share'), key: 'share', align: 'right', width: 80, render: (_, r) => `${((r.count / total) * 100).toFixed(1)}%` },
            ]}
          />
        </Col>
        <Col xs={24} xl={13}>
          <StatsChart kind={kind} labels={labels} series={series} testId={`${testId}-chart`} />
        </Col>
      </Row>
    </Card>
  );
}

function UnitCard({ rows }: { rows: UnitCount[] }) {
  const { w } = useProposalWords();
  const labels = useMemo(() => rows.map((r) => r.unitName), [rows]);
  const series = useMemo(
    () => [
      { name: w('openCount'), values: rows.map((r) => r.open) },
      { name: w('repliedCount'), values: rows.map((r) => r.replied) },
    ],
    [rows, w],
  );
  return (
    <Card title={w('byUnit')} size="small" data-testid="stats-unit">
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Table<UnitCount>
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: w('unit'), dataIndex: 'unitName' },
              { title: w('leadCount'), dataIndex: 'lead', align: 'right', width: 70 },
              { title: w('coCount'), dataIndex: 'co', align: 'right', width: 70 },
              { title: w('openCount'), dataIndex: 'open', align: 'right', width: 80 },
              { title: w('repliedCount'), dataIndex: 'replied', align: 'right', width: 80 },
            ]}
          />
        </Col>
        <Col xs={24} xl={12}>
          <StatsChart kind="bar" labels={labels} series={series} testId="stats-unit-chart" />
        </Col>
      </Row>
    </Card>
  );
}

export function Stats({ sessionId }: { sessionId: number }) {
  const { w, lang } = useProposalWords();
  const [kind, setKind] = useState<string>('');
  const read = useApi<Figures>(`/api/sessions/${sessionId}/proposals/stats${kind ? `?kind=${kind}` : ''}`);
  const status = useMemo(() => (k: string) => label(STATUS, lang, k), [lang]);
  const source = useMemo(() => (k: string) => label(SOURCE, lang, k), [lang]);
  const same = useMemo(() => (k: string) => k, []);
  return (
    <>
      <Segmented
        className="no-print"
        style={{ marginBottom: 16 }}
        value={kind}
        onChange={(v) => setKind(String(v))}
        options={[{ value: '', label: w('allKinds') }, ...ProposalKinds.map((k) => ({ value: k, label: label(KIND, lang, k) }))]}
      />
      <Loaded read={read}>
        {(f) =>
          f.total === 0 ? (
            <Nothing text={w('noFigures')} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col span={24}>
                <Card size="small">
                  <Statistic title={w('statsTotal')} value={f.total} data-testid="stats-total" />
                </Card>
              </Col>
              <Col xs={24} xxl={12}>
                <CountCard title={w('byStatus')} rows={f.byStatus} name={status} total={f.total} kind="bar" testId="stats-status" />
              </Col>
              <Col xs={24} xxl={12}>
                <CountCard title={w('byCategory')} rows={f.byCategory} name={same} total={f.total} kind="pie" testId="stats-category" />
              </Col>
              <Col xs={24} xxl={12}>
                <CountCard title={w('bySource')} rows={f.bySourceKind} name={source} total={f.total} kind="pie" testId="stats-source" />
              </Col>
              {f.byGroup.length > 0 && (
                <Col xs={24} xxl={12}>
                  <CountCard title={w('byGroup')} rows={f.byGroup} name={same} total={f.total} kind="bar" testId="stats-group" />
                </Col>
              )}
              {f.byUnit.length > 0 && (
                <Col span={24}>
                  <UnitCard rows={f.byUnit} />
                </Col>
              )}
            </Row>
          )
        }
      </Loaded>
    </>
  );
}
