/** A button that fetches a printable page of the server's with the token and prints it (its own A4 rules), a refusal shown beside it. */
import { useState } from 'react';
import { Button, Typography } from 'antd';
import { errorText } from '../../shared/api.js';
import { useT } from '../../shared/i18n.js';
import { fetchText, printHtml } from '../../shared/files.js';

export function PrintButton({ url, label, testId }: { url: string; label: string; testId?: string }) {
  const { lang } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      printHtml(await fetchText(url, lang));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button loading={busy} onClick={() => void run()} data-testid={testId}>{label}</Button>
      {error !== null && <Typography.Text type="danger">{errorText(error, lang)}</Typography.Text>}
    </>
  );
}
