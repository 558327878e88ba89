/**
 * The console's "sessions" section (会议与议程): the sessions and their sittings at
 * /console/sessions, and the plan of the sitting in scope (stages, agenda, presiding, non-voting
 * attendees) at /console/sessions/meeting.
 */
import { App, Tabs } from 'antd';
import { navigate } from '../../shared/navigate.js';
import type { SectionProps } from '../sections.js';
import { useScope } from '../scope.js';
import { SessionList } from './SessionList.js';
import { MeetingList } from './MeetingList.js';
import { MeetingPlan } from './MeetingPlan.js';
import { useSessionsWords } from './words.js';

export default function SessionsSection({ rest }: SectionProps) {
  const { w } = useSessionsWords();
  const { meeting } = useScope();
  const tab = rest === '/meeting' ? 'meeting' : 'overview';
  return (
    <App>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(key === 'meeting' ? '/console/sessions/meeting' : '/console/sessions')}
        data-testid="sessions-tabs"
        items={[
          {
            key: 'overview',
            label: w('overview'),
            children: (
              <>
                <SessionList />
                <MeetingList />
              </>
            ),
          },
          { key: 'meeting', label: meeting ? w('sittingTabOf', { title: meeting.title }) : w('sittingTab'), children: <MeetingPlan /> },
        ]}
      />
    </App>
  );
}
