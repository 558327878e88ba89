/**
 * One of the unit's assignments in a drawer: the proposal's full text, the co-handlers' opinions
 * (for the lead unit), and the written reply — the form while the assignment is open, the reply
 * sent once it is answered.
 */
import { Alert, Descriptions, Divider, Drawer, Tag, Typography } from 'antd';
import type { unitAssignment } from '@server/modules/proposals/unitAssignments.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded } from '../../shared/States.js';
import { ASSIGNMENT_STATE, label, numberLabel, ROLE, SOURCE, when } from '../proposals/labels.js';
import { ReplyForm } from './ReplyForm.js';
import { useUnitWords } from './words.js';

type Detail = Awaited<ReturnType<typeof unitAssignment>>;

export function AssignmentDrawer({ id, onClose, onReplied }: { id: number; onClose(): void; onReplied(): void }) {
  const { w, lang } = useUnitWords();
  const read = useApi<Detail>(`/api/units/me/assignments/${id}`);
  return (
    <Drawer open size={760} onClose={onClose} destroyOnHidden title={read.data ? numberLabel(read.data.proposal, lang) : ''} data-testid="assignment-drawer">
      <Loaded read={read}>
        {(a) => (
          <>
            <Typography.Title level={4} style={{ marginTop: 0 }}>{a.proposal.title}</Typography.Title>
            <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: 'nowrap', width: 100 } }}>
              <Descriptions.Item label={w('category')}>{a.proposal.category}</Descriptions.Item>
              <Descriptions.Item label={w('role')}>{label(ROLE, lang, a.role)} · {w('roundN', { n: a.round })}</Descriptions.Item>
              <Descriptions.Item label={w('deadline')}>{a.deadline}</Descriptions.Item>
              <Descriptions.Item label={w('state')}><Tag data-testid="assignment-state">{label(ASSIGNMENT_STATE, lang, a.state)}</Tag></Descriptions.Item>
              {a.proposal.sourceName && <Descriptions.Item label={label(SOURCE, lang, a.proposal.sourceKind)} span={2}>{a.proposal.sourceName}</Descriptions.Item>}
            </Descriptions>
            <Divider titlePlacement="start">{w('body')}</Divider>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.proposal.body}</Typography.Paragraph>
            {a.proposal.attachments.map((x) => (
              <Typography.Paragraph key={x.name} style={{ whiteSpace: 'pre-wrap' }}>
                <Typography.Text strong>{w('attachments')}：{x.name}</Typography.Text>
                <br />
                {x.text}
              </Typography.Paragraph>
            ))}
            {a.coOpinions.length > 0 && (
              <>
                <Divider titlePlacement="start">{w('coOpinions')}</Divider>
                {a.coOpinions.map((o) => (
                  <Typography.Paragraph key={`${o.unitName}-${o.repliedAt}`} style={{ whiteSpace: 'pre-wrap' }}>
                    <Typography.Text strong>{o.unitName}</Typography.Text>（{when(o.repliedAt)}）：{o.reply}
                  </Typography.Paragraph>
                ))}
              </>
            )}
            <Divider titlePlacement="start">{w('reply')}</Divider>
            {a.reply !== null ? (
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="reply-sent">{a.reply}</Typography.Paragraph>
                {a.repliedAt && <Typography.Text type="secondary">{w('repliedAt', { at: when(a.repliedAt) })}</Typography.Text>}
              </>
            ) : a.state === 'open' ? (
              <>
                {a.role === 'co' && <Alert type="info" showIcon title={w('coNote')} style={{ marginBottom: 12 }} />}
                <ReplyForm
                  id={a.id}
                  onDone={() => {
                    void read.reload();
                    onReplied();
                  }}
                />
              </>
            ) : null}
          </>
        )}
      </Loaded>
    </Drawer>
  );
}
