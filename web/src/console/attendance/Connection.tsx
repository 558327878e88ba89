/** The live stream's state as a small badge: 实时更新 / 正在重连. */
import { Badge } from 'antd';
import type { Connection } from '../../shared/useMeetingStream.js';
import { useAttendanceWords } from './words.js';

const STATUS = { live: 'success', connecting: 'processing', reconnecting: 'warning', stopped: 'error' } as const;

export function ConnectionBadge({ connection }: { connection: Connection }) {
  const { w } = useAttendanceWords();
  return <Badge className="no-print" status={STATUS[connection]} text={<span data-testid="connection">{w(connection)}</span>} />;
}
