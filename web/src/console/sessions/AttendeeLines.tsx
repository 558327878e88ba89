/**
 * The sitting's non-voting attendee lines (列席, 特邀, 旁听): by name with a head count (市人民政府组成人员),
 * a group of any body (the conference's 经济界), or all members of another body's term. Groups and
 * terms are counted by the server on the day.
 */
import { Button, Card, Empty, Form, Input, InputNumber, Popconfirm, Radio, Select, Table } from 'antd';
import type { Static } from 'typebox';
import { AttendeeKinds, AttendeeRoles } from '@server/modules/meetings/kinds.js';
import type { MeetingDetail } from '@server/modules/meetings/presenters.js';
import type { BodyView, GroupView, TermView } from '@server/modules/registry/presenters.js';
import { api } from '../../shared/api.js';
import { useApi } from '../../shared/useApi.js';
import { ErrorAlert } from '../../shared/States.js';
import { useAction } from './useAction.js';
import { useSessionsWords } from './words.js';

type Attendee = MeetingDetail['attendees'][number];
type Body = Static<typeof BodyView>;
interface Fields {
  role: string;
  kind: (typeof AttendeeKinds)[number];
  stageId?: number;
  name?: string;
  title?: string;
  count?: number;
  bodyId?: number;
  groupId?: number;
  termId?: number;
}

export function AttendeeLines({ meeting, reload }: { meeting: MeetingDetail; reload: () => Promise<void> }) {
  const { w, lang } = useSessionsWords();
  const action = useAction();
  const [form] = Form.useForm<Fields>();
  const kind = Form.useWatch('kind', form) ?? 'person';
  const bodyId = Form.useWatch('bodyId', form);
  const bodies = useApi<Body[]>('/api/bodies');
  const groups = useApi<Array<Static<typeof GroupView>>>(kind === 'group' && bodyId ? `/api/bodies/${bodyId}/groups` : null);
  const terms = useApi<Array<Static<typeof TermView>>>(kind === 'term' && bodyId ? `/api/bodies/${bodyId}/terms` : null);
  const bodyName = (b: Body) => (lang === 'en' ? b.nameEn : b.name);

  const add = async (f: Fields) => {
    const line = {
      role: f.role,
      kind: f.kind,
      ...(f.stageId ? { stageId: f.stageId } : {}),
      ...(f.kind === 'person' ? { name: f.name!.trim(), ...(f.title?.trim() ? { title: f.title.trim() } : {}), count: f.count ?? 1 } : {}),
      ...(f.kind === 'group' ? { groupId: f.groupId } : {}),
      ...(f.kind === 'term' ? { termId: f.termId } : {}),
    };
    if (await action.run(() => api('POST', `/api/meetings/${meeting.id}/attendees`, lang, line), w('lineAdded'))) {
      form.resetFields(['name', 'title', 'count', 'groupId', 'termId']);
      await reload();
    }
  };
  const remove = async (id: number) => {
    if (await action.run(() => api('DELETE', `/api/meetings/${meeting.id}/attendees/${id}`, lang), w('lineRemoved'))) await reload();
  };

  const describe = (a: Attendee) => {
    if (a.kind === 'person') return [a.name, a.title].filter(Boolean).join(' · ');
    if (a.kind === 'group') return `${a.bodyName ?? ''} ${a.groupName ?? ''}`;
    return lang === 'en' ? `${a.bodyName ?? ''}, term ${a.termOrdinal}` : `${a.bodyName ?? ''}第${a.termOrdinal}届全体`;
  };
  const stageTitle = (id: number | null) => (id === null ? w('wholeMeeting') : (meeting.stages.find((s) => s.id === id)?.title ?? ''));
  const required = [{ required: true, message: w('required') }];

  return (
    <Card title={w('attendees')} size="small" style={{ marginBottom: 16 }} data-testid="attendee-lines">
      <Table<Attendee>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={meeting.attendees}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w('noLines')} /> }}
        columns={[
          { title: w('role'), width: 84, render: (_, a) => w(`role_${a.role}` as 'role_nonvoting') },
          { title: w('line'), render: (_, a) => describe(a) },
          { title: w('count'), width: 84, render: (_, a) => w('persons', { n: a.count }) },
          ...(meeting.stages.length > 0 ? [{ title: w('stage'), width: 96, render: (_: unknown, a: Attendee) => stageTitle(a.stageId) }] : []),
          {
            title: '',
            width: 64,
            render: (_, a) => (
              <Popconfirm title={w('confirmRemove')} okText={w('remove')} cancelText={w('cancel')} onConfirm={() => remove(a.id)}>
                <Button size="small" type="link" danger>{w('remove')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <Form<Fields> form={form} layout="vertical" onFinish={(f) => void add(f)} initialValues={{ role: 'nonvoting', kind: 'person', count: 1 }} style={{ marginTop: 12 }} data-testid="attendee-form">
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Form.Item label={w('role')} name="role" rules={required}>
            <Radio.Group optionType="button" options={AttendeeRoles.map((r) => ({ value: r, label: w(`role_${r}`) }))} />
          </Form.Item>
          <Form.Item label={w('attendeeKind')} name="kind" rules={required}>
            <Radio.Group
              options={[
                { value: 'person', label: w('person') },
                { value: 'group', label: w('group') },
                { value: 'term', label: w('wholeTerm') },
              ]}
              onChange={() => form.resetFields(['bodyId', 'groupId', 'termId'])}
            />
          </Form.Item>
        </div>
        {kind === 'person' ? (
          <div style={{ display: 'flex', gap: 12 }}>
            <Form.Item label={w('name')} name="name" rules={[{ required: true, whitespace: true, message: w('required') }]} style={{ flex: 2 }}>
              <Input maxLength={100} data-testid="attendee-name" />
            </Form.Item>
            <Form.Item label={w('officeTitle')} name="title" style={{ flex: 2 }}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item label={w('count')} name="count" style={{ width: 96 }}>
              <InputNumber min={1} max={10000} data-testid="attendee-count" />
            </Form.Item>
          </div>
        ) : (
          <div style={{ display: 'flex', gap: 12 }}>
            <Form.Item label={w('body')} name="bodyId" rules={required} style={{ flex: 1 }}>
              <Select
                placeholder={w('chooseBody')}
                options={(bodies.data ?? []).filter((b) => kind === 'group' || b.id !== meeting.bodyId).map((b) => ({ value: b.id, label: bodyName(b) }))}
                onChange={() => form.resetFields(['groupId', 'termId'])}
              />
            </Form.Item>
            {kind === 'group' ? (
              <Form.Item label={w('group')} name="groupId" rules={required} style={{ flex: 1 }}>
                <Select placeholder={w('chooseGroup')} loading={groups.loading} showSearch={{ optionFilterProp: 'label' }} options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} />
              </Form.Item>
            ) : (
              <Form.Item label={w('term')} name="termId" rules={required} style={{ flex: 1 }}>
                <Select placeholder={w('chooseTerm')} notFoundContent={w('noTerms')} loading={terms.loading} options={(terms.data ?? []).map((t) => ({ value: t.id, label: lang === 'en' ? t.nameEn : t.name }))} />
              </Form.Item>
            )}
          </div>
        )}
        {meeting.stages.length > 0 && (
          <Form.Item label={w('stage')} name="stageId">
            <Select allowClear placeholder={w('wholeMeeting')} options={meeting.stages.map((s) => ({ value: s.id, label: s.title }))} />
          </Form.Item>
        )}
        <ErrorAlert error={action.error ?? bodies.error ?? groups.error ?? terms.error} />
        <Button htmlType="submit" loading={action.busy} data-testid="attendee-add">{w('addLine')}</Button>
      </Form>
    </Card>
  );
}
