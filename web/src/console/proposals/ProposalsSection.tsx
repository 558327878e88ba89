/**
 * The console's "proposals" section (提案) for the session in scope: every proposal with filters and
 * full-text search, the queue awaiting review, the overdue assignments and the statistics, each a
 * tab with its own address (`/console/proposals/review` …). A proposal opens in a drawer with its
 * text and the actions its state allows: review, the presidium's decision, assignment.
 */
import { Tabs } from 'antd';
import { navigate } from '../../shared/navigate.js';
import { NeedsScope } from '../Console.js';
import { useScope } from '../scope.js';
import { usePermissions } from '../permissions.js';
import type { SectionProps } from '../sections.js';
import { ProposalList } from './ProposalList.js';
import { Overdue } from './Overdue.js';
import { Stats } from './Stats.js';
import { useProposalWords } from './words.js';

const TABS = ['all', 'review', 'overdue', 'stats'] as const;
type Tab = (typeof TABS)[number];

export default function ProposalsSection({ rest }: SectionProps) {
  const { w } = useProposalWords();
  const { session } = useScope();
  const permissions = usePermissions();
  if (!session) return <NeedsScope what="session" />;
  const wanted = rest.split('/')[1] as Tab | undefined;
  return (
    <>
      {(() => {
        const manage = permissions.includes('proposals.manage');
        const shown = TABS.filter((t) => t !== 'overdue' || manage);
        const tab: Tab = wanted && shown.includes(wanted) ? wanted : 'all';
        const names: Record<Tab, string> = { all: w('tabAll'), review: w('tabReview'), overdue: w('tabOverdue'), stats: w('tabStats') };
        return (
          <Tabs
            activeKey={tab}
            onChange={(key) => navigate(`/console/proposals/${key}`)}
            destroyOnHidden
            items={shown.map((key) => ({
              key,
              label: <span data-testid={`tab-${key}`}>{names[key]}</span>,
              children:
                key === 'all' ? (
                  <ProposalList key={`all-${session.id}`} session={session} permissions={permissions} />
                ) : key === 'review' ? (
                  <ProposalList key={`review-${session.id}`} session={session} permissions={permissions} queue />
                ) : key === 'overdue' ? (
                  <Overdue sessionId={session.id} />
                ) : (
                  <Stats sessionId={session.id} />
                ),
            }))}
          />
        );
      })()}
    </>
  );
}
