/**
 * The desk's search: matches listed as you type (name, pinyin initials or card number), the first
 * highlighted; ↑ ↓ move the highlight and Enter checks the highlighted member in, so a name takes
 * a few letters and one key. Each line shows the member's state and the buttons to check in, undo
 * a check-in or record leave.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Card, Input, Space, Typography, type InputRef } from 'antd';
import type { CheckInResult } from '@server/modules/attendance/checkIn.js';
import { api, errorText } from '../../shared/api.js';
import { ErrorAlert, Nothing } from '../../shared/States.js';
import { ReasonDialog, type ReasonDialogProps } from './ReasonDialog.js';
import { StateTag } from './StateTag.js';
import { useRosterSearch, type RosterLine } from './useRosterSearch.js';
import { useDeskWords, type DeskWord } from './words.js';
import { clock } from './clock.js';

/** What the last action did, worded when shown (so a language switch rewords it). */
type Outcome = { type: 'success' | 'info'; key: DeskWord; name: string; at?: string } | { type: 'error'; error: unknown } | null;

export function RosterSearch({ meetingId, tick, onLeaveChange }: { meetingId: number; tick: number; onLeaveChange(): void }) {
  const { w, lang } = useDeskWords();
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [dialog, setDialog] = useState<Omit<ReasonDialogProps, 'onClose'> | null>(null);
  const input = useRef<InputRef>(null);
  const { found, current, error, refresh } = useRosterSearch(meetingId, query, lang, tick);
  // Enter pressed before the answer to what was typed came: it checks in that answer's first match.
  const [enterPending, setEnterPending] = useState(false);
  const lines = found?.members ?? [];
  const shown = Math.min(highlight, Math.max(lines.length - 1, 0));

  // A new query starts at its first match.
  useEffect(() => setHighlight(0), [query]);

  const act = async (call: () => Promise<Outcome>) => {
    try {
      setOutcome(await call());
    } catch (e) {
      setOutcome({ type: 'error', error: e });
    }
    await refresh();
  };

  const checkIn = (line: RosterLine) =>
    act(async () => {
      const r = await api<CheckInResult>('POST', `/api/meetings/${meetingId}/check-ins`, lang, { membershipId: line.membershipId });
      const key = r.alreadyCheckedIn ? 'namedAlreadyIn' : r.previousState === 'leave' ? 'namedCameFromLeave' : 'namedCheckedIn';
      return { type: r.alreadyCheckedIn ? 'info' : 'success', key, name: r.name, at: r.at };
    }).then(() => input.current?.select());

  const undo = (line: RosterLine) =>
    setDialog({
      title: w('undoTitle', { name: line.name }),
      label: w('undoReason'),
      initial: w('undoDefault'),
      onSubmit: async (reason) => {
        await api('POST', `/api/meetings/${meetingId}/check-ins/undo`, lang, { membershipId: line.membershipId, reason });
        setOutcome({ type: 'info', key: 'undone', name: line.name });
        await refresh();
      },
    });

  const recordLeave = (line: RosterLine) =>
    setDialog({
      title: w('leaveTitle', { name: line.name }),
      label: w('leaveReason'),
      hint: w('leaveHint'),
      onSubmit: async (reason) => {
        const request = await api<{ id: number }>('POST', `/api/meetings/${meetingId}/leave-requests`, lang, { membershipId: line.membershipId, reason });
        onLeaveChange();
        await api('POST', `/api/leave-requests/${request.id}/decision`, lang, { decision: 'approve' });
        onLeaveChange();
        setOutcome({ type: 'info', key: 'leaveRecorded', name: line.name });
        await refresh();
      },
    });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (lines.length > 0) setHighlight((shown + (e.key === 'ArrowDown' ? 1 : lines.length - 1)) % lines.length);
    } else if (e.key === 'Enter' && query.trim() !== '') {
      e.preventDefault();
      if (!current) setEnterPending(true);
      else if (lines[shown]) void checkIn(lines[shown]);
    }
  };

  useEffect(() => {
    if (!enterPending || !current) return;
    setEnterPending(false);
    if (lines[0]) void checkIn(lines[0]);
  });

  return (
    <Card title={w('search')} size="small">
      <Input
        ref={input}
        size="large"
        allowClear
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setEnterPending(false);
        }}
        onKeyDown={onKeyDown}
        placeholder={w('searchPlaceholder')}
        aria-label={w('searchLabel')}
        data-testid="desk-search"
      />
      <Typography.Text type="secondary" className="desk-hint">{w('searchHint')}</Typography.Text>
      {outcome && (
        <Alert
          style={{ marginTop: 12 }}
          showIcon
          type={outcome.type}
          title={outcome.type === 'error' ? errorText(outcome.error, lang) : w(outcome.key, { name: outcome.name, time: outcome.at ? clock(outcome.at, lang) : '' })}
          data-testid="search-outcome"
          closable={{ onClose: () => setOutcome(null) }}
        />
      )}
      <ErrorAlert error={error} retry={() => void refresh()} />
      {found && (
        <div className="desk-results" role="listbox" aria-label={w('searchLabel')}>
          {lines.length === 0 && <Nothing text={w('noMatch')} />}
          {lines.map((line, i) => (
            <div
              key={line.membershipId}
              role="option"
              aria-selected={i === shown}
              className={i === shown ? 'desk-row desk-row-active' : 'desk-row'}
              onMouseEnter={() => setHighlight(i)}
              data-testid="roster-row"
            >
              <div className="desk-row-who">
                <span className="desk-row-name">{line.name}</span>
                <Typography.Text type="secondary">
                  {line.key} · {line.groupName ?? ''}
                  {line.title ? ` · ${line.title}` : ''}
                </Typography.Text>
              </div>
              <StateTag state={line.state} />
              <Space size="small">
                {line.state !== 'present' && (
                  <Button type={i === shown ? 'primary' : 'default'} size="small" onClick={() => void checkIn(line)} data-testid="row-check-in">
                    {w('checkIn')}
                  </Button>
                )}
                {line.state === 'present' && (
                  <Button size="small" onClick={() => undo(line)} data-testid="row-undo">{w('undo')}</Button>
                )}
                {line.state === 'absent' && (
                  <Button size="small" onClick={() => recordLeave(line)} data-testid="row-leave">{w('recordLeave')}</Button>
                )}
              </Space>
            </div>
          ))}
          {found.total > lines.length && <Typography.Text type="secondary">{w('shown', { total: found.total, n: lines.length })}</Typography.Text>}
        </div>
      )}
      {dialog && <ReasonDialog {...dialog} onClose={() => setDialog(null)} />}
    </Card>
  );
}
