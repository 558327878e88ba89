/** The quorum verdict and the sentence the presiding officer reads, both as the server words them. */
import { Card, Tag, Typography } from 'antd';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import { useAttendanceWords } from './words.js';

export function Quorum({ counts }: { counts: MeetingCounts }) {
  const { w, lang } = useAttendanceWords();
  const { quorum } = counts;
  const en = lang === 'en';
  return (
    <Card size="small" title={w('quorum')} extra={<Tag color={quorum.met ? 'success' : 'error'} data-testid="quorum-verdict">{w(quorum.met ? 'quorumMet' : 'quorumNotMet')}</Tag>}>
      <Typography.Text type="secondary" data-testid="quorum-rule">
        {w('required', { n: quorum.required, rule: en ? quorum.ruleEn : quorum.rule })}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>{quorum.citation}</Typography.Paragraph>
      <p className="attendance-sentence" data-testid="quorum-sentence">{en ? quorum.sentenceEn : quorum.sentence}</p>
    </Card>
  );
}
