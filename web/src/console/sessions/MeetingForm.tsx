/**
 * A sitting in a dialog: a new one of the session (kind, title, start, venue), or one that exists
 * (also whether members may check in on the pad). The start keeps the venue's UTC offset (see
 * moments.ts). A new sitting becomes the sitting in scope.
 */
import { Form, Input, Modal, Select, Switch } from 'antd';
import { MeetingKinds } from '@server/modules/registry/kinds.js';
import type { MeetingDetail } from '@server/modules/meetings/presenters.js';
import { api } from '../../shared/api.js';
import { useApi } from '../../shared/useApi.js';
import { ErrorAlert, Loaded } from '../../shared/States.js';
import { useScope, type MeetingItem } from '../scope.js';
import { useAction } from './useAction.js';
import { browserOffset, offsetOf, wallClock, withOffset } from './moments.js';
import { useSessionsWords } from './words.js';

interface Fields {
  kind: string;
  title: string;
  startsAt?: string;
  venue?: string;
  padCheckIn?: boolean;
}

export function MeetingForm({ sessionId, meeting, onClose }: { sessionId: number; meeting: MeetingItem | null; onClose: () => void }) {
  const { w, lang } = useSessionsWords();
  const scope = useScope();
  const action = useAction();
  const [form] = Form.useForm<Fields>();
  // The pad check-in switch is in the sitting's detail only.
  const detail = useApi<MeetingDetail>(meeting ? `/api/meetings/${meeting.id}` : null);
  const offset = offsetOf(meeting?.startsAt) ?? offsetOf(scope.meetings?.find((m) => m.startsAt)?.startsAt) ?? browserOffset();

  const submit = async (f: Fields) => {
    const startsAt = withOffset(f.startsAt, offset);
    const venue = f.venue?.trim() || null;
    if (meeting) {
      const body = { kind: f.kind, title: f.title.trim(), startsAt, venue, padCheckIn: f.padCheckIn ?? false };
      if (!(await action.run(() => api('PATCH', `/api/meetings/${meeting.id}`, lang, body), w('sittingSaved')))) return;
      await scope.reload();
    } else {
      const body = { kind: f.kind, title: f.title.trim(), ...(startsAt ? { startsAt } : {}), ...(venue ? { venue } : {}) };
      const created = await action.run(() => api<MeetingItem>('POST', `/api/sessions/${sessionId}/meetings`, lang, body), w('sittingCreated'));
      if (!created) return;
      await scope.reload();
      scope.chooseMeeting(created.id);
    }
    onClose();
  };

  const required = [{ required: true, whitespace: true, message: w('required') }];
  const fields = (initial: Partial<Fields>) => (
    <Form<Fields> form={form} layout="vertical" onFinish={(f) => void submit(f)} initialValues={initial} data-testid="sitting-form">
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item label={w('kind')} name="kind" rules={required} style={{ width: 180 }}>
          <Select options={MeetingKinds.map((k) => ({ value: k, label: w(`kind_${k}`) }))} data-testid="sitting-kind" />
        </Form.Item>
        <Form.Item label={w('title')} name="title" rules={required} style={{ flex: 1 }}>
          <Input maxLength={100} data-testid="sitting-title" />
        </Form.Item>
      </div>
      <div style={{ display: 'flex', gap: 16 }}>
        <Form.Item label={`${w('startsAt')}（UTC${offset}）`} name="startsAt" style={{ width: 240 }}>
          <Input type="datetime-local" data-testid="sitting-start" />
        </Form.Item>
        <Form.Item label={w('venue')} name="venue" style={{ flex: 1 }}>
          <Input maxLength={100} data-testid="sitting-venue" />
        </Form.Item>
      </div>
      {meeting && (
        <Form.Item label={w('padCheckIn')} name="padCheckIn" valuePropName="checked">
          <Switch checkedChildren={w('padCheckInOn')} unCheckedChildren={w('padCheckInOff')} />
        </Form.Item>
      )}
    </Form>
  );

  return (
    <Modal
      open
      width={640}
      title={meeting ? w('editSittingOf', { title: meeting.title }) : w('newSitting')}
      okText={w('save')}
      cancelText={w('cancel')}
      confirmLoading={action.busy}
      okButtonProps={{ disabled: meeting !== null && detail.data === null }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {meeting ? (
        <Loaded read={detail}>
          {(d) => fields({ kind: d.kind, title: d.title, startsAt: wallClock(d.startsAt), venue: d.venue ?? '', padCheckIn: d.padCheckIn })}
        </Loaded>
      ) : (
        fields({ kind: 'plenary' })
      )}
      <ErrorAlert error={action.error} />
    </Modal>
  );
}
