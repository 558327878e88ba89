/**
 * A new motion from the sitting's agenda (POST /api/meetings/:id/motions): the item's title filled
 * in, recorded or secret, its class, and what it needs to pass — the body kind's statutory default
 * unless the sitting decides another (base, fraction, 以上 or 超过, and the authority).
 */
import { Alert, Checkbox, Form, Input, Modal, Radio, Select, Space } from 'antd';
import type { Static } from 'typebox';
import type { MeetingDetailView } from '@server/modules/meetings/presenters.js';
import type { BodyKind } from '@server/modules/registry/kinds.js';
import { MotionClasses, defaultThreshold, describeThreshold, type MotionClass, type ThresholdBase } from '@server/modules/voting/rules/threshold.js';
import { MotionKinds, type MotionKindName } from '@server/modules/voting/states.js';
import { api, errorText } from '../../shared/api.js';
import { useBusy } from '../../shared/useBusy.js';
import { ThresholdFields } from './ThresholdFields.js';
import type { Motion } from './useMotions.js';
import { useVotingWords } from './words.js';

type AgendaItem = Static<typeof MeetingDetailView>['agenda'][number];

interface Values {
  agendaItemId?: number;
  title: string;
  kind: MotionKindName;
  motionClass: MotionClass;
  allowChange: boolean;
  custom: boolean;
  base: ThresholdBase;
  num: number;
  den: number;
  inclusive: boolean;
  citation?: string;
}

export function CreateMotion({ meetingId, agenda, bodyKind, onClose, onCreated }: { meetingId: number; agenda: AgendaItem[]; bodyKind: BodyKind | null; onClose(): void; onCreated(m: Motion): void }) {
  const { w, lang } = useVotingWords();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useBusy();
  const custom = Form.useWatch('custom', form);
  const kind = Form.useWatch('kind', form);
  const motionClass = Form.useWatch('motionClass', form) ?? 'ordinary';
  // Items to be voted on first; any item may carry a motion.
  const items = [...agenda].sort((a, b) => Number(b.kind === 'vote') - Number(a.kind === 'vote') || a.ordinal - b.ordinal);
  const fallback = bodyKind ? defaultThreshold(bodyKind, motionClass) : null;
  const fallbackWords = fallback && bodyKind ? describeThreshold(fallback, bodyKind) : null;

  const submit = async (v: Values) => {
    await run(async () => {
      const body = {
        title: v.title.trim(),
        kind: v.kind,
        motionClass: v.motionClass,
        ...(v.agendaItemId ? { agendaItemId: v.agendaItemId } : {}),
        ...(v.kind === 'recorded' ? { allowChange: v.allowChange } : {}),
        ...(v.custom ? { threshold: { base: v.base, num: v.num, den: v.den, inclusive: v.inclusive, ...(v.citation?.trim() ? { citation: v.citation.trim() } : {}) } } : {}),
      };
      onCreated(await api<Motion>('POST', `/api/meetings/${meetingId}/motions`, lang, body));
    });
  };

  return (
    <Modal open title={w('newMotion')} okText={w('create')} cancelText={w('cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} width={640} destroyOnHidden okButtonProps={{ 'data-testid': 'create-motion-submit' } as Record<`data-${string}`, string>}>
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} data-testid="create-motion-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ kind: 'recorded', motionClass: 'ordinary', allowChange: false, custom: false, base: 'present', num: 1, den: 2, inclusive: false }}
      >
        <Form.Item name="agendaItemId" label={w('agendaItem')} extra={w('agendaItemHint')}>
          <Select
            allowClear
            placeholder={w('noAgendaItem')}
            data-testid="motion-agenda"
            options={items.map((a) => ({ value: a.id, label: `${a.ordinal}. ${a.title}` }))}
            onChange={(id: number | undefined) => {
              const item = agenda.find((a) => a.id === id);
              if (item) form.setFieldValue('title', item.title);
            }}
          />
        </Form.Item>
        <Form.Item name="title" label={w('title')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="new-motion-title" />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="kind" label={w('kind')}>
            <Radio.Group optionType="button" options={MotionKinds.map((k) => ({ value: k, label: w(k) }))} />
          </Form.Item>
          <Form.Item name="motionClass" label={w('motionClass')}>
            <Select style={{ width: 280 }} options={MotionClasses.map((c) => ({ value: c, label: w(c) }))} />
          </Form.Item>
        </Space>
        {kind !== 'secret' && (
          <Form.Item name="allowChange" valuePropName="checked">
            <Checkbox>{w('allowChange')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="custom" label={w('threshold')}>
          <Radio.Group
            options={[
              { value: false, label: fallbackWords && fallback ? w('thresholdDefault', { rule: `${lang === 'en' ? fallbackWords.en : fallbackWords.zh}（${fallback.citation}）` }) : w('thresholdDefault', { rule: '' }) },
              { value: true, label: w('thresholdCustom') },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
        {custom && <ThresholdFields />}
      </Form>
    </Modal>
  );
}
