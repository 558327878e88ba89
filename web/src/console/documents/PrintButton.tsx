/** A button that fetches a printable page of the server's with the token and prints it (its own A4 rules), a refusal shown beside it. */
import { Button, Typography } from 'antd';
import { errorText } from '../../shared/api.js';
import { useT } from '../../shared/i18n.js';
import { fetchText, printHtml } from '../../shared/files.js';
import { useBusy } from '../../shared/useBusy.js';

export function PrintButton({ url, label, testId }: { url: string; label: string; testId?: string }) {
  const { lang } = useT();
  const { busy, error, run } = useBusy();
  return (
    <>
      <Button loading={busy} onClick={() => void run(async () => printHtml(await fetchText(url, lang)))} data-testid={testId}>{label}</Button>
      {error !== null && <Typography.Text type="danger">{errorText(error, lang)}</Typography.Text>}
    </>
  );
}
