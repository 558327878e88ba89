/** The console until its slice lands, and the page for an unknown path. */
import { Button, Result } from 'antd';
import { useT } from './shared/i18n.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function Placeholder({ page }: { page: 'console' | 'notFound' }) {
  const { t } = useT();
  return (
    <Result
      status={page === 'notFound' ? '404' : 'info'}
      title={t(page)}
      subTitle={page === 'notFound' ? undefined : t('comingSoon')}
      extra={[<Button key="home" href="/">{t('home')}</Button>, <LanguageSwitch key="lang" />]}
    />
  );
}
