/**
 * The scanner field, focused when the desk opens: a USB scanner types the credential code (or the
 * whole credential link) and Enter. The desk checks the member in by that credential and shows
 * their name large, or the server's refusal in the user's language; the field is cleared for the
 * next card at once, so a queue of members can scan without waiting.
 */
import { useEffect, useRef, useState } from 'react';
import { Card, Input, Typography, type InputRef } from 'antd';
import type { CheckInResult } from '@server/modules/attendance/checkIn.js';
import { api, errorText } from '../../shared/api.js';
import { credentialOf } from './credentialOf.js';
import { useDeskWords } from './words.js';
import { clock } from './clock.js';

type Scan = { result: CheckInResult } | { error: unknown };

export function Scanner({ meetingId, onCheckedIn }: { meetingId: number; onCheckedIn(): void }) {
  const { w, lang } = useDeskWords();
  const [code, setCode] = useState('');
  const [last, setLast] = useState<Scan | null>(null);
  const field = useRef<InputRef>(null);

  // A scan while nothing has the focus (after a click on the page, a closed dialog) still lands here.
  useEffect(() => {
    const claim = (e: KeyboardEvent) => {
      if (document.activeElement === document.body && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) field.current?.focus();
    };
    document.addEventListener('keydown', claim);
    return () => document.removeEventListener('keydown', claim);
  }, []);

  const scan = async () => {
    const credential = credentialOf(code);
    setCode('');
    if (credential === null) return;
    try {
      const result = await api<CheckInResult>('POST', `/api/meetings/${meetingId}/check-ins`, lang, { credential });
      setLast({ result });
      onCheckedIn();
    } catch (error) {
      setLast({ error });
    }
    field.current?.focus();
  };

  return (
    <Card title={w('scanner')} size="small">
      <Input
        ref={field}
        autoFocus
        size="large"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onPressEnter={() => void scan()}
        placeholder={w('scannerPlaceholder')}
        aria-label={w('scannerLabel')}
        autoComplete="off"
        spellCheck={false}
        data-testid="desk-scanner"
      />
      <Typography.Text type="secondary" className="desk-hint">{w('scannerHint')}</Typography.Text>
      <div className="desk-scan" aria-live="polite">
        {!last && <div className="desk-scan-idle">{w('scanIdle')}</div>}
        {last && 'result' in last && (
          <div className={last.result.alreadyCheckedIn ? 'desk-scan-already' : 'desk-scan-ok'}>
            <div className="desk-scan-name" data-testid="scan-name">{last.result.name}</div>
            <div className="desk-scan-line" data-testid="scan-status">
              {last.result.groupName ? `${last.result.groupName} · ` : ''}
              {last.result.alreadyCheckedIn
                ? w('alreadyIn', { time: clock(last.result.at, lang) })
                : w(last.result.previousState === 'leave' ? 'cameFromLeave' : 'checkedInNow')}
            </div>
          </div>
        )}
        {last && 'error' in last && (
          <div className="desk-scan-refused" data-testid="scan-refusal">{errorText(last.error, lang)}</div>
        )}
      </div>
    </Card>
  );
}
