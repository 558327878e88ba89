/** A new election at the sitting (POST /api/meetings/:id/elections): the office, its seats, an agenda item. */
import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Static } from 'typebox';
import type { MeetingDetailView } from '@server/modules/meetings/presenters.js';
import { api, errorText } from '../../shared/api.js';
import type { Election } from './types.js';
import { useElectionWords } from './words.js';

type AgendaItem = Static<typeof MeetingDetailView>['agenda'][number];

export function CreateElection({ meetingId, agenda, onClose, onCreated }: { meetingId: number; agenda: AgendaItem[]; onClose(): void; onCreated(e: Election): void }) {
  const { w, lang } = useElectionWords();
  const [form] = Form.useForm<{ office: string; seats: number; agendaItemId?: number }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = [...agenda].sort((a, b) => Number(b.kind === 'election') - Number(a.kind === 'election') || a.ordinal - b.ordinal);

  const submit = async (v: { office: string; seats: number; agendaItemId?: number }) => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await api<Election>('POST', `/api/meetings/${meetingId}/elections`, lang, { office: v.office.trim(), seats: v.seats, ...(v.agendaItemId ? { agendaItemId: v.agendaItemId } : {}) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={w('newElection')} okText={w('create')} cancelText={w('cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden okButtonProps={{ 'data-testid': 'create-election-submit' } as Record<`data-${string}`, string>}>
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} data-testid="create-election-error" />}
      <Form form={form} layout="vertical" initialValues={{ seats: 1 }} onFinish={(v) => void submit(v)}>
        <Form.Item name="agendaItemId" label={w('agendaItem')}>
          <Select allowClear placeholder={w('noAgendaItem')} options={items.map((a) => ({ value: a.id, label: `${a.ordinal}. ${a.title}` }))} />
        </Form.Item>
        <Form.Item name="office" label={w('office')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input placeholder={w('officeHint')} data-testid="election-office" />
        </Form.Item>
        <Form.Item name="seats" label={w('seats')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1000} precision={0} data-testid="election-seats" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
