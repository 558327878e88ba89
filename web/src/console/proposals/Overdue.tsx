/** The session's open assignments past their deadline, earliest first, with the days overdue. */
import { Table, Tag } from 'antd';
import type { Static } from 'typebox';
import type { AssignmentView, ProposalSummaryView } from '@server/modules/proposals/presenters.js';
import { localDay } from '@server/modules/proposals/rules/deadline.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded, Nothing } from '../../shared/States.js';
import { label, numberLabel, ROLE, when } from './labels.js';
import { useProposalWords } from './words.js';

/** An overdue assignment as the server lists it: the assignment and its proposal's number and title. */
type OverdueItem = Static<typeof AssignmentView> & { proposal: Pick<Static<typeof ProposalSummaryView>, 'kind' | 'number' | 'title'> };

/** Whole days from the deadline day to today, in China Standard Time as the server counts. */
function daysPast(deadline: string, now = new Date()): number {
  return Math.round((Date.parse(localDay(now)) - Date.parse(deadline)) / 86_400_000);
}

export function Overdue({ sessionId }: { sessionId: number }) {
  const { w, lang } = useProposalWords();
  const read = useApi<OverdueItem[]>(`/api/sessions/${sessionId}/proposals/overdue`);
  return (
    <Loaded read={read}>
      {(rows) =>
        rows.length === 0 ? (
          <Nothing text={w('overdueNone')} />
        ) : (
          <Table<OverdueItem>
            rowKey="id"
            size="middle"
            dataSource={rows}
            pagination={false}
            data-testid="overdue"
            columns={[
              { title: w('number'), key: 'n', width: 150, render: (_, a) => numberLabel(a.proposal, lang) },
              { title: w('title'), key: 't', render: (_, a) => a.proposal.title },
              { title: w('unit'), dataIndex: 'unitName', width: 200 },
              { title: w('role'), dataIndex: 'role', width: 80, render: (r: string) => label(ROLE, lang, r) },
              { title: w('assignedAt'), dataIndex: 'assignedAt', width: 150, render: (at: string) => when(at) },
              { title: w('deadline'), dataIndex: 'deadline', width: 170, render: (d: string) => <>{d} <Tag color="red">{w('overdueDays', { n: daysPast(d) })}</Tag></> },
            ]}
          />
        )
      }
    </Loaded>
  );
}
