/** A dialog asking for a reason (undoing a check-in, recording leave); the server's refusal shown in it. */
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { errorText } from '../../shared/api.js';
import { useBusy } from '../../shared/useBusy.js';
import { useDeskWords } from './words.js';

export interface ReasonDialogProps {
  title: string;
  label: string;
  hint?: string;
  initial?: string;
  /** Does the work; a throw keeps the dialog open with the error. */
  onSubmit(reason: string): Promise<void>;
  onClose(): void;
}

export function ReasonDialog({ title, label, hint, initial = '', onSubmit, onClose }: ReasonDialogProps) {
  const { w, lang } = useDeskWords();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, error, run } = useBusy();
  const submit = async ({ reason }: { reason: string }) => {
    await run(async () => {
      await onSubmit(reason.trim());
      onClose();
    });
  };
  return (
    <Modal open title={title} okText={w('confirm')} cancelText={w('cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {hint && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ reason: initial }} onFinish={submit} requiredMark={false}>
        <Form.Item label={label} name="reason" rules={[{ required: true, whitespace: true, message: w('required') }]}>
          <Input maxLength={200} autoFocus />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} data-testid="dialog-error" />}
    </Modal>
  );
}
