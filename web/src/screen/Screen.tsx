/**
 * The hall screen at /screen/:meetingId: a 1920×1080 stage (scaled down to smaller windows) with
 * the sitting's title, 应到/实到/请假/缺席 in very large type, the quorum verdict in the server's
 * own words, and the motion in view: "表决进行中" while open, the result with its chart once closed.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Result, Spin } from 'antd';
import { attendeeLine } from '@server/modules/live/attendeeLine.js';
import type { MotionPresented } from '@server/modules/voting/presenters.js';
import { useT } from '../shared/i18n.js';
import { ApiError, errorText } from '../shared/api.js';
import { useTokenFromAddress } from '../shared/tokenFromAddress.js';
import { useSession } from '../shared/sessionContext.js';
import { SignIn } from '../SignIn.js';
import { useScreenFeed } from '../shared/useScreenFeed.js';
import { ResultChart, type Bar } from './ResultChart.js';
import './screen.css';

const STAGE = { width: 1920, height: 1080 };

function useStageScale(): number {
  const fit = () => Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height);
  const [scale, setScale] = useState(fit);
  useEffect(() => {
    const onResize = () => setScale(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}

function MotionPanel({ motion }: { motion: MotionPresented }) {
  const { t, lang } = useT();
  const r = motion.status === 'closed' ? motion.result : null;
  const bars: Bar[] = useMemo(
    () =>
      r
        ? [
            { label: motion.options.yes, value: r.yes, color: '#43a047' },
            { label: motion.options.no, value: r.no, color: '#e53935' },
            { label: motion.options.abstain, value: r.abstain, color: '#fdd835' },
            { label: t('notVoted'), value: r.notVoted, color: '#90a4ae' },
          ]
        : [],
    [r, motion.options, t],
  );
  if (!r) {
    return (
      <section className="screen-motion open" data-testid="motion">
        <div className="screen-motion-title">{motion.title}</div>
        <div className="screen-motion-verdict">{t('voting')}</div>
      </section>
    );
  }
  return (
    <section className={`screen-motion ${r.passed ? 'passed' : 'failed'}`} data-testid="motion">
      <div className="screen-motion-head">
        <span className="screen-motion-title">{motion.title}</span>
        <span className="screen-motion-verdict" data-testid="motion-verdict">{r.passed ? t('passed') : t('failed')}</span>
      </div>
      <div className="screen-motion-body">
        <div className="screen-motion-figures">
          {bars.map((b) => (
            <div key={b.label} className="screen-motion-figure">
              <span>{b.label}</span>
              <strong>{b.value}</strong>
            </div>
          ))}
        </div>
        <ResultChart bars={bars} />
      </div>
      <div className="screen-motion-sentence" data-testid="motion-sentence">{lang === 'en' ? r.sentenceEn : r.sentence}</div>
    </section>
  );
}

function Board({ meetingId }: { meetingId: number }) {
  const { t, lang } = useT();
  const { setSession } = useSession();
  const { state, connection, error } = useScreenFeed(meetingId, lang);
  const scale = useStageScale();

  // A token that no longer signs in (expired, revoked) sends the screen back to the sign-in form.
  const refused = error instanceof ApiError && error.status === 401;
  useEffect(() => {
    if (refused) setSession(null);
  }, [refused, setSession]);
  if (!state) {
    return (
      <div className="screen-message">
        {error ? (
          <Result status="error" title={errorText(error, lang)} extra={<Button onClick={() => location.reload()}>{t('retry')}</Button>} />
        ) : (
          <Spin size="large" description={t('loading')} />
        )}
      </div>
    );
  }
  const c = state.counts;
  const figures = [
    ['expected', c.expected],
    ['present', c.present],
    ['leave', c.leave],
    ['absent', c.absent],
  ] as const;
  return (
    <div className="screen-viewport">
      <main className={`screen-stage${state.motion ? ' with-motion' : ''}`} style={{ transform: `translate(-50%, -50%) scale(${scale})` }} data-testid="screen">
        <h1 className="screen-title">{state.title}</h1>
        <section className="screen-figures">
          {figures.map(([key, value]) => (
            <div key={key} className="screen-figure">
              <div className="screen-figure-label">{t(key)}</div>
              <div className="screen-figure-value" data-testid={`figure-${key}`}>
                {value}
                <span className="screen-figure-unit">{t('persons')}</span>
              </div>
            </div>
          ))}
        </section>
        <div className={`screen-verdict ${c.quorum.met ? 'met' : 'unmet'}`} data-testid="quorum">
          {lang === 'en' ? c.quorum.sentenceEn : c.quorum.sentence}
        </div>
        {c.attendees.total > 0 && <div className="screen-attendees">{attendeeLine(c.attendees)}</div>}
        {state.motion && <MotionPanel motion={state.motion} />}
        <div className={`screen-status ${connection}`} data-testid="connection">
          {connection === 'live' ? t('live') : connection === 'reconnecting' ? t('reconnecting') : t('loading')}
          {error ? ` · ${errorText(error, lang)}` : ''}
        </div>
      </main>
    </div>
  );
}

export default function Screen({ meetingId }: { meetingId: number }) {
  const { t, lang } = useT();
  const { session } = useSession();
  const fromAddress = useTokenFromAddress();
  if (fromAddress.pending) return <div className="screen-message"><Spin size="large" description={t('loading')} /></div>;
  if (!session) {
    return (
      <>
        {fromAddress.error !== null && <Alert type="error" banner title={errorText(fromAddress.error, lang)} />}
        <SignIn title={`${t('appName')} · ${t('screen')}`} />
      </>
    );
  }
  return <Board key={session.token} meetingId={meetingId} />;
}
