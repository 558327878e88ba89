/** A closed motion's result: the figures, the verdict, the server's sentence and the bar chart. */
import { useMemo } from 'react';
import { Alert, Button, Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import { ResultChart, type Bar } from '../../screen/ResultChart.js';
import type { Motion } from './useMotions.js';
import { useVotingWords } from './words.js';

export function MotionResult({ motion }: { motion: Motion & { result: NonNullable<Motion['result']> } }) {
  const { w, lang } = useVotingWords();
  const r = motion.result;
  const bars: Bar[] = useMemo(
    () => [
      { label: motion.options.yes, value: r.yes, color: '#43a047' },
      { label: motion.options.no, value: r.no, color: '#e53935' },
      { label: motion.options.abstain, value: r.abstain, color: '#f9a825' },
      { label: w('notVoted'), value: r.notVoted, color: '#90a4ae' },
    ],
    [r, motion.options, w],
  );
  const figures = [
    [w('expected'), r.expected],
    [w('presentLabel'), r.present],
    [motion.options.yes, r.yes],
    [motion.options.no, r.no],
    [motion.options.abstain, r.abstain],
    [w('notVoted'), r.notVoted],
  ] as const;
  return (
    <div data-testid="motion-result">
      <Row gutter={[16, 16]}>
        {figures.map(([label, value]) => (
          <Col key={label} xs={8} md={4}>
            <Statistic title={label} value={value} />
          </Col>
        ))}
      </Row>
      <Row gutter={24} style={{ marginTop: 16 }} align="middle">
        <Col xs={24} lg={12}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={w('required')}>{r.required}</Descriptions.Item>
            <Descriptions.Item label={w('status')}>
              <Tag color={r.passed ? 'green' : 'red'} data-testid="motion-verdict">{r.passed ? w('passed') : w('failed')}</Tag>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph strong style={{ fontSize: 18, marginTop: 16 }} data-testid="motion-sentence">
            {lang === 'en' ? r.sentenceEn : r.sentence}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} lg={12}>
          <ResultChart bars={bars} tone="light" />
        </Col>
      </Row>
      <Alert
        type="success"
        showIcon
        title={w('onScreen')}
        description={w('onScreenHint')}
        action={<Button size="small" href={`/screen/${motion.meetingId}`} target="_blank" className="no-print">{w('openScreen')}</Button>}
        data-testid="motion-announced"
      />
    </div>
  );
}
