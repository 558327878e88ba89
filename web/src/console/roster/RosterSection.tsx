/** The console's "roster" section: being built (see issue 7). */
import { Alert } from 'antd';
import { useConsoleWords } from '../words.js';

export default function RosterSection() {
  const { w } = useConsoleWords();
  return <Alert type="info" showIcon title={w('inProgress')} />;
}
