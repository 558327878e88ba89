/**
 * One proposal in a drawer: its full text, signers, the review or the presidium's decision, the
 * assignments with their deadlines and replies, the proposer's evaluations; below, the one action
 * its state allows the account: review (立案, 不予立案, 并案, 转来信, 转社情民意), the presidium's
 * decision on a bill, or assignment to handling units.
 */
import { Collapse, Descriptions, Divider, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import type { Permission } from '@server/server/permissions.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded } from '../../shared/States.js';
import type { SessionItem } from '../scope.js';
import { ASSIGNMENT_STATE, DECISION, label, numberLabel, OUTCOME, RATING, ROLE, SOURCE, STATUS_COLOR, statusLabel, when } from './labels.js';
import type { Proposal } from './useDetails.js';
import type { Settings } from './ProposalList.js';
import { ReviewForm } from './ReviewForm.js';
import { DecisionForm } from './DecisionForm.js';
import { AssignForm } from './AssignForm.js';
import { ReplyForm } from '../units/ReplyForm.js';
import { useProposalWords } from './words.js';

interface Props {
  id: number;
  session: SessionItem;
  permissions: readonly Permission[];
  settings: Settings | null;
  onClose(): void;
  onChanged(): void;
}

/** The action a proposal in this state awaits from this account, if any. */
function actionFor(p: Proposal, permissions: readonly Permission[]): 'review' | 'decide' | 'assign' | null {
  const manage = permissions.includes('proposals.manage');
  if (p.kind === 'proposal' && p.status === 'submitted' && (manage || permissions.includes('proposals.review'))) return 'review';
  if (p.kind === 'bill' && p.status === 'submitted' && manage) return 'decide';
  if (((p.kind === 'proposal' && p.status === 'filed') || (p.kind === 'suggestion' && p.status === 'submitted')) && manage) return 'assign';
  return null;
}

export function ProposalDrawer({ id, session, permissions, settings, onClose, onChanged }: Props) {
  const { w, lang } = useProposalWords();
  const read = useApi<Proposal>(`/api/proposals/${id}`);
  const changed = () => {
    void read.reload();
    onChanged();
  };
  return (
    <Drawer open size={760} onClose={onClose} title={read.data ? numberLabel(read.data, lang) : ''} destroyOnHidden data-testid="proposal-drawer">
      <Loaded read={read}>
        {(p) => {
          const action = actionFor(p, permissions);
          return (
            <div data-testid="proposal-detail">
              <Space align="start" style={{ marginBottom: 12 }}>
                <Typography.Title level={4} style={{ margin: 0 }}>{p.title}</Typography.Title>
                <Tag color={STATUS_COLOR[p.status]} data-testid="detail-status">{statusLabel(p, lang)}</Tag>
              </Space>
              <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: 'nowrap', width: 100 } }}>
                <Descriptions.Item label={w('category')}>{p.category}</Descriptions.Item>
                <Descriptions.Item label={w('source')}>{label(SOURCE, lang, p.sourceKind)}{p.sourceName ? `：${p.sourceName}` : ''}</Descriptions.Item>
                <Descriptions.Item label={w('signers')} span={2}>
                  {p.signers.length === 0 ? '—' : p.signers.map((s, i) => `${s.name}${s.group ? `（${s.group}）` : ''}${i === 0 ? `〔${w('lead')}〕` : ''}`).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label={w('submittedAt')} span={2}>{when(p.submittedAt)}</Descriptions.Item>
              </Descriptions>
              <Divider titlePlacement="start">{w('body')}</Divider>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="detail-body">{p.body}</Typography.Paragraph>
              {p.attachments.map((a) => (
                <Typography.Paragraph key={a.name} style={{ whiteSpace: 'pre-wrap' }}>
                  <Typography.Text strong>{w('attachments')}：{a.name}</Typography.Text>
                  <br />
                  {a.text}
                </Typography.Paragraph>
              ))}
              {p.review && (
                <>
                  <Divider titlePlacement="start">{w('review')}</Divider>
                  <Typography.Paragraph data-testid="detail-review">
                    <Tag>{label(OUTCOME, lang, p.review.outcome)}</Tag>
                    {p.review.reasonLabel && `${p.review.reasonLabel}。`}
                    {p.review.note && `${p.review.note}`}
                    {p.mergedIntoId !== null && ` → #${p.mergedIntoId}`}
                    <Typography.Text type="secondary"> {w('reviewBy', { by: p.review.by, at: when(p.review.at) })}</Typography.Text>
                  </Typography.Paragraph>
                </>
              )}
              {p.decision && (
                <>
                  <Divider titlePlacement="start">{w('decision')}</Divider>
                  <Typography.Paragraph>
                    <Tag>{label(DECISION, lang, p.decision.decision)}</Tag>
                    {p.decision.note}
                    <Typography.Text type="secondary"> {w('reviewBy', { by: p.decision.by, at: when(p.decision.at) })}</Typography.Text>
                  </Typography.Paragraph>
                </>
              )}
              {p.assignments.length > 0 && (
                <>
                  <Divider titlePlacement="start">{w('assignments')}</Divider>
                  <Table
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={p.assignments}
                    data-testid="detail-assignments"
                    columns={[
                      { title: w('round'), dataIndex: 'round', width: 70, render: (n: number) => w('roundN', { n }) },
                      { title: w('unit'), dataIndex: 'unitName' },
                      { title: w('role'), dataIndex: 'role', width: 80, render: (r: string) => label(ROLE, lang, r) },
                      { title: w('deadline'), dataIndex: 'deadline', width: 110, render: (d: string) => <span data-testid="assignment-deadline">{d}</span> },
                      { title: w('state'), dataIndex: 'state', width: 90, render: (s: string) => label(ASSIGNMENT_STATE, lang, s) },
                    ]}
                    expandable={{
                      rowExpandable: (a) => a.reply !== null,
                      expandedRowRender: (a) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.reply}</Typography.Paragraph>,
                    }}
                  />
                  {permissions.includes('proposals.manage') && p.assignments.some((a) => a.state === 'open') && (
                    <Collapse
                      size="small"
                      style={{ marginTop: 12 }}
                      className="no-print"
                      items={p.assignments
                        .filter((a) => a.state === 'open')
                        .map((a) => ({
                          key: a.id,
                          label: w('paperReply', { unit: a.unitName, role: label(ROLE, lang, a.role) }),
                          children: <ReplyForm id={a.id} label={w('paperReplyLabel')} onDone={changed} />,
                        }))}
                    />
                  )}
                </>
              )}
              {p.evaluations.length > 0 && (
                <>
                  <Divider titlePlacement="start">{w('evaluations')}</Divider>
                  {p.evaluations.map((e) => (
                    <Typography.Paragraph key={e.round}>
                      {w('roundN', { n: e.round })}：<Tag color={e.rating === 'not-satisfied' ? 'red' : 'green'}>{label(RATING, lang, e.rating)}</Tag>
                      {e.rehandle && <Tag color="orange">{w('rehandle')}</Tag>}
                      {e.comment}
                    </Typography.Paragraph>
                  ))}
                </>
              )}
              {action && <Divider titlePlacement="start">{w(action === 'review' ? 'reviewTitle' : action === 'decide' ? 'decideTitle' : 'assignTitle')}</Divider>}
              {action === 'review' && <ReviewForm proposal={p} session={session} settings={settings} onDone={changed} />}
              {action === 'decide' && <DecisionForm proposal={p} onDone={changed} />}
              {action === 'assign' && <AssignForm proposal={p} session={session} onDone={changed} />}
              {!action && p.assignments.length === 0 && !p.review && !p.decision && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w('reviewNeedsRight')} />}
            </div>
          );
        }}
      </Loaded>
    </Drawer>
  );
}
