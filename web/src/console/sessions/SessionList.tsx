/** Every session with its body and days; the one in scope marked; create one, change its days. */
import { useState, type HTMLAttributes } from 'react';
import { Button, Card, Space, Table, Tag } from 'antd';
import type { Static } from 'typebox';
import type { BodyView } from '@server/modules/registry/presenters.js';
import { useApi } from '../../shared/useApi.js';
import { ErrorAlert, Nothing } from '../../shared/States.js';
import { useScope, type SessionItem } from '../scope.js';
import { SessionForm } from './SessionForm.js';
import { useSessionsWords } from './words.js';

type Body = Static<typeof BodyView>;

export function SessionList() {
  const { w, lang } = useSessionsWords();
  const scope = useScope();
  const bodies = useApi<Body[]>('/api/bodies');
  // null: closed; 'new': creating; a session: changing its days.
  const [form, setForm] = useState<SessionItem | 'new' | null>(null);
  const bodyName = (id: number) => {
    const b = bodies.data?.find((x) => x.id === id);
    return b ? (lang === 'en' ? b.nameEn : b.name) : '';
  };
  return (
    <Card
      title={w('sessions')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={<Button type="primary" onClick={() => setForm('new')} data-testid="new-session">{w('newSession')}</Button>}
    >
      <ErrorAlert error={bodies.error} retry={() => void bodies.reload()} />
      <Table<SessionItem>
        rowKey="id"
        size="small"
        pagination={false}
        loading={scope.sessions === null}
        dataSource={scope.sessions ?? []}
        locale={{ emptyText: <Nothing text={w('noSessionsYet')} /> }}
        data-testid="session-list"
        onRow={(s) => ({ 'data-testid': `session-${s.id}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: w('sessionName'),
            render: (_, s) => (
              <Space>
                {lang === 'en' ? s.nameEn : s.name}
                {s.id === scope.session?.id && <Tag color="red">{w('inScope')}</Tag>}
              </Space>
            ),
          },
          { title: w('body'), width: 220, render: (_, s) => bodyName(s.bodyId) },
          { title: w('dates'), width: 220, render: (_, s) => <span data-testid="session-dates">{`${s.startDate ?? '—'} ~ ${s.endDate ?? '—'}`}</span> },
          {
            title: w('actions'),
            width: 200,
            render: (_, s) => (
              <Space size="small">
                <Button size="small" type="link" disabled={s.id === scope.session?.id} onClick={() => scope.chooseSession(s.id)}>{w('choose')}</Button>
                <Button size="small" type="link" onClick={() => setForm(s)} data-testid="edit-dates">{w('editDates')}</Button>
              </Space>
            ),
          },
        ]}
      />
      {form && <SessionForm session={form === 'new' ? null : form} bodies={bodies.data ?? []} onClose={() => setForm(null)} />}
    </Card>
  );
}
