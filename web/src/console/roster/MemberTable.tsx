/**
 * The term's roster, a page at a time from the server: search by name, number or pinyin
 * initials (the server's search), filter by group and status, select members across pages.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../shared/useApi.js';
import { ErrorAlert, Nothing } from '../../shared/States.js';
import { groupWord, ROLES, STATUS_COLORS, STATUSES } from './labels.js';
import type { Group, Member, MemberPage, MembershipRole, MembershipStatus } from './types.js';
import { useRosterWords } from './words.js';

export interface TableTools {
  selected: Member[];
  group: Group | null;
  clearSelection(): void;
}

interface Props {
  termId: number;
  groups: Group[];
  /** Bumped to read the page again (after an import or an edit). */
  version: number;
  onEdit: ((member: Member) => void) | null;
  /** Actions on the selection or the chosen group, shown above the table. */
  tools?: (tools: TableTools) => ReactNode;
}

export function MemberTable({ termId, groups, version, onEdit, tools }: Props) {
  const { w } = useRosterWords();
  const [q, setQ] = useState('');
  const [groupId, setGroupId] = useState<number | null>(null);
  const [status, setStatus] = useState<MembershipStatus | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [selected, setSelected] = useState<Map<number, Member>>(new Map());

  const params = new URLSearchParams({ limit: String(pageSize), offset: String((page - 1) * pageSize) });
  if (q) params.set('q', q);
  if (groupId !== null) params.set('groupId', String(groupId));
  if (status !== null) params.set('status', status);
  const read = useApi<MemberPage>(`/api/terms/${termId}/members?${params.toString()}`);
  // An import or an edit elsewhere: the same page, read again.
  const { reload } = read;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void reload();
  }, [version, reload]);
  const members = read.data?.members ?? [];
  const filtered = q !== '' || groupId !== null || status !== null;

  const select = (rows: Member[], on: boolean) =>
    setSelected((before) => {
      const next = new Map(before);
      for (const m of rows) {
        if (on) next.set(m.membershipId, m);
        else next.delete(m.membershipId);
      }
      return next;
    });

  const word = groupWord(groups);
  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} className="no-print">
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={w('search')}
            style={{ width: 260 }}
            onSearch={(text) => {
              setQ(text.trim());
              setPage(1);
            }}
            data-testid="roster-search"
          />
          <Select<number>
            style={{ minWidth: 180 }}
            allowClear
            placeholder={w('allGroups')}
            value={groupId ?? undefined}
            onChange={(id) => {
              setGroupId(id ?? null);
              setPage(1);
            }}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={w(word)}
            data-testid="roster-group"
          />
          <Select<MembershipStatus>
            style={{ minWidth: 120 }}
            allowClear
            placeholder={w('allStatuses')}
            value={status ?? undefined}
            onChange={(s) => {
              setStatus(s ?? null);
              setPage(1);
            }}
            options={(Object.keys(STATUSES) as MembershipStatus[]).map((s) => ({ value: s, label: w(STATUSES[s]) }))}
            aria-label={w('status')}
          />
        </Space>
        {tools?.({ selected: [...selected.values()], group: groups.find((g) => g.id === groupId) ?? null, clearSelection: () => setSelected(new Map()) })}
      </Space>
      <ErrorAlert error={read.error} retry={() => void read.reload()} />
      <Table<Member>
        size="middle"
        rowKey="membershipId"
        loading={read.loading}
        dataSource={members}
        data-testid="roster-table"
        locale={{ emptyText: <Nothing text={filtered ? w('none') : w('empty')} /> }}
        rowSelection={{
          selectedRowKeys: [...selected.keys()],
          onSelect: (member, on) => select([member], on),
          onSelectAll: (on, _rows, changed) => select(on ? members : changed, on),
        }}
        pagination={{
          current: page,
          pageSize,
          total: read.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => <span data-testid="roster-total">{w('total', { n })}</span>,
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
        columns={[
          { title: w('key'), dataIndex: 'key', width: 110 },
          { title: w('name'), dataIndex: 'name', width: 110, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          { title: w('gender'), dataIndex: 'gender', width: 80 },
          { title: w('ethnicity'), dataIndex: 'ethnicity', width: 84 },
          { title: w('birth'), dataIndex: 'birth', width: 96 },
          { title: w(word), dataIndex: 'groupName', width: 150 },
          { title: w('title'), dataIndex: 'title', ellipsis: true, minWidth: 160 },
          { title: w('role'), dataIndex: 'role', width: 100, render: (role: MembershipRole) => (role === 'member' ? null : w(ROLES[role])) },
          { title: w('status'), dataIndex: 'status', width: 80, render: (s: MembershipStatus) => <Tag color={STATUS_COLORS[s]}>{w(STATUSES[s])}</Tag> },
          ...(onEdit
            ? [{ title: w('actions'), key: 'actions', width: 80, render: (_: unknown, m: Member) => <Button type="link" size="small" onClick={() => onEdit(m)} data-testid={`edit-${m.membershipId}`}>{w('edit')}</Button> }]
            : []),
        ]}
      />
    </>
  );
}
