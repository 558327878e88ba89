/** The sitting's stages (第一阶段, 第二阶段): add one at the end, remove one nothing refers to. */
import { Button, Card, Empty, Form, Input, Popconfirm, Table } from 'antd';
import type { MeetingDetail } from '@server/modules/meetings/presenters.js';
import { ErrorAlert } from '../../shared/States.js';
import { api } from '../../shared/api.js';
import { useAction } from './useAction.js';
import { browserOffset, offsetOf, shownMoment, withOffset } from './moments.js';
import { useSessionsWords } from './words.js';

type Stage = MeetingDetail['stages'][number];

export function StageList({ meeting, reload }: { meeting: MeetingDetail; reload: () => Promise<void> }) {
  const { w, lang } = useSessionsWords();
  const action = useAction();
  const [form] = Form.useForm<{ title: string; startsAt?: string }>();
  const offset = offsetOf(meeting.startsAt) ?? browserOffset();

  const add = async ({ title, startsAt }: { title: string; startsAt?: string }) => {
    const at = withOffset(startsAt, offset);
    if (await action.run(() => api('POST', `/api/meetings/${meeting.id}/stages`, lang, { title: title.trim(), ...(at ? { startsAt: at } : {}) }), w('stageAdded'))) {
      form.resetFields();
      await reload();
    }
  };
  const remove = async (stageId: number) => {
    if (await action.run(() => api('DELETE', `/api/meetings/${meeting.id}/stages/${stageId}`, lang), w('stageRemoved'))) await reload();
  };

  return (
    <Card title={w('stages')} size="small" style={{ marginBottom: 16 }} data-testid="stage-list">
      <Table<Stage>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.stages}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w('noStages')} /> }}
        columns={[
          { title: '#', dataIndex: 'ordinal', width: 48 },
          { title: w('stageTitle'), dataIndex: 'title' },
          { title: w('startsAt'), width: 160, render: (_, s) => shownMoment(s.startsAt) },
          {
            title: '',
            width: 64,
            render: (_, s) => (
              <Popconfirm title={w('confirmRemove')} okText={w('remove')} cancelText={w('cancel')} onConfirm={() => remove(s.id)}>
                <Button size="small" type="link" danger>{w('remove')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form form={form} layout="inline" onFinish={(f) => void add(f)} style={{ marginTop: 12, rowGap: 8 }}>
        <Form.Item name="title" rules={[{ required: true, whitespace: true, message: w('required') }]}>
          <Input placeholder={w('stageTitle')} maxLength={50} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="startsAt">
          <Input type="datetime-local" aria-label={w('startsAt')} />
        </Form.Item>
        <Button htmlType="submit" loading={action.busy}>{w('addStage')}</Button>
      </Form>
      <div style={{ marginTop: 12 }}>
        <ErrorAlert error={action.error} />
      </div>
    </Card>
  );
}
