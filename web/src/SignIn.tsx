/**
 * Username and password for a bearer token (POST /api/auth/sign-in), kept in localStorage. Shown
 * in place of any page that needs an account; the server's refusal is shown in the user's language.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import type { Static } from 'typebox';
import type { SignInInput } from '@server/modules/accounts/signIn.js';
import { api, errorText } from './shared/api.js';
import { useT } from './shared/i18n.js';
import type { Session } from './shared/session.js';
import { useSession } from './shared/sessionContext.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function SignIn({ title }: { title?: string }) {
  const { t, lang } = useT();
  const { setSession } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Static<typeof SignInInput>) => {
    setBusy(true);
    setError(null);
    try {
      setSession(await api<Session>('POST', '/api/auth/sign-in', lang, values));
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5', padding: 16 }}>
      <Card title={title ?? t('appName')} extra={<LanguageSwitch />} style={{ width: 'min(400px, 100%)' }}>
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" title={error} style={{ marginBottom: 16 }} showIcon data-testid="sign-in-error" />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('signIn')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
