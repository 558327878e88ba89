/**
 * The page at `/`: the three parts of the app, how to run a demo sitting from the first start, and,
 * for a signed-in staff account, the hall screen address of each sitting.
 */
import { Card, Space, Typography } from 'antd';
import type { Static } from 'typebox';
import type { MeetingView, SessionView } from '@server/modules/registry/presenters.js';
import { defineWords } from './shared/i18n.js';
import { useSession } from './shared/sessionContext.js';
import { useApi } from './shared/useApi.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { SignOut } from './SignOut.js';

const useWords = defineWords({
  'zh-CN': {
    appName: 'Plenum 会议系统',
    console: '秘书处控制台',
    consoleHint: '会议筹备、名册、签到、表决、选举、提案、文件',
    pad: '代表委员终端',
    padHint: '手机打开凭证链接：签到、请假、表决、提交提案',
    screen: '会场大屏',
    screenHint: '1920×1080 大屏：出席人数、法定人数、表决结果',
    apiDocs: '接口文档',
    signedInAs: '已登录：',
    howTo: '演示：开一次全体会议',
    step1: '用管理员账号登录控制台（首次启动时终端打印的密码）。',
    step2: '在“会议与议程”中选好会议，允许终端签到。',
    step3: '在“名册”中为代表委员打印终端凭证（二维码）；手机扫码即打开终端。',
    step4: '在本页下方打开该会议的大屏地址。',
    step5: '代表委员在终端签到，或在“签到台”扫码签到；大屏显示是否达到法定人数。',
    step6: '在“表决”中由议程项创建表决、开始表决；代表委员在终端表决；结束后大屏显示结果和图表。',
    screens: '各场会议的大屏地址',
  },
  en: {
    appName: 'Plenum',
    console: 'Secretariat console',
    consoleHint: 'sittings, roster, check-in, votes, elections, proposals, documents',
    pad: 'Member pad',
    padHint: 'opened on a phone from the credential link: check in, leave, vote, proposals',
    screen: 'Hall screen',
    screenHint: 'the 1920×1080 display: attendance, quorum, vote results',
    apiDocs: 'API documentation',
    signedInAs: 'Signed in: ',
    howTo: 'Demo: run a plenary sitting',
    step1: 'Sign in to the console as admin (the password the terminal printed on the first start).',
    step2: 'In "Sittings and agenda", choose the sitting and allow check-in on the pad.',
    step3: 'In "Roster", print the members\' pad credentials (QR codes); scanning one opens the pad.',
    step4: 'Open the sitting\'s hall screen address, listed below on this page.',
    step5: 'Members check in on their pads, or at the "Check-in desk" by scanner; the screen shows whether the quorum is met.',
    step6: 'In "Voting", make a motion from an agenda item and open it; members vote on their pads; once closed the screen shows the result and its chart.',
    screens: 'Hall screen addresses',
  },
});

type SessionItem = Static<typeof SessionView>;
type MeetingItem = Static<typeof MeetingView>;

function SessionScreens({ session }: { session: SessionItem }) {
  const meetings = useApi<MeetingItem[]>(`/api/sessions/${session.id}/meetings`);
  return (
    <li>
      {session.name}
      <ul>
        {(meetings.data ?? []).map((m) => (
          <li key={m.id}>
            <a href={`/screen/${m.id}`}>{m.title}</a> — <code>/screen/{m.id}</code>
          </li>
        ))}
      </ul>
    </li>
  );
}

function Screens() {
  const { w } = useWords();
  const sessions = useApi<SessionItem[]>('/api/sessions');
  if (!sessions.data?.length) return null;
  return (
    <Card title={w('screens')} style={{ marginTop: 16 }} data-testid="home-screens">
      <ul style={{ lineHeight: 1.9, margin: 0 }}>
        {sessions.data.map((s) => <SessionScreens key={s.id} session={s} />)}
      </ul>
    </Card>
  );
}

export function Home() {
  const { w } = useWords();
  const { session } = useSession();
  const steps = ['step1', 'step2', 'step3', 'step4', 'step5', 'step6'] as const;
  return (
    <div style={{ maxWidth: 860, margin: '48px auto', padding: '0 16px' }}>
      <Card
        title={<Typography.Title level={2} style={{ color: '#b71c1c', margin: 0 }}>{w('appName')}</Typography.Title>}
        extra={<Space>{session && <span>{w('signedInAs')}{session.account.displayName}</span>}<SignOut /><LanguageSwitch /></Space>}
      >
        <ul style={{ lineHeight: 2 }}>
          <li><a href="/console">{w('console')}</a> — {w('consoleHint')}</li>
          <li><a href="/pad">{w('pad')}</a> — {w('padHint')}</li>
          <li>{w('screen')} <code>/screen/…</code> — {w('screenHint')}</li>
          <li><a href="/api/docs">{w('apiDocs')}</a> · <a href="/api/openapi.json">OpenAPI</a> · <a href="/api/health">/api/health</a></li>
        </ul>
        <Typography.Title level={4}>{w('howTo')}</Typography.Title>
        <ol style={{ lineHeight: 2 }} data-testid="home-steps">
          {steps.map((k) => <li key={k}>{w(k)}</li>)}
        </ol>
      </Card>
      {session && session.account.role !== 'member' && <Screens />}
    </div>
  );
}
