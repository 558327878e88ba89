/** A form's refusal by the server, in the user's language, under the form. */
import { Alert } from 'antd';

export function Refusal({ text }: { text: string | null }) {
  if (!text) return null;
  return <Alert type="error" showIcon title={text} style={{ marginBottom: 12 }} data-testid="refusal" />;
}
