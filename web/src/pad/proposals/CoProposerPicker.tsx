/**
 * The co-proposers of a new proposal, on a phone: search as you type (a name, part of it, or the
 * pinyin initials — `wzy` finds 吴志远) among the active members of the session's term; a tap adds
 * one below the lead proposer, in the order chosen; a tap on × takes one off.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Input } from 'antd';
import type { Static } from 'typebox';
import type { CoProposerView } from '@server/modules/proposals/coProposers.js';
import { errorText } from '../../shared/api.js';
import { useApi } from '../../shared/useApi.js';
import { usePadProposalWords } from './words.js';

export type CoProposer = Static<typeof CoProposerView>;

/** `text` once it has stood still for `ms`. */
function useSettled(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

export function CoProposerPicker({ sessionId, chosen, onChange }: { sessionId: number; chosen: CoProposer[]; onChange(next: CoProposer[]): void }) {
  const { w, lang } = usePadProposalWords();
  const [text, setText] = useState('');
  // Typing settles before a search; a cleared box clears the results at once.
  const settled = useSettled(text.trim(), 250);
  const q = text.trim() === '' ? '' : settled;
  const found = useApi<CoProposer[]>(q ? `/api/sessions/${sessionId}/co-proposers?q=${encodeURIComponent(q)}` : null);
  const offered = (found.data ?? []).filter((m) => !chosen.some((c) => c.membershipId === m.membershipId));
  const add = (m: CoProposer) => {
    onChange([...chosen, m]);
    setText('');
  };
  return (
    <div className="pad-co" data-testid="co-proposers">
      {chosen.length > 0 && (
        <ol className="pad-co-chosen">
          {chosen.map((m) => (
            <li key={m.membershipId} data-testid="co-chosen">
              <span className="pad-co-name">{m.name}</span>
              {m.group && <span className="pad-co-group">{m.group}</span>}
              <Button type="text" size="large" aria-label={w('removeCo', { name: m.name })} onClick={() => onChange(chosen.filter((c) => c.membershipId !== m.membershipId))} className="pad-co-remove">×</Button>
            </li>
          ))}
        </ol>
      )}
      <Input size="large" allowClear value={text} onChange={(e) => setText(e.target.value)} placeholder={w('coSearch')} maxLength={40} data-testid="co-search" />
      {found.error !== null && q !== '' && <Alert type="error" showIcon title={errorText(found.error, lang)} />}
      {q !== '' && found.data !== null && found.error === null && (
        offered.length === 0 ? (
          <div className="pad-hint pad-co-none">{found.loading ? w('searching') : w('coNone')}</div>
        ) : (
          <div className="pad-co-found">
            {offered.map((m) => (
              <button type="button" key={m.membershipId} className="pad-co-option" onClick={() => add(m)} data-testid="co-option">
                <span className="pad-co-name">{m.name}</span>
                {m.group && <span className="pad-co-group">{m.group}</span>}
                <span className="pad-co-add">{w('addCo')}</span>
              </button>
            ))}
          </div>
        )
      )}
    </div>
  );
}
