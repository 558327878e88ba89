/**
 * A session in a dialog: a new one in a body's term (its number and days), or the days of one
 * that exists. The server judges the days (the last not before the first); its refusal stays in
 * the dialog, in the user's language.
 */
import { useEffect } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Static } from 'typebox';
import type { BodyView, TermView } from '@server/modules/registry/presenters.js';
import { api } from '../../shared/api.js';
import { useApi } from '../../shared/useApi.js';
import { ErrorAlert } from '../../shared/States.js';
import { useScope, type SessionItem } from '../scope.js';
import { useAction } from './useAction.js';
import { useSessionsWords } from './words.js';

type Body = Static<typeof BodyView>;
type Term = Static<typeof TermView>;
interface Fields {
  bodyId?: number;
  termId?: number;
  ordinal?: number;
  startDate?: string;
  endDate?: string;
}

export function SessionForm({ session, bodies, onClose }: { session: SessionItem | null; bodies: Body[]; onClose: () => void }) {
  const { w, lang } = useSessionsWords();
  const scope = useScope();
  const action = useAction();
  const [form] = Form.useForm<Fields>();
  const bodyId = Form.useWatch('bodyId', form);
  const terms = useApi<Term[]>(!session && bodyId ? `/api/bodies/${bodyId}/terms` : null);
  const termId = Form.useWatch('termId', form);
  // The body's latest term, and the session after the last one it holds, as a start.
  useEffect(() => {
    const latest = terms.data?.at(-1);
    if (latest && form.getFieldValue('termId') === undefined) form.setFieldValue('termId', latest.id);
  }, [terms.data, form]);
  useEffect(() => {
    if (termId === undefined) return;
    const held = (scope.sessions ?? []).filter((s) => s.termId === termId).map((s) => s.ordinal);
    form.setFieldValue('ordinal', Math.max(0, ...held) + 1);
  }, [termId, scope.sessions, form]);

  const submit = async (f: Fields) => {
    if (session) {
      const saved = await action.run(() => api('PATCH', `/api/sessions/${session.id}`, lang, { startDate: f.startDate || null, endDate: f.endDate || null }), w('datesSaved'));
      if (!saved) return;
      await scope.reload();
    } else {
      const body = { ordinal: f.ordinal, ...(f.startDate ? { startDate: f.startDate } : {}), ...(f.endDate ? { endDate: f.endDate } : {}) };
      const created = await action.run(() => api<SessionItem>('POST', `/api/terms/${f.termId}/sessions`, lang, body), w('sessionCreated'));
      if (!created) return;
      await scope.reload();
      scope.chooseSession(created.id);
    }
    onClose();
  };

  const required = [{ required: true, message: w('required') }];
  return (
    <Modal
      open
      title={session ? w('editDatesOf', { name: lang === 'en' ? session.nameEn : session.name }) : w('newSession')}
      okText={w('save')}
      cancelText={w('cancel')}
      confirmLoading={action.busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={(f) => void submit(f)}
        initialValues={session ? { startDate: session.startDate ?? undefined, endDate: session.endDate ?? undefined } : {}}
        data-testid="session-form"
      >
        {!session && (
          <>
            <Form.Item label={w('body')} name="bodyId" rules={required}>
              <Select placeholder={w('chooseBody')} options={bodies.map((b) => ({ value: b.id, label: lang === 'en' ? b.nameEn : b.name }))} onChange={() => form.setFieldValue('termId', undefined)} />
            </Form.Item>
            <Form.Item label={w('term')} name="termId" rules={required}>
              <Select
                placeholder={w('chooseTerm')}
                notFoundContent={w('noTerms')}
                loading={terms.loading}
                options={(terms.data ?? []).map((t) => ({ value: t.id, label: lang === 'en' ? t.nameEn : t.name }))}
              />
            </Form.Item>
            <ErrorAlert error={terms.error} />
            <Form.Item label={w('ordinal')} name="ordinal" rules={required}>
              <InputNumber min={1} max={999} style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item label={w('startDate')} name="startDate" style={{ flex: 1 }}>
            <Input type="date" data-testid="start-date" />
          </Form.Item>
          <Form.Item label={w('endDate')} name="endDate" style={{ flex: 1 }}>
            <Input type="date" data-testid="end-date" />
          </Form.Item>
        </div>
      </Form>
      <ErrorAlert error={action.error} />
    </Modal>
  );
}
