/** A closed round's verdict: each candidate's votes and whether elected, the figures, the announcement and a chart. */
import { useMemo } from 'react';
import { Alert, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import { ResultChart, type Bar } from '../../screen/ResultChart.js';
import type { RoundVerdict } from './types.js';
import { useElectionWords } from './words.js';

export function RoundVerdictView({ verdict, announcement }: { verdict: RoundVerdict; announcement: { zh: string; en: string } | null }) {
  const { w, lang } = useElectionWords();
  const bars: Bar[] = useMemo(() => verdict.results.map((l) => ({ label: l.name, value: l.votes, color: l.elected ? '#c62828' : '#90a4ae' })), [verdict]);
  const figures = [
    [w('issued'), verdict.issued],
    [w('returned'), verdict.returned],
    [w('valid'), verdict.validBallots],
    [w('void'), verdict.voidBallots],
    [w('required'), verdict.required],
  ] as const;
  return (
    <div data-testid="round-verdict">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {figures.map(([label, value]) => (
          <Col key={label} xs={8} md={4}>
            <Statistic title={label} value={value} />
          </Col>
        ))}
        <Col xs={8} md={4}>
          <Statistic title={w('results')} value={verdict.valid ? w('roundValid') : w('roundVoid')} styles={{ content: { color: verdict.valid ? '#2e7d32' : '#c62828' } }} />
        </Col>
      </Row>
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Table
            rowKey={(l) => `${l.candidateId ?? 'w'}-${l.name}`}
            size="small"
            pagination={false}
            dataSource={verdict.results}
            data-testid="round-results"
            columns={[
              { title: w('candidates'), dataIndex: 'name' },
              { title: w('votes'), dataIndex: 'votes', width: 90 },
              { title: w('results'), width: 110, render: (_v, l) => <Tag color={l.elected ? 'red' : 'default'} data-testid="candidate-verdict">{l.elected ? w('elected') : w('notElected')}</Tag> },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <ResultChart bars={bars} tone="light" height={Math.max(160, 48 * bars.length)} />
        </Col>
      </Row>
      {announcement && (
        <Alert
          style={{ marginTop: 16 }}
          type={verdict.valid ? 'success' : 'warning'}
          showIcon
          title={w('announcement')}
          description={<Typography.Paragraph style={{ fontSize: 16, margin: 0 }} data-testid="announcement">{lang === 'en' ? announcement.en : announcement.zh}</Typography.Paragraph>}
        />
      )}
    </div>
  );
}
