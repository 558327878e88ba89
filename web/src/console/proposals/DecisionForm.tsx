/**
 * The presidium's decision on a bill, as the secretariat records it: on the agenda, referred to a
 * special committee (the note names it) or not put forward (the note gives the reason).
 */
import { useState } from 'react';
import { Button, Form, Input, Radio } from 'antd';
import { PresidiumDecisions, type PresidiumDecision } from '@server/modules/proposals/states.js';
import { DECISION, label } from './labels.js';
import type { Proposal } from './useDetails.js';
import { useSubmit } from '../../shared/useSubmit.js';
import { Refusal } from './Refusal.js';
import { useProposalWords } from './words.js';

export function DecisionForm({ proposal, onDone }: { proposal: Proposal; onDone(): void }) {
  const { w, lang } = useProposalWords();
  const [decision, setDecision] = useState<PresidiumDecision>('on-agenda');
  const { submit, busy, error } = useSubmit('POST', `/api/proposals/${proposal.id}/presidium-decision`, onDone);
  return (
    <Form<{ decision: PresidiumDecision; note?: string }>
      layout="vertical"
      initialValues={{ decision: 'on-agenda' }}
      onValuesChange={(c: { decision?: PresidiumDecision }) => c.decision && setDecision(c.decision)}
      onFinish={(v) => void submit({ decision: v.decision, ...(v.note?.trim() ? { note: v.note.trim() } : {}) })}
    >
      <Form.Item name="decision">
        <Radio.Group optionType="button" buttonStyle="solid" options={PresidiumDecisions.map((d) => ({ value: d, label: label(DECISION, lang, d) }))} />
      </Form.Item>
      <Form.Item name="note" label={w('decisionNote')} rules={[{ required: decision !== 'on-agenda', message: w('decisionNote') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Refusal text={error} />
      <Button type="primary" htmlType="submit" loading={busy}>{w('submitDecision')}</Button>
    </Form>
  );
}
