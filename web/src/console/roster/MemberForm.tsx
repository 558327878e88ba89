/**
 * One member's details in a drawer, saved with PATCH /api/memberships/:id: only the fields
 * changed are sent, a field emptied is cleared. A refusal shows the server's message in the
 * user's language and the drawer stays open.
 */
import { useState } from 'react';
import { AutoComplete, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { api } from '../../shared/api.js';
import { ErrorAlert } from '../../shared/States.js';
import { groupWord, ROLES, STATUSES } from './labels.js';
import type { Group, Member, MemberPatch, MembershipRole, MembershipStatus } from './types.js';
import { useRosterWords } from './words.js';

interface Values {
  name: string;
  gender: '男' | '女' | null;
  ethnicity: string;
  birth: string;
  group: string;
  title: string;
  role: MembershipRole;
  status: MembershipStatus;
  startDate: string;
  endDate: string;
}

function valuesOf(m: Member): Values {
  return {
    name: m.name,
    gender: m.gender === '男' || m.gender === '女' ? m.gender : null,
    ethnicity: m.ethnicity ?? '',
    birth: m.birth ?? '',
    group: m.groupName ?? '',
    title: m.title ?? '',
    role: m.role as MembershipRole,
    status: m.status as MembershipStatus,
    startDate: m.startDate ?? '',
    endDate: m.endDate ?? '',
  };
}

/** The fields that differ from what is stored; an emptied text field becomes null (cleared). */
export function changesOf(before: Values, after: Values): MemberPatch {
  const patch: Record<string, unknown> = {};
  for (const field of Object.keys(before) as (keyof Values)[]) {
    const raw = after[field] ?? (field === 'gender' ? null : '');
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === before[field]) continue;
    patch[field] = value === '' && field !== 'name' ? null : value;
  }
  return patch as MemberPatch;
}

interface Props {
  member: Member | null;
  groups: Group[];
  onClose(): void;
  onSaved(member: Member): void;
}

export function MemberForm({ member, groups, onClose, onSaved }: Props) {
  const { w, lang } = useRosterWords();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function save(values: Values) {
    if (!member) return;
    const patch = changesOf(valuesOf(member), values);
    if (Object.keys(patch).length === 0) return onClose();
    setSaving(true);
    setError(null);
    try {
      onSaved(await api<Member>('PATCH', `/api/memberships/${member.membershipId}`, lang, patch));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open={member !== null}
      onClose={onClose}
      size={480}
      title={member ? w('editTitle', { name: member.name }) : null}
      destroyOnHidden
      afterOpenChange={(open) => {
        if (!open) setError(null);
      }}
      extra={
        <Space>
          <Button onClick={onClose}>{w('cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="member-save">
            {w('save')}
          </Button>
        </Space>
      }
    >
      {member && (
        <Form<Values> form={form} layout="vertical" initialValues={valuesOf(member)} onFinish={(v) => void save(v)} data-testid="member-form">
          <ErrorAlert error={error} />
          <Form.Item label={w('key')}>
            <Input value={member.key} disabled />
          </Form.Item>
          <Form.Item name="name" label={w('name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Space.Compact block>
            <Form.Item name="gender" label={w('gender')} style={{ width: '50%' }}>
              <Select allowClear options={[{ value: '男', label: '男' }, { value: '女', label: '女' }]} />
            </Form.Item>
            <Form.Item name="ethnicity" label={w('ethnicity')} style={{ width: '50%', paddingLeft: 12 }}>
              <Input maxLength={20} />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="birth" label={w('birth')} extra={w('birthFormat')}>
            <Input placeholder="1968-05" />
          </Form.Item>
          <Form.Item name="group" label={w(groupWord(groups))}>
            <AutoComplete options={groups.map((g) => ({ value: g.name }))} filterOption={(text, option) => String(option?.value).includes(text)} allowClear />
          </Form.Item>
          <Form.Item name="title" label={w('title')}>
            <Input.TextArea autoSize maxLength={200} />
          </Form.Item>
          <Space.Compact block>
            <Form.Item name="role" label={w('role')} style={{ width: '50%' }}>
              <Select options={(Object.keys(ROLES) as MembershipRole[]).map((r) => ({ value: r, label: w(ROLES[r]) }))} />
            </Form.Item>
            <Form.Item name="status" label={w('status')} style={{ width: '50%', paddingLeft: 12 }}>
              <Select options={(Object.keys(STATUSES) as MembershipStatus[]).map((s) => ({ value: s, label: w(STATUSES[s]) }))} />
            </Form.Item>
          </Space.Compact>
          <Space.Compact block>
            <Form.Item name="startDate" label={w('startDate')} extra={w('dateFormat')} style={{ width: '50%' }}>
              <Input placeholder="2023-01-01" />
            </Form.Item>
            <Form.Item name="endDate" label={w('endDate')} extra={w('dateFormat')} style={{ width: '50%', paddingLeft: 12 }}>
              <Input placeholder="2028-01-01" />
            </Form.Item>
          </Space.Compact>
        </Form>
      )}
    </Drawer>
  );
}
