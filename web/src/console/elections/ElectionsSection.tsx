/**
 * The console's "elections" section (选举) for the sitting in scope: its elections; a new one;
 * the chosen one's candidates, rounds, the counting teams' entries, and the verdicts with their
 * announcements. Rounds opened and closed at another desk arrive on the meeting's stream.
 */
import { useState } from 'react';
import { Button, Card, Space, Table, Tag } from 'antd';
import type { Static } from 'typebox';
import type { MeetingDetailView } from '@server/modules/meetings/presenters.js';
import { NeedsScope } from '../Console.js';
import { useScope } from '../scope.js';
import { ErrorAlert, Loaded, Nothing } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { useMeetingStream } from '../../shared/useMeetingStream.js';
import { CreateElection } from './CreateElection.js';
import { ElectionDetail, StateTag } from './ElectionDetail.js';
import type { Election } from './types.js';
import { useElectionWords } from './words.js';

type MeetingDetail = Static<typeof MeetingDetailView>;

function Elections({ meetingId }: { meetingId: number }) {
  const { w } = useElectionWords();
  const list = useApi<Election[]>(`/api/meetings/${meetingId}/elections`);
  const detail = useApi<MeetingDetail>(`/api/meetings/${meetingId}`);
  const [chosen, setChosen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [tick, setTick] = useState(0);
  const bump = () => {
    setTick((t) => t + 1);
    void list.reload();
  };
  useMeetingStream(meetingId, { resync: async () => bump(), events: { 'election.roundOpened': bump, 'election.closed': bump } });

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ErrorAlert error={detail.error} retry={() => void detail.reload()} />
      <Loaded read={list}>
        {(elections) => {
          const shown = elections.find((e) => e.id === chosen) ?? elections.find((e) => e.state === 'voting') ?? elections.at(-1) ?? null;
          return (
            <>
              <Card
                title={w('elections')}
                extra={<Button type="primary" className="no-print" onClick={() => setCreating(true)} data-testid="new-election">{w('newElection')}</Button>}
                styles={{ body: { padding: elections.length ? 0 : undefined } }}
              >
                {elections.length === 0 ? (
                  <Nothing text={w('noElections')} />
                ) : (
                  <Table<Election>
                    rowKey="id"
                    size="middle"
                    pagination={false}
                    dataSource={elections}
                    data-testid="elections"
                    rowClassName={(e) => (e.id === shown?.id ? 'ant-table-row-selected' : '')}
                    onRow={(e) => ({ onClick: () => setChosen(e.id), style: { cursor: 'pointer' } })}
                    columns={[
                      { title: w('office'), dataIndex: 'office' },
                      { title: w('seats'), dataIndex: 'seats', width: 100 },
                      { title: w('candidates'), width: 110, render: (_v, e) => e.candidates.length },
                      { title: '', width: 90, render: (_v, e) => <Tag color={e.contested ? 'orange' : 'blue'}>{e.contested ? w('contested') : w('uncontested')}</Tag> },
                      { title: '', width: 120, render: (_v, e) => <StateTag state={e.state} /> },
                    ]}
                  />
                )}
              </Card>
              {shown && <ElectionDetail key={shown.id} electionId={shown.id} tick={tick} onChanged={() => void list.reload()} />}
            </>
          );
        }}
      </Loaded>
      {creating && (
        <CreateElection
          meetingId={meetingId}
          agenda={detail.data?.agenda ?? []}
          onClose={() => setCreating(false)}
          onCreated={(e) => {
            setCreating(false);
            setChosen(e.id);
            void list.reload();
          }}
        />
      )}
    </Space>
  );
}

export default function ElectionsSection() {
  const { meeting } = useScope();
  if (!meeting) return <NeedsScope what="meeting" />;
  return <Elections key={meeting.id} meetingId={meeting.id} />;
}
