/**
 * A button that fetches a file of the server's with the token and saves it under the server's
 * name; while it works it spins, and a refusal (a document needing data not recorded yet, a
 * permission) is shown under it in the user's language.
 */
import type { ReactNode } from 'react';
import { Button, Typography } from 'antd';
import { errorText } from '../../shared/api.js';
import { useT } from '../../shared/i18n.js';
import { downloadFile } from '../../shared/files.js';
import { useBusy } from '../../shared/useBusy.js';

export interface FileButtonProps {
  url: string;
  /** The name to save under when the server gives none. */
  fallbackName: string;
  children: ReactNode;
  testId?: string;
  size?: 'small' | 'middle' | 'large';
  type?: 'default' | 'primary' | 'link';
}

export function FileButton({ url, fallbackName, children, testId, size = 'small', type = 'default' }: FileButtonProps) {
  const { lang } = useT();
  const { busy, error, run } = useBusy();
  return (
    <span className="file-button">
      <Button size={size} type={type} loading={busy} onClick={() => void run(() => downloadFile(url, lang, fallbackName))} data-testid={testId}>
        {children}
      </Button>
      {error !== null && (
        <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }} data-testid={testId ? `${testId}-error` : undefined}>
          {errorText(error, lang)}
        </Typography.Text>
      )}
    </span>
  );
}
