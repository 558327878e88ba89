/**
 * Assignment of a filed proposal (or a suggestion) to a lead handling unit (主办) and co-handlers
 * (会办). The deadline may be left to the server's rule (three months from today, six when complex)
 * or given as a day within six months; the server checks it and answers with the deadline it set.
 */
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { Limits } from '@server/modules/proposals/states.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded, Nothing } from '../../shared/States.js';
import type { SessionItem } from '../scope.js';
import type { Proposal } from './useDetails.js';
import { useSubmit } from '../../shared/useSubmit.js';
import { Refusal } from './Refusal.js';
import { useProposalWords } from './words.js';

interface Values {
  lead: number;
  coHandlers?: number[];
  complex?: boolean;
  deadline?: string;
}

export function AssignForm({ proposal, session, onDone }: { proposal: Proposal; session: SessionItem; onDone(): void }) {
  const { w } = useProposalWords();
  const units = useApi<Array<{ id: number; name: string }>>(`/api/bodies/${session.bodyId}/handling-units`);
  const { submit, busy, error } = useSubmit('POST', `/api/proposals/${proposal.id}/assignments`, onDone);
  const [form] = Form.useForm<Values>();
  const lead = Form.useWatch('lead', form);
  return (
    <Loaded read={units}>
      {(list) =>
        list.length === 0 ? (
          <Nothing text={w('noUnits')} />
        ) : (
          <Form<Values>
            form={form}
            layout="vertical"
            data-testid="assign-form"
            onFinish={(v) =>
              void submit({
                lead: v.lead,
                ...(v.coHandlers?.length ? { coHandlers: v.coHandlers } : {}),
                ...(v.complex ? { complex: true } : {}),
                ...(v.deadline ? { deadline: v.deadline } : {}),
              })
            }
          >
            <Form.Item name="lead" label={w('leadUnit')} rules={[{ required: true, message: w('chooseUnit') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} placeholder={w('chooseUnit')} options={list.map((u) => ({ value: u.id, label: u.name }))} data-testid="assign-lead" />
            </Form.Item>
            <Form.Item name="coHandlers" label={w('coUnits')}>
              <Select
                mode="multiple"
                maxCount={Limits.coHandlers}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={w('chooseUnit')}
                options={list.filter((u) => u.id !== lead).map((u) => ({ value: u.id, label: u.name }))}
                data-testid="assign-co"
              />
            </Form.Item>
            <Form.Item name="complex" valuePropName="checked">
              <Checkbox>{w('complex')}</Checkbox>
            </Form.Item>
            <Form.Item name="deadline" label={w('deadline')} extra={w('deadlineHint')}>
              <Input type="date" style={{ width: 200 }} data-testid="assign-deadline" />
            </Form.Item>
            <Refusal text={error} />
            <Button type="primary" htmlType="submit" loading={busy} data-testid="assign-submit">{w('submitAssign')}</Button>
          </Form>
        )
      }
    </Loaded>
  );
}
