/**
 * The secretariat console at /console: the staff account's sections in a side menu (only those its
 * permissions allow), the session and sitting in scope at the top, and the chosen section's page.
 * Members are sent to their pad; anyone not signed in gets the sign-in form.
 */
import { Suspense, useEffect } from 'react';
import { Alert, Button, Layout, Menu, Result, Select, Space, Typography } from 'antd';
import type { Permission } from '@server/server/permissions.js';
import { useSession } from '../shared/sessionContext.js';
import { navigate } from '../shared/navigate.js';
import { ErrorAlert, Loaded, Loading } from '../shared/States.js';
import { useApi } from '../shared/useApi.js';
import type { Account } from '../shared/session.js';
import { SignIn } from '../SignIn.js';
import { SignOut } from '../SignOut.js';
import { LanguageSwitch } from '../LanguageSwitch.js';
import { ScopeProvider, useScope } from './scope.js';
import { PermissionsContext } from './permissions.js';
import { sectionsFor, type Section } from './sections.js';
import { useConsoleWords } from './words.js';
import './console.css';

function ScopePicker() {
  const { w } = useConsoleWords();
  const scope = useScope();
  return (
    <Space wrap>
      <Select
        style={{ minWidth: 260 }}
        placeholder={w('chooseSession')}
        notFoundContent={w('noSessions')}
        value={scope.session?.id}
        onChange={scope.chooseSession}
        options={(scope.sessions ?? []).map((s) => ({ value: s.id, label: s.name }))}
        loading={scope.sessions === null}
        aria-label={w('session')}
        data-testid="scope-session"
      />
      <Select
        style={{ minWidth: 300 }}
        placeholder={w('chooseMeeting')}
        notFoundContent={w('noMeetings')}
        value={scope.meeting?.id}
        onChange={scope.chooseMeeting}
        options={(scope.meetings ?? []).map((m) => ({ value: m.id, label: m.title }))}
        aria-label={w('meeting')}
        data-testid="scope-meeting"
      />
    </Space>
  );
}

function Frame({ account, sections, path, scoped }: { account: Account; sections: Section[]; path: string; scoped: boolean }) {
  const { w } = useConsoleWords();
  const scope = useScope();
  const [, , key = '', ...rest] = path.split('/');
  const section = sections.find((s) => s.key === key);
  useEffect(() => {
    if (!section && sections[0]) history.replaceState(null, '', `/console/${sections[0].key}`);
  }, [section, sections]);
  const shown = section ?? sections[0]!;
  const Page = shown.page;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200} className="console-sider">
        <div className="console-brand">{w('title')}</div>
        <Menu
          mode="inline"
          selectedKeys={[shown.key]}
          items={sections.map((s) => ({ key: s.key, label: <a href={`/console/${s.key}`} onClick={(e) => { e.preventDefault(); navigate(`/console/${s.key}`); }}>{w(s.key)}</a> }))}
          data-testid="console-menu"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header">
          {scoped ? <ScopePicker /> : <span />}
          <Space>
            <Typography.Text>{account.displayName}</Typography.Text>
            <LanguageSwitch />
            <SignOut />
          </Space>
        </Layout.Header>
        <Layout.Content className="console-content">
          <ErrorAlert error={scope.error} retry={() => void scope.reload()} />
          <Typography.Title level={3} style={{ marginTop: 0 }}>{w(shown.key)}</Typography.Title>
          <Suspense fallback={<Loading />}>
            <Page rest={section ? `/${rest.join('/')}`.replace(/\/$/, '') : ''} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function Signed({ path }: { path: string }) {
  const { w } = useConsoleWords();
  const me = useApi<{ account: Account; permissions: Permission[] }>('/api/auth/me');
  const { setSession } = useSession();
  // A token the server no longer takes (expired, revoked, a restarted store) means signing in again.
  useEffect(() => {
    if (me.error && typeof me.error === 'object' && 'status' in me.error && me.error.status === 401) setSession(null);
  }, [me.error, setSession]);
  return (
    <Loaded read={me}>
      {({ account, permissions }) => {
        if (account.role === 'member')
          return <Result status="info" title={w('membersUsePad')} extra={[<Button key="pad" type="primary" href="/pad">{w('openPad')}</Button>, <SignOut key="out" />]} />;
        const sections = sectionsFor(permissions, account.role);
        if (sections.length === 0) return <Result status="403" title={w('noSection')} extra={<SignOut />} />;
        const scoped = permissions.includes('registry.view');
        return (
          <PermissionsContext.Provider value={permissions}>
            <ScopeProvider enabled={scoped}>
              <Frame account={account} sections={sections} path={path} scoped={scoped} />
            </ScopeProvider>
          </PermissionsContext.Provider>
        );
      }}
    </Loaded>
  );
}

export default function Console({ path }: { path: string }) {
  const { session } = useSession();
  const { w } = useConsoleWords();
  if (!session) return <SignIn title={w('title')} />;
  return <Signed key={session.token} path={path} />;
}

/** A section's notice that it needs a sitting, or a session, chosen at the top first. */
export function NeedsScope({ what }: { what: 'meeting' | 'session' }) {
  const { w } = useConsoleWords();
  return <Alert type="info" showIcon title={w(what === 'meeting' ? 'needsMeeting' : 'needsSession')} />;
}
