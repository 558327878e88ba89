/** The page for an unknown path. */
import { Button, Result } from 'antd';
import { useT } from './shared/i18n.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function Placeholder({ page }: { page: 'notFound' }) {
  const { t } = useT();
  return (
    <Result
      status="404"
      title={t(page)}
      extra={[<Button key="home" href="/">{t('home')}</Button>, <LanguageSwitch key="lang" />]}
    />
  );
}
