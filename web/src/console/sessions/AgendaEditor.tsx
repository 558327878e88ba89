/**
 * The sitting's agenda as an ordered list edited in place: add, change, move up or down, remove,
 * then save the whole list (PUT /api/meetings/:id/agenda). Kept items carry their id, so what
 * refers to them (a vote) still does. The server judges the list; its refusal is shown as it says.
 */
import { useState } from 'react';
import { Button, Card, Empty, Input, Select, Space, Tag, Tooltip } from 'antd';
import { AgendaKinds } from '@server/modules/meetings/kinds.js';
import type { MeetingDetail } from '@server/modules/meetings/presenters.js';
import { api } from '../../shared/api.js';
import { ErrorAlert } from '../../shared/States.js';
import { useAction } from './useAction.js';
import { useSessionsWords } from './words.js';

interface Item {
  /** A key for React: the stored id, or a new one's. */
  key: string;
  id?: number;
  kind: string;
  title: string;
  speaker: string;
  stageId: number | null;
}

let fresh = 0;

export function AgendaEditor({ meeting, reload }: { meeting: MeetingDetail; reload: () => Promise<void> }) {
  const { w, lang } = useSessionsWords();
  const action = useAction();
  const stored = meeting.agenda.map((a): Item => ({ key: `id-${a.id}`, id: a.id, kind: a.kind, title: a.title, speaker: a.speaker ?? '', stageId: a.stageId }));
  const [items, setItems] = useState<Item[]>(stored);
  // Empty titles are marked once a save was tried, rather than sent to be refused.
  const [tried, setTried] = useState(false);
  const dirty = JSON.stringify(items) !== JSON.stringify(stored);

  const change = (i: number, patch: Partial<Item>) => setItems((list) => list.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const move = (i: number, by: -1 | 1) =>
    setItems((list) => {
      const next = [...list];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });
  const add = () => setItems((list) => [...list, { key: `new-${++fresh}`, kind: 'report', title: '', speaker: '', stageId: list.at(-1)?.stageId ?? null }]);

  const save = async () => {
    setTried(true);
    if (items.some((it) => !it.title.trim())) return;
    const body = {
      items: items.map((it) => ({
        ...(it.id === undefined ? {} : { id: it.id }),
        kind: it.kind,
        title: it.title.trim(),
        ...(it.speaker.trim() ? { speaker: it.speaker.trim() } : {}),
        ...(it.stageId === null ? {} : { stageId: it.stageId }),
      })),
    };
    if (await action.run(() => api('PUT', `/api/meetings/${meeting.id}/agenda`, lang, body), w('agendaSaved'))) await reload();
  };

  const stages = [{ value: 0, label: w('wholeMeeting') }, ...meeting.stages.map((s) => ({ value: s.id, label: s.title }))];
  return (
    <Card
      title={w('agenda')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="agenda-editor"
      extra={
        <Space>
          {dirty && <Tag color="orange">{w('agendaDirty')}</Tag>}
          <Button onClick={add} data-testid="agenda-add">{w('addItem')}</Button>
          <Button type="primary" onClick={() => void save()} loading={action.busy} data-testid="agenda-save">{w('saveAgenda')}</Button>
        </Space>
      }
    >
      <ErrorAlert error={action.error} />
      {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w('noAgenda')} />}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((it, i) => (
          <li key={it.key} data-testid="agenda-row" style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
            <span style={{ width: 24, textAlign: 'right', color: '#888' }}>{i + 1}.</span>
            <Select value={it.kind} onChange={(kind) => change(i, { kind })} style={{ width: 130 }} options={AgendaKinds.map((k) => ({ value: k, label: w(`agenda_${k}`) }))} aria-label={w('kind')} />
            <Input value={it.title} onChange={(e) => change(i, { title: e.target.value })} placeholder={w('itemTitle')} maxLength={200} style={{ flex: 1 }} status={tried && !it.title.trim() ? 'error' : undefined} aria-label={w('itemTitle')} data-testid="agenda-title" />
            <Input value={it.speaker} onChange={(e) => change(i, { speaker: e.target.value })} placeholder={w('speaker')} maxLength={100} style={{ width: 240 }} aria-label={w('speaker')} />
            {meeting.stages.length > 0 && (
              <Select value={it.stageId ?? 0} onChange={(v) => change(i, { stageId: v === 0 ? null : v })} style={{ width: 110 }} options={stages} aria-label={w('stage')} />
            )}
            <Tooltip title={w('moveUp')}>
              <Button size="small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={w('moveUp')}>↑</Button>
            </Tooltip>
            <Tooltip title={w('moveDown')}>
              <Button size="small" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={w('moveDown')}>↓</Button>
            </Tooltip>
            <Button size="small" danger onClick={() => setItems((list) => list.filter((_, j) => j !== i))} aria-label={w('remove')}>{w('remove')}</Button>
          </li>
        ))}
      </ol>
    </Card>
  );
}
