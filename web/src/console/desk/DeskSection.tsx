/** The console's "desk" section: being built (see issue 7). */
import { Alert } from 'antd';
import { useConsoleWords } from '../words.js';

export default function DeskSection() {
  const { w } = useConsoleWords();
  return <Alert type="info" showIcon title={w('inProgress')} />;
}
