/**
 * The member pad at /pad, for a phone (360 px wide and up): signed in by the member's credential
 * link (`/pad?token=…`, once) or a pasted credential code; the member's sittings to choose from
 * (remembered), their check-in and leave, and the vote on the motion open now.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Spin } from 'antd';
import type { MyMeeting } from '@server/modules/attendance/myMeetings.js';
import { api, errorText } from '../shared/api.js';
import { useT } from '../shared/i18n.js';
import type { Account } from '../shared/session.js';
import { useSession } from '../shared/sessionContext.js';
import { useTokenFromAddress } from '../shared/tokenFromAddress.js';
import { defaultMeeting } from '../shared/defaultMeeting.js';
import { LanguageSwitch } from '../LanguageSwitch.js';
import { SignOut } from '../SignOut.js';
import { Attendance } from './Attendance.js';
import { Vote } from './Vote.js';
import { PadProposals } from './proposals/PadProposals.js';
import './pad.css';

function CredentialForm() {
  const { t, lang } = useT();
  const { setSession } = useSession();
  const [error, setError] = useState<string | null>(null);
  const submit = async ({ code }: { code: string }) => {
    const token = code.trim().replace(/^.*[?&]token=/, '');
    try {
      const { account } = await api<{ account: Account }>('GET', '/api/auth/me', lang, undefined, token);
      setSession({ token, account });
    } catch (e) {
      setError(errorText(e, lang));
    }
  };
  return (
    <Card title={`${t('appName')} · ${t('pad')}`} extra={<LanguageSwitch />}>
      <p>{t('padCodeHint')}</p>
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item label={t('padCode')} name="code" rules={[{ required: true, message: t('required') }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} data-testid="pad-sign-in-error" />}
        <Button type="primary" htmlType="submit" block size="large">{t('signIn')}</Button>
      </Form>
    </Card>
  );
}

const MEETING_KEY = 'plenum.pad.meeting';

function Sittings() {
  const { t, lang } = useT();
  const [meetings, setMeetings] = useState<MyMeeting[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<number | null>(() => Number(localStorage.getItem(MEETING_KEY)) || null);
  const reload = () =>
    api<MyMeeting[]>('GET', '/api/me/meetings', lang)
      .then((m) => {
        setMeetings(m);
        setError(null);
      })
      .catch(setError);
  useEffect(() => void reload(), [lang]);
  // Back on the pad (the phone woken, the tab shown again): the desk may have checked the member in meanwhile.
  useEffect(() => {
    const onShow = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [lang]);
  if (!meetings) return error ? <Alert type="error" title={errorText(error, lang)} /> : <Spin description={t('loading')} />;
  if (meetings.length === 0) return <Alert type="info" title={t('noMeetings')} />;
  const meeting = meetings.find((m) => m.id === chosen) ?? defaultMeeting(meetings, new Date());
  const choose = (id: number) => {
    localStorage.setItem(MEETING_KEY, String(id));
    setChosen(id);
  };
  return (
    <>
      <Select
        size="large"
        style={{ width: '100%' }}
        value={meeting.id}
        onChange={choose}
        options={meetings.map((m) => ({ value: m.id, label: m.title }))}
        aria-label={t('meeting')}
        data-testid="meeting-select"
      />
      <Attendance meeting={meeting} onChange={reload} />
      <Vote meetingId={meeting.id} onRefused={() => void reload()} />
      <PadProposals key={meeting.sessionId} sessionId={meeting.sessionId} bodyId={meeting.bodyId} membershipId={meeting.membershipId} />
    </>
  );
}

export default function Pad() {
  const { t, lang } = useT();
  const { session } = useSession();
  const fromAddress = useTokenFromAddress();
  if (fromAddress.pending) return <div className="pad"><Spin size="large" description={t('loading')} /></div>;
  return (
    <div className="pad">
      {fromAddress.error !== null && <Alert type="error" title={errorText(fromAddress.error, lang)} showIcon />}
      {!session ? (
        <CredentialForm />
      ) : (
        <>
          <header className="pad-header">
            <strong data-testid="pad-member">{session.account.displayName}</strong>
            <span className="pad-header-actions">
              <LanguageSwitch />
              <SignOut revoke={false} />
            </span>
          </header>
          <Sittings key={session.token} />
        </>
      )}
    </div>
  );
}
