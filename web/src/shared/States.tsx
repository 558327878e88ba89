/**
 * The states every page shows the same way: loading, an error in the user's language (with a
 * retry when one is given), and empty.
 */
import type { ReactNode } from 'react';
import { Alert, Button, Empty, Spin } from 'antd';
import { errorText } from './api.js';
import { useT } from './i18n.js';
import type { Read } from './useApi.js';

export function Loading() {
  const { t } = useT();
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin description={t('loading')} />
    </div>
  );
}

export function ErrorAlert({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t, lang } = useT();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error, lang)}
      style={{ marginBottom: 16 }}
      data-testid="error"
      action={retry && <Button size="small" onClick={retry}>{t('retry')}</Button>}
    />
  );
}

export function Nothing({ text }: { text: string }) {
  return <Empty description={text} />;
}

/** The read's data through `children`, else its loading or error state. */
export function Loaded<T>({ read, children }: { read: Read<T>; children: (data: T) => ReactNode }) {
  if (read.data !== null)
    return (
      <>
        <ErrorAlert error={read.error} retry={() => void read.reload()} />
        {children(read.data)}
      </>
    );
  if (read.error) return <ErrorAlert error={read.error} retry={() => void read.reload()} />;
  return <Loading />;
}
