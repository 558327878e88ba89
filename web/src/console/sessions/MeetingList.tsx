/** The sittings of the session in scope, in order: create one, edit one, make one the sitting in scope. */
import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Space, Table, Tag } from 'antd';
import { navigate } from '../../shared/navigate.js';
import { Nothing } from '../../shared/States.js';
import { NeedsScope } from '../Console.js';
import { useScope, type MeetingItem } from '../scope.js';
import { MeetingForm } from './MeetingForm.js';
import { shownMoment } from './moments.js';
import { useSessionsWords } from './words.js';

export function MeetingList() {
  const { w, lang } = useSessionsWords();
  const scope = useScope();
  const [form, setForm] = useState<MeetingItem | 'new' | null>(null);
  const { session } = scope;
  if (!session) return <NeedsScope what="session" />;
  return (
    <Card
      title={w('sittingsOf', { name: lang === 'en' ? session.nameEn : session.name })}
      size="small"
      extra={<Button type="primary" onClick={() => setForm('new')} data-testid="new-sitting">{w('newSitting')}</Button>}
    >
      <Table<MeetingItem>
        rowKey="id"
        size="small"
        pagination={false}
        loading={scope.meetings === null}
        dataSource={scope.meetings ?? []}
        locale={{ emptyText: <Nothing text={w('noSittings')} /> }}
        data-testid="sitting-list"
        onRow={(m) => ({ 'data-testid': `sitting-${m.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: '#', dataIndex: 'ordinal', width: 48 },
          {
            title: w('title'),
            render: (_, m) => (
              <Space>
                {m.title}
                {m.id === scope.meeting?.id && <Tag color="red">{w('inScope')}</Tag>}
              </Space>
            ),
          },
          { title: w('kind'), width: 120, render: (_, m) => w(`kind_${m.kind}` as 'kind_plenary') },
          { title: w('startsAt'), width: 160, render: (_, m) => shownMoment(m.startsAt) },
          { title: w('venue'), width: 180, render: (_, m) => m.venue ?? '—' },
          {
            title: w('actions'),
            width: 240,
            render: (_, m) => (
              <Space size="small">
                <Button size="small" type="link" disabled={m.id === scope.meeting?.id} onClick={() => scope.chooseMeeting(m.id)}>{w('choose')}</Button>
                <Button size="small" type="link" onClick={() => setForm(m)}>{w('edit')}</Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    scope.chooseMeeting(m.id);
                    navigate('/console/sessions/meeting');
                  }}
                >
                  {w('open')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {form && <MeetingForm sessionId={session.id} meeting={form === 'new' ? null : form} onClose={() => setForm(null)} />}
    </Card>
  );
}
