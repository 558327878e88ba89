/**
 * A new proposal from the pad, the member as its lead proposer: title, text, category, and the
 * co-proposers if they wish (a joint proposal then; they sign directly, as on the paper form). The
 * kind follows the session's body: a proposal at a consultative conference, a suggestion at a
 * congress (a bill needs joint signatures and is entered by staff); asked only when the session has
 * none yet to tell by. The categories are the body's own.
 */
import { useState } from 'react';
import { Button, Form, Input, Radio, Select, Space } from 'antd';
import type { Static } from 'typebox';
import type { ProposalSummaryView } from '@server/modules/proposals/presenters.js';
import { DEFAULT_CATEGORIES, Limits } from '@server/modules/proposals/states.js';
import { useApi } from '../../shared/useApi.js';
import { KIND, label } from '../../console/proposals/labels.js';
import type { Proposal } from '../../console/proposals/useDetails.js';
import { useSubmit } from '../../shared/useSubmit.js';
import { Refusal } from '../../console/proposals/Refusal.js';
import { CoProposerPicker, type CoProposer } from './CoProposerPicker.js';
import { usePadProposalWords } from './words.js';

type Summary = Static<typeof ProposalSummaryView>;
type Kind = 'proposal' | 'suggestion';

interface Values {
  kind?: Kind;
  title: string;
  body: string;
  category: string;
}

/** The kind a member submits in this session, told by what the session already holds. */
function kindOf(existing: Summary[]): Kind | null {
  if (existing.some((p) => p.kind === 'proposal')) return 'proposal';
  if (existing.some((p) => p.kind !== 'proposal')) return 'suggestion';
  return null;
}

export function SubmitForm({ sessionId, bodyId, membershipId, onCancel, onDone }: { sessionId: number; bodyId: number; membershipId: number; onCancel(): void; onDone(p: Proposal): void }) {
  const { w, lang } = usePadProposalWords();
  // One proposal of the session tells the kind its body takes.
  const sample = useApi<{ proposals: Summary[] }>(`/api/sessions/${sessionId}/proposals?limit=1`);
  const known = kindOf(sample.data?.proposals ?? []);
  const settings = useApi<{ categories: string[] }>(`/api/bodies/${bodyId}/proposal-settings`);
  const categories = settings.data?.categories ?? [...DEFAULT_CATEGORIES];
  const [kind, setKind] = useState<Kind>('proposal');
  const [co, setCo] = useState<CoProposer[]>([]);
  const { submit, busy, error } = useSubmit<Proposal>('POST', `/api/sessions/${sessionId}/proposals`, onDone);
  const send = (v: Values) =>
    void submit({
      kind: known ?? kind,
      title: v.title.trim(),
      body: v.body.trim(),
      category: v.category,
      sourceKind: co.length > 0 ? 'joint' : 'member',
      signers: [membershipId, ...co.map((m) => m.membershipId)],
    });
  return (
    <Form<Values> layout="vertical" onFinish={send} requiredMark={false} data-testid="proposal-form" className="pad-proposal-form">
      {sample.data !== null && known === null && (
        <Form.Item label={w('kind')}>
          <Radio.Group size="large" value={kind} onChange={(e) => setKind(e.target.value as Kind)} optionType="button" buttonStyle="solid" options={(['proposal', 'suggestion'] as const).map((k) => ({ value: k, label: label(KIND, lang, k) }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={w('title')} rules={[{ required: true, whitespace: true, message: w('required') }]}>
        <Input size="large" placeholder={w('titleHint')} maxLength={Limits.titleLength} data-testid="proposal-title" />
      </Form.Item>
      <Form.Item name="category" label={w('category')} rules={[{ required: true, message: w('required') }]}>
        <Select size="large" options={categories.map((c) => ({ value: c, label: c }))} data-testid="proposal-category" />
      </Form.Item>
      <Form.Item name="body" label={w('body')} rules={[{ required: true, whitespace: true, message: w('required') }]}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 14 }} placeholder={w('bodyHint')} maxLength={Limits.bodyLength} data-testid="proposal-body" />
      </Form.Item>
      <Form.Item label={w('coProposers')} extra={w('coHint')}>
        <CoProposerPicker sessionId={sessionId} chosen={co} onChange={setCo} />
      </Form.Item>
      <Refusal text={error} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button type="primary" htmlType="submit" size="large" block loading={busy} className="pad-big" data-testid="proposal-submit">{w('submit')}</Button>
        <Button size="large" block onClick={onCancel}>{w('cancel')}</Button>
      </Space>
    </Form>
  );
}
