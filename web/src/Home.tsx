/** The page at `/`: where each part of the app is, and the API's documentation. */
import { Card, Space, Typography } from 'antd';
import { useT } from './shared/i18n.js';
import { useSession } from './shared/sessionContext.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { SignOut } from './SignOut.js';

export function Home() {
  const { t } = useT();
  const { session } = useSession();
  return (
    <div style={{ maxWidth: 720, margin: '48px auto', padding: '0 16px' }}>
      <Card
        title={<Typography.Title level={2} style={{ color: '#b71c1c', margin: 0 }}>{t('appName')}</Typography.Title>}
        extra={<Space>{session && <span>{t('signedInAs')} {session.account.displayName}</span>}<SignOut /><LanguageSwitch /></Space>}
      >
        <ul style={{ lineHeight: 2 }}>
          <li><a href="/console">{t('console')}</a></li>
          <li><a href="/pad">{t('pad')}</a></li>
          <li>{t('screen')} — {t('screenHint')}</li>
          <li><a href="/api/docs">{t('apiDocs')}</a> · <a href="/api/openapi.json">OpenAPI</a> · <a href="/api/health">/api/health</a></li>
        </ul>
      </Card>
    </div>
  );
}
