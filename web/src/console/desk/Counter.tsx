/** The desk's small live counter: 实到 / 应到, and whether the figures are live. */
import { Card, Typography } from 'antd';
import type { LiveCounts } from '../attendance/useLiveCounts.js';
import { ConnectionBadge } from '../attendance/Connection.js';
import { useDeskWords } from './words.js';

export function Counter({ live }: { live: LiveCounts }) {
  const { w } = useDeskWords();
  const { counts } = live;
  return (
    <Card size="small">
      <div className="desk-counter">
        <div>
          <Typography.Text type="secondary">{w('counter')}</Typography.Text>
          <div className="desk-counter-figure" data-testid="desk-counter">
            {counts ? `${counts.present} / ${counts.expected}` : '— / —'}
          </div>
        </div>
        <ConnectionBadge connection={live.connection} />
      </div>
    </Card>
  );
}
