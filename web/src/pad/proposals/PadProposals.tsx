/**
 * Proposals on the member pad, for the session of the chosen sitting: the member's own proposals
 * (those they signed, lead or co-proposer) with their status and the handling units' replies, the
 * evaluation of a reply by the lead proposer, and a new proposal submitted as its lead proposer.
 */
import { useState } from 'react';
import { Alert, Button, Card, Empty, Spin } from 'antd';
import type { Static } from 'typebox';
import type { ProposalListItemView } from '@server/modules/proposals/presenters.js';
import { errorText } from '../../shared/api.js';
import { useApi } from '../../shared/useApi.js';
import { useDetails } from '../../console/proposals/useDetails.js';
import { numberLabel } from '../../console/proposals/labels.js';
import { ProposalCard } from './ProposalCard.js';
import { SubmitForm } from './SubmitForm.js';
import { usePadProposalWords } from './words.js';
import './proposals.css';

type Summary = Static<typeof ProposalListItemView>;

export function PadProposals({ sessionId, bodyId, membershipId }: { sessionId: number; bodyId: number; membershipId: number }) {
  const { w, lang } = usePadProposalWords();
  const [writing, setWriting] = useState(false);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  // Those the member signed, lead or co-proposer; then their full views (replies, evaluations).
  const list = useApi<{ total: number; proposals: Summary[] }>(`/api/sessions/${sessionId}/proposals?signer=${membershipId}&limit=100`);
  const signed = (list.data?.proposals ?? []).map((p) => p.id);
  const { details, error } = useDetails(signed, version);
  const mine = signed.flatMap((id) => details.get(id) ?? []).reverse();
  const changed = () => {
    setVersion((v) => v + 1);
    void list.reload();
  };
  const problem = list.error ?? error;
  return (
    <Card title={w('mine')} data-testid="pad-proposals" className="pad-proposals" extra={!writing && <Button type="primary" size="large" onClick={() => setWriting(true)} data-testid="new-proposal">{w('newProposal')}</Button>}>
      {problem !== null && problem !== undefined && <Alert type="error" showIcon title={errorText(problem, lang)} style={{ marginBottom: 12 }} />}
      {notice && !writing && <Alert type="success" showIcon closable={{ onClose: () => setNotice(null) }} title={notice} style={{ marginBottom: 12 }} data-testid="proposal-notice" />}
      {writing && (
        <SubmitForm
          sessionId={sessionId}
          bodyId={bodyId}
          membershipId={membershipId}
          onCancel={() => setWriting(false)}
          onDone={(p) => {
            setWriting(false);
            setNotice(w('submitted', { number: numberLabel(p, lang, false) }));
            changed();
          }}
        />
      )}
      {!list.data || (signed.length > 0 && details.size === 0 && !error) ? (
        <Spin />
      ) : mine.length === 0 ? (
        !writing && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w('none')} />
      ) : (
        <div className="pad-proposal-list">
          {mine.map((p) => (
            <ProposalCard key={p.id} proposal={p} lead={p.signers[0]?.membershipId === membershipId} onChanged={changed} />
          ))}
        </div>
      )}
    </Card>
  );
}
