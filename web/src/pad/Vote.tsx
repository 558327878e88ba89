/**
 * The vote on the pad: the meeting's stream (the hall screen's feed, reused) shows the motion open
 * now with large 赞成 / 反对 / 弃权 buttons; a choice is confirmed in a dialog, then cast with an
 * Idempotency-Key (a retried tap casts nothing twice). The answer: "voted" with the choice, and for
 * a secret motion the receipt code, large; where the motion allows, a change of vote; after a reload
 * the member's own vote read back; a refusal in the user's language; once closed, the result.
 */
import { useState } from 'react';
import { Alert, Button, Card, Modal } from 'antd';
import type { MotionPresented } from '@server/modules/voting/presenters.js';
import { api, errorText } from '../shared/api.js';
import { useT } from '../shared/i18n.js';
import { useScreenFeed } from '../shared/useScreenFeed.js';
import { useApi } from '../shared/useApi.js';
import type { MyVote } from '@server/modules/voting/myVote.js';

type Choice = 'yes' | 'no' | 'abstain';
type Answer = { motionId: number; receipt: string } | { motionId: number; choice: Choice; changed: boolean };

/**
 * The member's vote so far: read from the server (after a reload the pad still knows), then the
 * answer of each cast. A secret ballot's receipt exists only in the answer to the cast itself.
 */
function useMyVote(motionId: number) {
  const { data } = useApi<MyVote>(`/api/motions/${motionId}/my-vote`);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const fromServer: Answer | null = data?.voted ? (data.choice ? { motionId, choice: data.choice, changed: data.changes > 0 } : { motionId, receipt: '' }) : null;
  return { answer: answer ?? fromServer, setAnswer };
}

function Voted({ answer, motion, onChange }: { answer: Answer; motion: MotionPresented; onChange: (() => void) | null }) {
  const { t } = useT();
  return (
    <div data-testid="vote-answer">
      <Alert type="success" title={t('voted')} showIcon />
      {'choice' in answer && (
        <div style={{ marginTop: 12, fontSize: 18 }} data-testid="my-choice">
          {t('yourChoice')}
          <strong>{motion.options[answer.choice]}</strong>
        </div>
      )}
      {'receipt' in answer &&
        (answer.receipt ? (
          <div style={{ marginTop: 12 }}>
            <div>{t('receipt')}</div>
            <div className="pad-receipt" data-testid="receipt">{answer.receipt}</div>
            <div>{t('receiptHint')}</div>
          </div>
        ) : (
          <div style={{ marginTop: 12 }}>{t('votedSecret')}</div>
        ))}
      {onChange && (
        <Button size="large" block style={{ marginTop: 12 }} onClick={onChange} data-testid="change-vote">
          {t('changeVote')}
        </Button>
      )}
    </div>
  );
}

function OpenMotion({ motion, onRefused }: { motion: MotionPresented; onRefused: () => void }) {
  const { t, lang } = useT();
  const { answer, setAnswer } = useMyVote(motion.id);
  const [changing, setChanging] = useState(false);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => crypto.randomUUID());
  const [casts, setCasts] = useState(0);

  const cast = async () => {
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      // One key per cast: a retried tap of the same cast is answered once; a change is a new cast.
      setAnswer(await api<Answer>('POST', `/api/motions/${motion.id}/votes`, lang, { choice }, undefined, { 'idempotency-key': `${key}-${casts}` }));
      setCasts((n) => n + 1);
      setChanging(false);
    } catch (e) {
      setError(errorText(e, lang));
      onRefused();
    } finally {
      setBusy(false);
      setChoice(null);
    }
  };
  const colors: Record<Choice, string> = { yes: '#2e7d32', no: '#c62828', abstain: '#f9a825' };
  return (
    <>
      {answer && !changing ? (
        <Voted answer={answer} motion={motion} onChange={motion.allowChange && 'choice' in answer ? () => setChanging(true) : null} />
      ) : (
        <div className="pad-choices">
          {(['yes', 'no', 'abstain'] as const).map((c) => (
            <Button key={c} className="pad-big" block type="primary" style={{ background: colors[c] }} onClick={() => setChoice(c)} data-testid={`vote-${c}`}>
              {motion.options[c]}
            </Button>
          ))}
        </div>
      )}
      {error && <Alert type="error" title={error} showIcon style={{ marginTop: 12 }} data-testid="vote-error" />}
      <Modal
        open={choice !== null}
        title={t('confirmVote')}
        okText={t('confirmVote')}
        cancelText={t('cancel')}
        confirmLoading={busy}
        onOk={cast}
        onCancel={() => setChoice(null)}
      >
        <div style={{ fontSize: 20 }}>
          {t('confirmVoteText')}
          <strong>{choice ? motion.options[choice] : ''}</strong>
        </div>
      </Modal>
    </>
  );
}

/** `onRefused`: the member's attendance may have changed at the desk (not_present): read it again. */
export function Vote({ meetingId, onRefused }: { meetingId: number; onRefused: () => void }) {
  const { t, lang } = useT();
  const { state, connection, error } = useScreenFeed(meetingId, lang);
  const motion = state?.motion ?? null;
  const r = motion?.status === 'closed' ? motion.result : null;
  return (
    <Card size="small" data-testid="vote">
      {!motion && <div>{t('noOpenMotion')}</div>}
      {motion && <div className="pad-motion-title" data-testid="motion-title">{motion.title}</div>}
      {motion?.status === 'open' && <OpenMotion key={motion.id} motion={motion} onRefused={onRefused} />}
      {r && (
        <div data-testid="motion-result">
          <strong data-testid="motion-verdict">{r.passed ? t('passed') : t('failed')}</strong>
          <div className="pad-sentence" data-testid="motion-sentence">{lang === 'en' ? r.sentenceEn : r.sentence}</div>
        </div>
      )}
      <div style={{ color: '#888', marginTop: 8, fontSize: 12 }} data-testid="connection">
        {connection === 'live' ? t('live') : connection === 'reconnecting' ? t('reconnecting') : t('loading')}
        {error ? ` · ${errorText(error, lang)}` : ''}
      </div>
    </Card>
  );
}
