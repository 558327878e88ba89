/**
 * The lead proposer's evaluation of the reply, with large touch targets: satisfied, basically
 * satisfied or not satisfied; not satisfied, they may ask for re-handling; a comment if they wish.
 */
import { useState } from 'react';
import { Button, Checkbox, Input, Radio } from 'antd';
import { Ratings, type Rating } from '@server/modules/proposals/states.js';
import { label, RATING } from '../../console/proposals/labels.js';
import { useSubmit } from '../../shared/useSubmit.js';
import { Refusal } from '../../console/proposals/Refusal.js';
import { usePadProposalWords } from './words.js';

export function EvaluateForm({ proposalId, onDone }: { proposalId: number; onDone(): void }) {
  const { w, lang } = usePadProposalWords();
  const [rating, setRating] = useState<Rating | null>(null);
  const [rehandle, setRehandle] = useState(false);
  const [comment, setComment] = useState('');
  const { submit, busy, error } = useSubmit('POST', `/api/proposals/${proposalId}/evaluation`, onDone);
  const send = () => {
    if (!rating) return;
    const text = comment.trim();
    void submit({ rating, ...(rating === 'not-satisfied' && rehandle ? { rehandle: true } : {}), ...(text ? { comment: text } : {}) });
  };
  return (
    <div className="pad-evaluate" data-testid="evaluate-form">
      <div className="pad-evaluate-title">{w('evaluate')}</div>
      <Radio.Group className="pad-choices" value={rating} onChange={(e) => setRating(e.target.value as Rating)} optionType="button" buttonStyle="solid">
        {Ratings.map((r) => (
          <Radio.Button key={r} value={r} className="pad-choice">
            <span data-testid={`rating-${r}`}>{label(RATING, lang, r)}</span>
          </Radio.Button>
        ))}
      </Radio.Group>
      <Checkbox checked={rehandle && rating === 'not-satisfied'} disabled={rating !== 'not-satisfied'} onChange={(e) => setRehandle(e.target.checked)} className="pad-rehandle">
        {w('rehandle')}
      </Checkbox>
      {rating !== 'not-satisfied' && <div className="pad-hint">{w('rehandleHint')}</div>}
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={w('comment')} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
      <Refusal text={error} />
      <Button type="primary" size="large" block disabled={!rating} loading={busy} onClick={send} className="pad-big" data-testid="evaluate-submit">{w('send')}</Button>
    </div>
  );
}
