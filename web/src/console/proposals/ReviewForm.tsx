/**
 * The proposal committee's review of a proposal awaiting it: file (立案), decline with a reason from
 * the server's set list (不予立案; "other" needs a note), merge into another proposal of the session
 * (并案), or pass it on as a letter (转来信) or a public-opinion report (转社情民意).
 */
import { useState } from 'react';
import { Button, Form, Input, Radio, Select } from 'antd';
import { ReviewOutcomes, type ReviewOutcome } from '@server/modules/proposals/states.js';
import { useApi } from '../../shared/useApi.js';
import type { SessionItem } from '../scope.js';
import { DECLINE_REASON_EN, label, numberLabel, OUTCOME, STATUS } from './labels.js';
import type { Proposal } from './useDetails.js';
import type { Settings, Summary } from './ProposalList.js';
import { useSubmit } from '../../shared/useSubmit.js';
import { Refusal } from './Refusal.js';
import { useProposalWords } from './words.js';

/** What a proposal may be merged into: one of the same session awaiting review, filed or in handling. */
const MERGEABLE = ['submitted', 'filed', 'handling', 'replied', 'evaluated'];

interface Values {
  outcome: ReviewOutcome;
  reason?: string;
  note?: string;
  mergeInto?: number;
}

export function ReviewForm({ proposal, session, settings, onDone }: { proposal: Proposal; session: SessionItem; settings: Settings | null; onDone(): void }) {
  const { w, lang } = useProposalWords();
  const [outcome, setOutcome] = useState<ReviewOutcome>('filed');
  const targets = useApi<{ proposals: Summary[] }>(outcome === 'merged' ? `/api/sessions/${session.id}/proposals?kind=proposal&limit=200` : null);
  const { submit, busy, error } = useSubmit(`POST`, `/api/proposals/${proposal.id}/review`, onDone);
  const send = (v: Values) => {
    const note = v.note?.trim();
    void submit({
      outcome: v.outcome,
      ...(v.outcome === 'declined' ? { reason: v.reason } : {}),
      ...(v.outcome === 'merged' ? { mergeInto: v.mergeInto } : {}),
      ...(note ? { note } : {}),
    });
  };
  return (
    <Form<Values> layout="vertical" initialValues={{ outcome: 'filed' }} onFinish={send} onValuesChange={(c: Partial<Values>) => c.outcome && setOutcome(c.outcome)} data-testid="review-form">
      <Form.Item name="outcome" label={w('outcome')}>
        <Radio.Group optionType="button" buttonStyle="solid" options={ReviewOutcomes.map((o) => ({ value: o, label: label(OUTCOME, lang, o) }))} />
      </Form.Item>
      {outcome === 'declined' && (
        <Form.Item name="reason" label={w('reason')} rules={[{ required: true, message: w('chooseReason') }]}>
          <Select
            placeholder={w('chooseReason')}
            options={(settings?.declineReasons ?? []).map((r) => ({ value: r.id, label: lang === 'en' ? (DECLINE_REASON_EN[r.id] ?? r.label) : r.label }))}
            data-testid="decline-reason"
          />
        </Form.Item>
      )}
      {outcome === 'merged' && (
        <Form.Item name="mergeInto" label={w('mergeInto')} rules={[{ required: true, message: w('chooseMerge') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={w('chooseMerge')}
            loading={targets.loading}
            options={(targets.data?.proposals ?? [])
              .filter((t) => t.id !== proposal.id && MERGEABLE.includes(t.status))
              .map((t) => ({ value: t.id, label: `${numberLabel(t, lang, false)} ${t.title}（${label(STATUS, lang, t.status)}）` }))}
            data-testid="merge-target"
          />
        </Form.Item>
      )}
      <Form.Item name="note" label={w('note')} extra={outcome === 'declined' ? w('noteHint') : undefined}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Refusal text={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="review-submit">{w('submitReview')}</Button>
    </Form>
  );
}
