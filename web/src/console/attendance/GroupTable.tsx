/** The figures per group (delegation or sector), with the attendance rate, and the total line. */
import { Table } from 'antd';
import type { GroupCounts, MeetingCounts } from '@server/modules/attendance/counts.js';
import { useAttendanceWords } from './words.js';

const rate = (g: { expected: number; present: number }) => (g.expected === 0 ? '—' : `${((g.present / g.expected) * 100).toFixed(1)}%`);

export function GroupTable({ counts }: { counts: MeetingCounts }) {
  const { w } = useAttendanceWords();
  const number = (key: 'expected' | 'present' | 'leave' | 'absent') => ({ title: w(key), dataIndex: key, align: 'right' as const, width: 64 });
  return (
    <Table<GroupCounts>
      size="small"
      pagination={false}
      rowKey={(g) => g.groupId ?? 0}
      dataSource={counts.groups}
      data-testid="group-table"
      columns={[
        { title: w('group'), dataIndex: 'name', className: 'attendance-group-name', render: (name: string | null) => name ?? w('noGroup') },
        number('expected'),
        number('present'),
        number('leave'),
        number('absent'),
        { title: w('rate'), key: 'rate', align: 'right', width: 76, render: (_, g) => rate(g) },
      ]}
      summary={() => (
        <Table.Summary.Row style={{ fontWeight: 600 }}>
          <Table.Summary.Cell index={0}>{w('total')}</Table.Summary.Cell>
          {(['expected', 'present', 'leave', 'absent'] as const).map((k, i) => (
            <Table.Summary.Cell key={k} index={i + 1} align="right">{counts[k]}</Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={5} align="right">{rate(counts)}</Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
