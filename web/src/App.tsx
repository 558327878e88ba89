/**
 * The app's frame: the signed-in session, the language (antd's locale with it), and the routes —
 * `/` home, `/console`, `/pad`, `/screen/:meetingId`. A page that needs an account shows the
 * sign-in form in its place until someone signs in.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { LangContext, storeLang, storedLang, type Lang } from './shared/i18n.js';
import { loadSession, saveSession, type Session } from './shared/session.js';
import { SessionContext } from './shared/sessionContext.js';
import { usePath } from './shared/navigate.js';
import { SignIn } from './SignIn.js';
import { Home } from './Home.js';
import { Placeholder } from './Placeholder.js';
import { Loading } from './shared/States.js';

// Each part is its own chunk: the hall screen and the pad do not load the console.
const Console = lazy(() => import('./console/Console.js'));
const Screen = lazy(() => import('./screen/Screen.js'));
const Pad = lazy(() => import('./pad/Pad.js'));

function Routes({ path }: { path: string }) {
  const screen = /^\/screen\/(\d+)\/?$/.exec(path);
  if (screen) return <Screen meetingId={Number(screen[1])} />;
  if (path === '/console' || path.startsWith('/console/')) return <Console path={path} />;
  if (path === '/pad' || path.startsWith('/pad/')) return <Pad />;
  if (path === '/sign-in') return <SignIn />;
  if (path === '/') return <Home />;
  return <Placeholder page="notFound" />;
}

export function App() {
  const path = usePath();
  const [session, setSessionState] = useState<Session | null>(loadSession);
  const [lang, setLangState] = useState<Lang>(() => storedLang(loadSession()?.account.username ?? null));

  const setSession = useCallback((next: Session | null) => {
    saveSession(next);
    setSessionState(next);
    setLangState(storedLang(next?.account.username ?? null));
  }, []);
  const setLang = useCallback(
    (next: Lang) => {
      storeLang(session?.account.username ?? null, next);
      setLangState(next);
    },
    [session],
  );

  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <SessionContext.Provider value={{ session, setSession }}>
        <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#b71c1c' } }}>
          <Suspense fallback={<Loading />}>
            <Routes path={path} />
          </Suspense>
        </ConfigProvider>
      </SessionContext.Provider>
    </LangContext.Provider>
  );
}
