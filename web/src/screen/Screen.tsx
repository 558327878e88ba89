/**
 * The hall screen at /screen/:meetingId: a 1920×1080 stage (scaled down to smaller windows) with
 * the sitting's title, 应到/实到/请假/缺席 in very large type, the quorum verdict in the server's
 * own words, and the motion in view: "表决进行中" while open, the result with its chart once closed;
 * or, when an election's round came later, the office and "选举进行中", then each candidate's votes
 * and verdict with the announcement.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
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
import { ElectionPanel } from './ElectionPanel.js';
import { useElectionFeed, type ScreenElection } from './useElectionFeed.js';
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

/**
 * Which of the motion and the election the screen shows: the one that changed last. Changes seen
 * live are ordered as they arrive; on (re)connecting, by the server's times.
 */
function useInView(motion: MotionPresented | null, election: ScreenElection | null): 'motion' | 'election' | null {
  const seen = useRef<{ motionKey: string; election: ScreenElection | null; view: 'motion' | 'election' | null }>({ motionKey: '', election: null, view: null });
  const motionKey = motion ? `${motion.id}:${motion.status}` : '';
  const last = seen.current;
  if (motionKey === last.motionKey && election === last.election) return last.view;
  let view = last.view;
  if (election !== last.election && election) {
    const motionAt = motion ? (motion.closedAt ?? motion.openedAt ?? '') : '';
    // Read on (re)connecting: the later by the server's clock. Live: it just happened.
    view = election.at !== null && motionAt > new Date(election.at).toISOString() ? 'motion' : 'election';
  } else if (motionKey !== last.motionKey && motionKey) {
    view = election?.at != null && motion && (motion.closedAt ?? motion.openedAt ?? '') < new Date(election.at).toISOString() && last.motionKey === '' ? 'election' : 'motion';
  }
  if (!election && view === 'election') view = motion ? 'motion' : null;
  if (!motion && view === 'motion') view = election ? 'election' : null;
  if (view === null) view = motion ? 'motion' : election ? 'election' : null;
  seen.current = { motionKey, election, view };
  return view;
}

function Board({ meetingId }: { meetingId: number }) {
  const { t, lang } = useT();
  const { setSession } = useSession();
  const { election, follow } = useElectionFeed(meetingId, lang);
  const { state, connection, error } = useScreenFeed(meetingId, lang, follow);
  const inView = useInView(state?.motion ?? null, election);
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
      <main className={`screen-stage${inView ? ' with-motion' : ''}`} style={{ transform: `translate(-50%, -50%) scale(${scale})` }} data-testid="screen">
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
        {inView === 'motion' && state.motion && <MotionPanel motion={state.motion} />}
        {inView === 'election' && election && <ElectionPanel election={election} />}
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
