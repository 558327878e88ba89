/**
 * A new election at the sitting (POST /api/meetings/:id/elections): the office, its seats, an agenda
 * item, and, when the session's election rules (选举办法) say so, their own threshold and margin of
 * extra candidates.
 */
import { useState } from 'react';
import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import type { ThresholdBase } from '@server/modules/voting/rules/threshold.js';
import type { Static } from 'typebox';
import type { MeetingDetailView } from '@server/modules/meetings/presenters.js';
import { api, errorText } from '../../shared/api.js';
import { ThresholdFields } from '../voting/ThresholdFields.js';
import type { Election } from './types.js';
import { useElectionWords } from './words.js';

type AgendaItem = Static<typeof MeetingDetailView>['agenda'][number];

interface Values {
  office: string;
  seats: number;
  agendaItemId?: number;
  own: boolean;
  base: ThresholdBase;
  num: number;
  den: number;
  inclusive: boolean;
  citation?: string;
  marginMin?: number | null;
  marginMax?: number | null;
  marginCitation?: string;
}

/** The request body: the rules' own threshold and margin only when the session has its own. */
function bodyOf(v: Values) {
  const hasMargin = v.own && (typeof v.marginMin === 'number' || typeof v.marginMax === 'number');
  return {
    office: v.office.trim(),
    seats: v.seats,
    ...(v.agendaItemId ? { agendaItemId: v.agendaItemId } : {}),
    ...(v.own ? { threshold: { base: v.base, num: v.num, den: v.den, inclusive: v.inclusive, citation: (v.citation ?? '').trim() } } : {}),
    ...(hasMargin
      ? {
          margin: {
            ...(typeof v.marginMin === 'number' ? { min: { count: v.marginMin } } : {}),
            ...(typeof v.marginMax === 'number' ? { max: { count: v.marginMax } } : {}),
            citation: (v.marginCitation ?? '').trim() || (v.citation ?? '').trim(),
          },
        }
      : {}),
  };
}

export function CreateElection({ meetingId, agenda, onClose, onCreated }: { meetingId: number; agenda: AgendaItem[]; onClose(): void; onCreated(e: Election): void }) {
  const { w, lang } = useElectionWords();
  const [form] = Form.useForm<Values>();
  const own = Form.useWatch('own', form);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = [...agenda].sort((a, b) => Number(b.kind === 'election') - Number(a.kind === 'election') || a.ordinal - b.ordinal);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onCreated(await api<Election>('POST', `/api/meetings/${meetingId}/elections`, lang, bodyOf(v)));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open width={640} title={w('newElection')} okText={w('create')} cancelText={w('cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden okButtonProps={{ 'data-testid': 'create-election-submit' } as Record<`data-${string}`, string>}>
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} data-testid="create-election-error" />}
      <Form form={form} layout="vertical" initialValues={{ seats: 1, own: false, base: 'all', num: 1, den: 2, inclusive: false }} onFinish={(v) => void submit(v)}>
        <Form.Item name="agendaItemId" label={w('agendaItem')}>
          <Select allowClear placeholder={w('noAgendaItem')} options={items.map((a) => ({ value: a.id, label: `${a.ordinal}. ${a.title}` }))} />
        </Form.Item>
        <Form.Item name="office" label={w('office')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input placeholder={w('officeHint')} data-testid="election-office" />
        </Form.Item>
        <Form.Item name="seats" label={w('seats')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1000} precision={0} data-testid="election-seats" />
        </Form.Item>
        <Form.Item name="own" label={w('rules')}>
          <Radio.Group options={[{ value: false, label: w('rulesDefault') }, { value: true, label: w('rulesOwn') }]} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
        </Form.Item>
        {own && (
          <>
            <ThresholdFields citationRequired castLabel={w('castBallots')} />
            <Form.Item label={w('margin')}>
              <Space wrap>
                <Form.Item name="marginMin" noStyle>
                  <InputNumber min={0} precision={0} prefix={w('marginMin')} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name="marginMax" noStyle>
                  <InputNumber min={0} precision={0} prefix={w('marginMax')} style={{ width: 160 }} />
                </Form.Item>
              </Space>
            </Form.Item>
            <Form.Item name="marginCitation" label={w('marginCitation')}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
