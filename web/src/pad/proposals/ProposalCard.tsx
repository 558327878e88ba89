/**
 * One of the member's proposals on the pad: number, title and status; the review's outcome, the
 * handling units' replies of the latest round, the evaluations given, and — for the lead proposer
 * of a replied proposal — the evaluation form.
 */
import { Tag, Typography } from 'antd';
import { label, numberLabel, OUTCOME, RATING, ROLE, STATUS_COLOR, statusLabel } from '../../console/proposals/labels.js';
import type { Proposal } from '../../console/proposals/useDetails.js';
import { EvaluateForm } from './EvaluateForm.js';
import { usePadProposalWords } from './words.js';

export function ProposalCard({ proposal: p, lead, onChanged }: { proposal: Proposal; lead: boolean; onChanged(): void }) {
  const { w, lang } = usePadProposalWords();
  const round = Math.max(0, ...p.assignments.map((a) => a.round));
  const current = p.assignments.filter((a) => a.round === round);
  const evaluation = p.evaluations.find((e) => e.round === round);
  return (
    <div className="pad-proposal" data-testid={`my-proposal-${p.id}`}>
      <div className="pad-proposal-head">
        <span className="pad-proposal-number">{numberLabel(p, lang, false)}</span>
        <Tag color={STATUS_COLOR[p.status]} data-testid="my-proposal-status">{statusLabel(p, lang)}</Tag>
      </div>
      <div className="pad-proposal-title">{p.title}</div>
      {p.signers.length > 1 && <Typography.Text type="secondary">{w('signers', { names: p.signers.map((s) => s.name).join('、') })}</Typography.Text>}
      {p.review && p.review.outcome !== 'filed' && (
        <div>{w('review', { outcome: label(OUTCOME, lang, p.review.outcome) })}{p.review.reasonLabel ? `（${p.review.reasonLabel}）` : ''}</div>
      )}
      {current.map((a) =>
        a.reply !== null ? (
          <div key={a.id} className="pad-proposal-reply" data-testid="my-proposal-reply">
            <Typography.Text strong>{w('replyFrom', { unit: a.unitName, role: label(ROLE, lang, a.role) })}</Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap' }}>{a.reply}</div>
          </div>
        ) : (
          a.role === 'lead' && <Typography.Text key={a.id} type="secondary">{w('noReply', { deadline: a.deadline })}</Typography.Text>
        ),
      )}
      {p.evaluations.map((e) => (
        <div key={e.round} data-testid="my-proposal-evaluation">{round > 1 && w('roundN', { n: e.round })}{w('evaluated', { rating: label(RATING, lang, e.rating) })}{e.rehandle ? ` · ${w('rehandle')}` : ''}</div>
      ))}
      {p.status === 'replied' && !evaluation && (lead ? <EvaluateForm proposalId={p.id} onDone={onChanged} /> : <Typography.Text type="secondary">{w('coNote')}</Typography.Text>)}
    </div>
  );
}
