/**
 * The console's "units" section (承办答复) for a handling unit's account: only its own assignments,
 * earliest deadline first, filtered by state; one opens in a drawer with the proposal's full text
 * (and, for the lead unit, the co-handlers' opinions) and the form for the written reply.
 */
import { useState } from 'react';
import { Segmented, Table, Tag, Typography } from 'antd';
import type { unitAssignments } from '@server/modules/proposals/unitAssignments.js';
import { AssignmentStates } from '@server/modules/proposals/states.js';
import { isOverdue } from '@server/modules/proposals/rules/deadline.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded, Nothing } from '../../shared/States.js';
import { ASSIGNMENT_STATE, label, numberLabel, ROLE } from '../proposals/labels.js';
import { AssignmentDrawer } from './AssignmentDrawer.js';
import { useUnitWords } from './words.js';

type Mine = Awaited<ReturnType<typeof unitAssignments>>;
type Item = Mine['assignments'][number];

export default function UnitsSection() {
  const { w, lang } = useUnitWords();
  const [state, setState] = useState<string>('open');
  const [openId, setOpenId] = useState<number | null>(null);
  const read = useApi<Mine>(`/api/units/me/assignments${state ? `?state=${state}` : ''}`);
  return (
    <Loaded read={read}>
      {({ unit, assignments }) => (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="unit-name">{w('unit', { name: unit.name })}</Typography.Title>
          <Segmented
            style={{ marginBottom: 16 }}
            value={state}
            onChange={(v) => setState(String(v))}
            options={[...AssignmentStates.map((s) => ({ value: s, label: w(s) })), { value: '', label: w('all') }]}
            data-testid="unit-state"
          />
          {assignments.length === 0 ? (
            <Nothing text={w('none')} />
          ) : (
            <Table<Item>
              rowKey="id"
              size="middle"
              dataSource={assignments}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              onRow={(a) => ({ onClick: () => setOpenId(a.id), style: { cursor: 'pointer' }, 'data-testid': `assignment-${a.id}` }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: w('number'), key: 'n', width: 150, render: (_, a) => <Typography.Text strong>{numberLabel(a.proposal, lang)}</Typography.Text> },
                { title: w('title'), key: 't', render: (_, a) => <Typography.Link>{a.proposal.title}</Typography.Link> },
                { title: w('role'), dataIndex: 'role', width: 90, render: (r: string) => label(ROLE, lang, r) },
                { title: w('round'), dataIndex: 'round', width: 80, render: (n: number) => w('roundN', { n }) },
                { title: w('deadline'), dataIndex: 'deadline', width: 180, render: (d: string, a) => <>{d} {a.state === 'open' && isOverdue(d, new Date()) && <Tag color="red">{w('overdue')}</Tag>}</> },
                { title: w('state'), dataIndex: 'state', width: 100, render: (s: string) => <Tag color={s === 'open' ? 'gold' : s === 'replied' ? 'green' : 'default'}>{label(ASSIGNMENT_STATE, lang, s)}</Tag> },
              ]}
            />
          )}
          {openId !== null && (
            <AssignmentDrawer
              id={openId}
              onClose={() => setOpenId(null)}
              onReplied={() => void read.reload()}
            />
          )}
        </>
      )}
    </Loaded>
  );
}
