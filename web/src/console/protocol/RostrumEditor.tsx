/**
 * Seats the rostrum of a sitting (PUT /api/meetings/:id/rostrum): rows from the front, each a list
 * in protocol order of members picked from the roster by search, or leaders named with their title.
 * While editing, the seats as the audience will see them come from the server's own ordering
 * (POST /api/protocol/rostrum), so the preview is the convention the chart will use.
 */
import { useEffect, useState } from 'react';
import { Button, Card, Input, Space, Tag, Typography } from 'antd';
import type { Static } from 'typebox';
import type { RostrumRowOut } from '@server/modules/meetings/presenters.js';
import type { RostrumView } from '@server/modules/seating/presenters.js';
import { api } from '../../shared/api.js';
import { ErrorAlert } from '../../shared/States.js';
import { MemberPicker } from './MemberPicker.js';
import { useProtocolWords } from './words.js';

type Chart = Static<typeof RostrumView>;
export type Seat = { membershipId: number; name: string; title: string | null } | { membershipId: null; name: string; title: string };

const seatsOf = (rows: RostrumRowOut[]): Seat[][] =>
  rows.map((r) => r.people.map((p) => (p.membershipId === null ? { membershipId: null, name: p.name, title: p.title ?? '' } : { membershipId: p.membershipId, name: p.name, title: p.title })));

const payload = (rows: Seat[][]) => ({
  rows: rows.filter((r) => r.length > 0).map((r) => r.map((s) => (s.membershipId === null ? { name: s.name, title: s.title } : { membershipId: s.membershipId }))),
});

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** The draft's seats as the audience sees them, back row on top, as the server orders them. */
function Preview({ rows }: { rows: Seat[][] }) {
  const { w, lang } = useProtocolWords();
  const [chart, setChart] = useState<Chart | null>(null);
  const [error, setError] = useState<unknown>(null);
  const filled = rows.filter((r) => r.length > 0);
  const key = JSON.stringify(filled.map((r) => r.map((s) => s.name)));
  useEffect(() => {
    const draft = JSON.parse(key) as string[][];
    if (draft.length === 0) {
      setChart(null);
      return;
    }
    let current = true;
    api<Chart>('POST', '/api/protocol/rostrum', lang, { seats: draft.map((r) => r.length), names: draft.flat() })
      .then((c) => current && (setChart(c), setError(null)))
      .catch((e: unknown) => current && setError(e));
    return () => {
      current = false;
    };
  }, [key, lang]);
  if (error) return <ErrorAlert error={error} />;
  if (!chart) return null;
  return (
    <div className="rostrum-preview" data-testid="rostrum-preview">
      <Typography.Text type="secondary">{w('preview')}</Typography.Text>
      {[...chart.rows].reverse().map((row) => (
        <div key={row.row} className="rostrum-preview-row">
          <span className="rostrum-preview-label">{row.row === 1 ? w('frontRow') : w('rowN', { n: row.row })}</span>
          {row.seats.map((s, i) => (
            <span key={i} className={`rostrum-seat${s.rank === 1 ? ' principal' : ''}`}>
              <span className="rostrum-seat-name">{s.name ?? ''}</span>
              <span className="rostrum-seat-rank">{s.rank}</span>
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}

export function RostrumEditor({ meetingId, termId, initial, onSaved, onCancel }: { meetingId: number; termId: number; initial: RostrumRowOut[]; onSaved(): void; onCancel(): void }) {
  const { w, lang } = useProtocolWords();
  const [rows, setRows] = useState<Seat[][]>(() => (initial.length > 0 ? seatsOf(initial) : [[]]));
  const [leader, setLeader] = useState<Array<{ name: string; title: string }>>(() => rows.map(() => ({ name: '', title: '' })));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const seated = new Set(rows.flat().flatMap((s) => (s.membershipId === null ? [] : [s.membershipId])));

  const setRow = (r: number, next: Seat[]) => setRows((all) => all.map((row, i) => (i === r ? next : row)));
  const addRow = () => {
    setRows((all) => [...all, []]);
    setLeader((all) => [...all, { name: '', title: '' }]);
  };
  const removeRow = (r: number) => {
    setRows((all) => all.filter((_, i) => i !== r));
    setLeader((all) => all.filter((_, i) => i !== r));
  };
  const addLeader = (r: number) => {
    const l = leader[r]!;
    if (l.name.trim() === '' || l.title.trim() === '') return;
    setRow(r, [...rows[r]!, { membershipId: null, name: l.name.trim(), title: l.title.trim() }]);
    setLeader((all) => all.map((x, i) => (i === r ? { name: '', title: '' } : x)));
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api('PUT', `/api/meetings/${meetingId}/rostrum`, lang, payload(rows));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={w('editorTitle')} className="no-print" style={{ marginBottom: 16 }} data-testid="rostrum-editor">
      {rows.map((row, r) => (
        <div key={r} className="rostrum-edit-row">
          <div className="rostrum-edit-head">
            <strong>{r === 0 ? `${w('rowN', { n: 1 })}（${w('frontRow')}）` : w('rowN', { n: r + 1 })}</strong>
            {rows.length > 1 && <Button size="small" danger type="link" onClick={() => removeRow(r)}>{w('removeRow')}</Button>}
          </div>
          <div className="rostrum-edit-people">
            {row.length === 0 && <Typography.Text type="secondary">{w('emptyRow')}</Typography.Text>}
            {row.map((s, i) => (
              <Tag key={`${s.membershipId ?? s.name}-${i}`} className="rostrum-person">
                <span className="rostrum-person-order">{i + 1}</span>
                <strong>{s.name}</strong>
                {s.title && <span className="rostrum-person-title">{s.title}</span>}
                <Button size="small" type="text" disabled={i === 0} onClick={() => setRow(r, move(row, i, i - 1))} aria-label={w('moveLeft')}>‹</Button>
                <Button size="small" type="text" disabled={i === row.length - 1} onClick={() => setRow(r, move(row, i, i + 1))} aria-label={w('moveRight')}>›</Button>
                <Button size="small" type="text" danger onClick={() => setRow(r, row.filter((_, j) => j !== i))} aria-label={w('remove')}>×</Button>
              </Tag>
            ))}
          </div>
          <Space wrap>
            <MemberPicker termId={termId} placeholder={w('searchMember')} exclude={seated} onPick={(m) => setRow(r, [...row, { membershipId: m.membershipId, name: m.name, title: m.title }])} testId={`rostrum-pick-${r}`} />
            <Input style={{ width: 120 }} placeholder={w('leaderName')} value={leader[r]?.name ?? ''} onChange={(e) => setLeader((all) => all.map((x, i) => (i === r ? { ...x, name: e.target.value } : x)))} />
            <Input style={{ width: 200 }} placeholder={w('leaderTitle')} value={leader[r]?.title ?? ''} onChange={(e) => setLeader((all) => all.map((x, i) => (i === r ? { ...x, title: e.target.value } : x)))} onPressEnter={() => addLeader(r)} />
            <Button onClick={() => addLeader(r)}>{w('addLeader')}</Button>
          </Space>
        </div>
      ))}
      <Space style={{ marginTop: 12 }} wrap>
        <Button onClick={addRow}>{w('addRow')}</Button>
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="rostrum-save">{w('save')}</Button>
        <Button onClick={onCancel}>{w('cancel')}</Button>
      </Space>
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={error} />
        <Preview rows={rows} />
      </div>
    </Card>
  );
}
