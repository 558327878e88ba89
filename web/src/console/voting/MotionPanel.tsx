/**
 * One motion and what staff do with it: open a draft, watch the votes come in (已表决 N / 实到 M,
 * live), close it, and see the result. Every refusal shows the server's own message.
 */
import { Alert, Button, Card, Descriptions, Popconfirm, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import type { BodyKind } from '@server/modules/registry/kinds.js';
import { describeThreshold } from '@server/modules/voting/rules/threshold.js';
import { api, errorText } from '../../shared/api.js';
import { useBusy } from '../../shared/useBusy.js';
import { MotionResult } from './MotionResult.js';
import type { Motion } from './useMotions.js';
import { useVotingWords } from './words.js';

const STATUS_COLOR = { draft: 'default', open: 'processing', closed: 'success' } as const;

export function StatusTag({ motion }: { motion: Motion }) {
  const { w } = useVotingWords();
  if (motion.status === 'closed' && motion.result) return <Tag color={motion.result.passed ? 'green' : 'red'}>{motion.result.passed ? w('passed') : w('failed')}</Tag>;
  return <Tag color={STATUS_COLOR[motion.status]}>{w(motion.status)}</Tag>;
}

interface Props {
  motion: Motion;
  /** Another motion of the sitting now open, if any. */
  otherOpen: Motion | null;
  cast: number;
  present: number | null;
  /** The body's kind, to put the threshold in words (the citation alone until it is known). */
  bodyKind: BodyKind | null;
  onChanged(m: Motion): void;
}

export function MotionPanel({ motion, otherOpen, cast, present, bodyKind, onChanged }: Props) {
  const { w, lang } = useVotingWords();
  const { busy, error, run, clear } = useBusy();

  const act = async (step: 'open' | 'close') => {
    await run(async () => {
      onChanged(await api<Motion>('POST', `/api/motions/${motion.id}/${step}`, lang, {}));
    });
  };

  const rule = bodyKind ? describeThreshold(motion.threshold, bodyKind) : null;
  const share = present ? Math.min(100, Math.round((100 * cast) / present)) : 0;
  return (
    <Card
      title={
        <Space wrap>
          <span data-testid="motion-title">{motion.title}</span>
          <StatusTag motion={motion} />
        </Space>
      }
      data-testid="motion-panel"
      extra={
        <Space className="no-print">
          {motion.status === 'draft' && (
            <Tooltip title={otherOpen ? w('anotherOpen', { title: otherOpen.title }) : undefined}>
              <Popconfirm title={w('confirmOpen', { title: motion.title })} onConfirm={() => void act('open')} okText={w('openVote')} cancelText={w('cancel')} disabled={otherOpen !== null}>
                <Button type="primary" loading={busy} disabled={otherOpen !== null} data-testid="open-motion">{w('openVote')}</Button>
              </Popconfirm>
            </Tooltip>
          )}
          {motion.status === 'open' && (
            <Popconfirm title={w('confirmClose')} onConfirm={() => void act('close')} okText={w('closeVote')} cancelText={w('cancel')}>
              <Button type="primary" danger loading={busy} data-testid="close-motion">{w('closeVote')}</Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      {error !== null && <Alert type="error" showIcon closable title={errorText(error, lang)} style={{ marginBottom: 16 }} data-testid="motion-error" onClose={clear} />}
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={w('kind')}>{w(motion.kind)}</Descriptions.Item>
        <Descriptions.Item label={w('motionClass')}>{w(motion.motionClass)}</Descriptions.Item>
        <Descriptions.Item label={w('rule')} span={2}>
          {rule ? `${lang === 'en' ? rule.en : rule.zh}（${motion.threshold.citation}）` : motion.threshold.citation}
        </Descriptions.Item>
      </Descriptions>
      {motion.status === 'open' && (
        <div data-testid="motion-progress">
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="progress-text">
            {w('progress', { cast, present: present ?? '—' })}
          </Typography.Title>
          <Progress percent={share} status="active" size={{ height: 16 }} format={() => `${share}%`} />
        </div>
      )}
      {motion.status === 'closed' && motion.result && <MotionResult motion={{ ...motion, result: motion.result }} />}
    </Card>
  );
}
