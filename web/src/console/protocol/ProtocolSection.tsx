/**
 * The console's "protocol" section (礼宾工具), one tab each, its address below the section's
 * (`/console/protocol/rostrum`): ordering a list of names (strokes or office), the rostrum of the
 * sitting in scope (chart, print, seating it), the hall's seating (chart, workbook, print, seating
 * it in a layout) and the name cards.
 */
import type { ReactNode } from 'react';
import { Tabs } from 'antd';
import { navigate } from '../../shared/navigate.js';
import { NeedsScope } from '../Console.js';
import { useScope } from '../scope.js';
import type { SectionProps } from '../sections.js';
import { HallTool } from './HallTool.js';
import { NameCards } from './NameCards.js';
import { RostrumTool } from './RostrumTool.js';
import { SortTool } from './SortTool.js';
import { useProtocolWords } from './words.js';
import './protocol.css';

const TABS = ['sort', 'rostrum', 'hall', 'cards'] as const;
type Tab = (typeof TABS)[number];

export default function ProtocolSection({ rest }: SectionProps) {
  const { w } = useProtocolWords();
  const { session, meeting } = useScope();
  const asked = rest.split('/')[1] ?? '';
  const tab: Tab = (TABS as readonly string[]).includes(asked) ? (asked as Tab) : 'sort';
  const sitting = (page: (meetingId: number, termId: number, bodyId: number, title: string) => ReactNode) =>
    meeting && session ? page(meeting.id, session.termId, session.bodyId, meeting.title) : <NeedsScope what="meeting" />;
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => navigate(`/console/protocol/${key}`)}
      className="protocol-tabs"
      items={[
        { key: 'sort', label: w('sortTab'), children: <SortTool bodyId={session?.bodyId ?? null} /> },
        { key: 'rostrum', label: w('rostrumTab'), children: sitting((id, termId) => <RostrumTool key={id} meetingId={id} termId={termId} />) },
        { key: 'hall', label: w('hallTab'), children: sitting((id, _t, bodyId, title) => <HallTool key={id} meetingId={id} bodyId={bodyId} title={title} />) },
        { key: 'cards', label: w('cardsTab'), children: sitting((id, _t, bodyId) => <NameCards key={id} meetingId={id} bodyId={bodyId} />) },
      ]}
    />
  );
}
