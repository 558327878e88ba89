import { Button } from 'antd';
import { useT } from './shared/i18n.js';

/** Switches between 中文 and English; remembered for the signed-in account. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useT();
  return (
    <Button size="small" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
      {t('language')}
    </Button>
  );
}
