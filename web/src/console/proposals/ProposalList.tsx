/**
 * A session's proposals as a table: filters by kind, status, category and source, and the server's
 * full-text search over title and body; paged by the server. Each row names its lead proposer (and
 * how many signed) from the list itself, else the group or organisation that submitted. `queue` shows only those awaiting
 * review (or the presidium, or assignment for suggestions). A row opens the proposal's drawer.
 */
import { useState } from 'react';
import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Static } from 'typebox';
import type { Permission } from '@server/server/permissions.js';
import type { ProposalListItemView } from '@server/modules/proposals/presenters.js';
import { ProposalKinds, ProposalStatuses, SourceKinds } from '@server/modules/proposals/states.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded, Nothing } from '../../shared/States.js';
import type { SessionItem } from '../scope.js';
import { KIND, label, numberLabel, SOURCE, STATUS, STATUS_COLOR, statusLabel } from './labels.js';
import { ProposalDrawer } from './ProposalDrawer.js';
import { useProposalWords } from './words.js';

export type Summary = Static<typeof ProposalListItemView>;
export interface Settings {
  categories: string[];
  declineReasons: Array<{ id: string; label: string }>;
}

const PAGE = 20;

interface Filters {
  kind?: string;
  status?: string;
  category?: string;
  sourceKind?: string;
  q?: string;
}

function query(f: Filters, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) params.set(k, v as string);
  params.set('limit', String(PAGE));
  params.set('offset', String((page - 1) * PAGE));
  return params.toString();
}

export function ProposalList({ session, permissions, queue = false }: { session: SessionItem; permissions: readonly Permission[]; queue?: boolean }) {
  const { w, lang } = useProposalWords();
  const [filters, setFilters] = useState<Filters>(queue ? { status: 'submitted' } : {});
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useApi<{ total: number; proposals: Summary[] }>(`/api/sessions/${session.id}/proposals?${query(filters, page)}`);
  const settings = useApi<Settings>(`/api/bodies/${session.bodyId}/proposal-settings`);
  const groups = useApi<Array<{ id: number; name: string }>>(permissions.includes('registry.view') ? `/api/bodies/${session.bodyId}/groups` : null);
  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const source = (p: Summary) =>
    p.lead !== null
      ? p.signerCount > 1 ? w('leadAndOthers', { lead: p.lead, n: p.signerCount, others: p.signerCount - 1 }) : p.lead
      : (p.sourceName ?? groups.data?.find((g) => g.id === p.groupId)?.name ?? label(SOURCE, lang, p.sourceKind));
  const options = <T extends string>(ids: readonly T[], set: Parameters<typeof label>[0]) => ids.map((id) => ({ value: id, label: label(set, lang, id) }));

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }} className="no-print">
        <Select allowClear style={{ width: 120 }} placeholder={w('allKinds')} value={filters.kind} onChange={(kind?: string) => set({ kind })} options={options(ProposalKinds, KIND)} aria-label={w('kind')} />
        {!queue && (
          <Select allowClear style={{ width: 160 }} placeholder={w('allStatuses')} value={filters.status} onChange={(status?: string) => set({ status })} options={options(ProposalStatuses, STATUS)} aria-label={w('status')} data-testid="filter-status" />
        )}
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={w('allCategories')}
          value={filters.category}
          onChange={(category?: string) => set({ category })}
          options={(settings.data?.categories ?? []).map((c) => ({ value: c, label: c }))}
          aria-label={w('category')}
        />
        <Select allowClear style={{ width: 150 }} placeholder={w('allSources')} value={filters.sourceKind} onChange={(sourceKind?: string) => set({ sourceKind })} options={options(SourceKinds, SOURCE)} aria-label={w('source')} />
        <Input.Search allowClear style={{ width: 260 }} placeholder={w('search')} onSearch={(q) => set({ q: q.trim() || undefined })} aria-label={w('search')} data-testid="proposal-search" />
      </Space>
      <Loaded read={list}>
        {({ total, proposals }) =>
          total === 0 ? (
            <Nothing text={queue ? w('noneToReview') : w('none')} />
          ) : (
            <Table<Summary>
              rowKey="id"
              size="middle"
              dataSource={proposals}
              loading={list.loading}
              onRow={(p) => ({ onClick: () => setOpenId(p.id), style: { cursor: 'pointer' }, 'data-testid': `proposal-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
              pagination={{ current: page, pageSize: PAGE, total, onChange: setPage, showSizeChanger: false, showTotal: (n) => w('total', { n }) }}
              columns={[
                { title: w('number'), key: 'number', width: 150, render: (_, p) => <Typography.Text strong>{numberLabel(p, lang)}</Typography.Text> },
                { title: w('title'), dataIndex: 'title', render: (title: string) => <Typography.Link>{title}</Typography.Link> },
                { title: w('proposers'), key: 'proposers', width: 220, render: (_, p) => <span data-testid="proposal-proposers">{source(p)}</span> },
                { title: w('category'), dataIndex: 'category', width: 120 },
                { title: w('status'), key: 'status', width: 140, render: (_, p) => <Tag color={STATUS_COLOR[p.status]} data-testid="proposal-status">{statusLabel(p, lang)}</Tag> },
              ]}
            />
          )
        }
      </Loaded>
      {openId !== null && (
        <ProposalDrawer
          id={openId}
          session={session}
          permissions={permissions}
          settings={settings.data}
          onClose={() => setOpenId(null)}
          onChanged={() => void list.reload()}
        />
      )}
    </>
  );
}
