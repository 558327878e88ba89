/** The sitting in scope through `children`, keyed by it; while the scope loads, loading; none chosen, NeedsScope. */
import type { ReactNode } from 'react';
import { NeedsScope } from '../Console.js';
import { useScope, type MeetingItem } from '../scope.js';
import { Loading } from '../../shared/States.js';

export function WithMeeting({ children }: { children: (meeting: MeetingItem) => ReactNode }) {
  const scope = useScope();
  if (scope.meeting) return <div key={scope.meeting.id}>{children(scope.meeting)}</div>;
  const loading = !scope.error && (scope.sessions === null || (scope.session !== null && scope.meetings === null));
  return loading ? <Loading /> : <NeedsScope what="meeting" />;
}
