/**
 * The written reply to an assignment: a unit's own, or one the secretariat enters for a unit that
 * answered on paper (the server allows staff, who hold proposals.manage).
 */
import { Button, Form, Input } from 'antd';
import { Limits } from '@server/modules/proposals/states.js';
import { useSubmit } from '../../shared/useSubmit.js';
import { Refusal } from '../proposals/Refusal.js';
import { useUnitWords } from './words.js';

export function ReplyForm({ id, label, onDone }: { id: number; label?: string; onDone(): void }) {
  const { w } = useUnitWords();
  const { submit, busy, error } = useSubmit('POST', `/api/assignments/${id}/reply`, onDone);
  return (
    <Form<{ text: string }> layout="vertical" onFinish={(v) => void submit({ text: v.text.trim() })} data-testid="reply-form">
      <Form.Item name="text" label={label ?? w('yourReply')} extra={w('replyHint')} rules={[{ required: true, whitespace: true, message: w('required') }]}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} maxLength={Limits.replyLength} data-testid="reply-text" />
      </Form.Item>
      <Refusal text={error} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="reply-submit">{w('send')}</Button>
    </Form>
  );
}
