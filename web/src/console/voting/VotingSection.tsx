/**
 * The console's "voting" section (表决) for the sitting in scope: its motions, live; a new motion
 * from an agenda item; the chosen motion opened, watched (votes cast, never their content), closed,
 * and its result, which the hall screen shows as the announcement.
 */
import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import type { Static } from 'typebox';
import type { MeetingDetailView } from '@server/modules/meetings/presenters.js';
import type { BodyView } from '@server/modules/registry/presenters.js';
import type { BodyKind } from '@server/modules/registry/kinds.js';
import { NeedsScope } from '../Console.js';
import { useScope } from '../scope.js';
import { ErrorAlert, Loading, Nothing } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { CreateMotion } from './CreateMotion.js';
import { MotionPanel, StatusTag } from './MotionPanel.js';
import { useMotions, type Motion } from './useMotions.js';
import { useVotingWords } from './words.js';

type MeetingDetail = Static<typeof MeetingDetailView>;
type Body = Static<typeof BodyView>;

function Motions({ meetingId }: { meetingId: number }) {
  const { w, lang } = useVotingWords();
  const live = useMotions(meetingId, lang);
  const detail = useApi<MeetingDetail>(`/api/meetings/${meetingId}`);
  const bodies = useApi<Body[]>('/api/bodies');
  const [chosen, setChosen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const bodyKind = (bodies.data?.find((b) => b.id === detail.data?.bodyId)?.kind ?? null) as BodyKind | null;

  if (live.motions === null) return live.error ? <ErrorAlert error={live.error} /> : <Loading />;
  const motions = live.motions;
  const open = motions.filter((m) => m.status === 'open').at(-1) ?? null;
  // The chosen one, else the one being voted on, else the latest.
  const shown = motions.find((m) => m.id === chosen) ?? open ?? motions.at(-1) ?? null;
  const changed = (m: Motion) => {
    live.upsert(m);
    setChosen(m.id);
  };
  const agenda = detail.data?.agenda ?? [];
  const agendaTitle = (id: number | null) => agenda.find((a) => a.id === id)?.title;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ErrorAlert error={live.error} />
      <ErrorAlert error={detail.error} retry={() => void detail.reload()} />
      {live.connection === 'reconnecting' && <Alert type="warning" showIcon title={w('reconnecting')} />}
      <Card
        title={w('motions')}
        extra={
          <Button type="primary" className="no-print" onClick={() => setCreating(true)} disabled={!detail.data} data-testid="new-motion">
            {w('newMotion')}
          </Button>
        }
        styles={{ body: { padding: motions.length ? 0 : undefined } }}
      >
        {motions.length === 0 ? (
          <Nothing text={w('noMotions')} />
        ) : (
          <Table<Motion>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={motions}
            data-testid="motions"
            rowClassName={(m) => (m.id === shown?.id ? 'ant-table-row-selected' : '')}
            onRow={(m) => ({ onClick: () => setChosen(m.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: w('no'), width: 64, render: (_v, _m, i) => i + 1 },
              {
                title: w('title'),
                render: (_v, m) => (
                  <>
                    <Typography.Text strong>{m.title}</Typography.Text>
                    {m.agendaItemId !== null && agendaTitle(m.agendaItemId) !== m.title && <div><Typography.Text type="secondary">{agendaTitle(m.agendaItemId)}</Typography.Text></div>}
                  </>
                ),
              },
              { title: w('kind'), width: 120, render: (_v, m) => w(m.kind) },
              { title: w('status'), width: 100, render: (_v, m) => <StatusTag motion={m} /> },
              {
                title: w('castLabel'),
                width: 140,
                render: (_v, m) =>
                  m.status === 'open' ? `${live.cast[m.id] ?? 0} / ${live.present ?? '—'}` : m.result ? `${m.result.yes + m.result.no + m.result.abstain} / ${m.result.present}` : '—',
              },
            ]}
          />
        )}
      </Card>
      {shown && <MotionPanel key={shown.id} motion={shown} otherOpen={open && open.id !== shown.id ? open : null} cast={live.cast[shown.id] ?? 0} present={live.present} bodyKind={bodyKind} onChanged={changed} />}
      {creating && (
        <CreateMotion
          meetingId={meetingId}
          agenda={agenda}
          bodyKind={bodyKind}
          onClose={() => setCreating(false)}
          onCreated={(m) => {
            setCreating(false);
            changed(m);
          }}
        />
      )}
    </Space>
  );
}

export default function VotingSection() {
  const { meeting } = useScope();
  if (!meeting) return <NeedsScope what="meeting" />;
  return <Motions key={meeting.id} meetingId={meeting.id} />;
}
