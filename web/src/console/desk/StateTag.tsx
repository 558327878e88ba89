/** A member's state at the sitting: 已签到 / 请假 / 未签到. */
import { Tag } from 'antd';
import { useDeskWords } from './words.js';

const COLORS = { present: 'success', leave: 'warning', absent: 'default' } as const;

export function StateTag({ state }: { state: 'present' | 'leave' | 'absent' }) {
  const { w } = useDeskWords();
  return <Tag color={COLORS[state]} data-testid="member-state">{w(state)}</Tag>;
}
