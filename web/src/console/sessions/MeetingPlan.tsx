/**
 * The plan of the sitting in scope, read whole from GET /api/meetings/:id: its particulars, then
 * its agenda, presiding, non-voting attendees and stages, each saved on its own. Every save reads
 * the sitting again, so what is shown is what the server holds.
 */
import { useState } from 'react';
import { Card, Col, Descriptions, Row, Tag } from 'antd';
import type { MeetingDetail } from '@server/modules/meetings/presenters.js';
import { useApi } from '../../shared/useApi.js';
import { Loaded, Loading } from '../../shared/States.js';
import { NeedsScope } from '../Console.js';
import { useScope } from '../scope.js';
import { AgendaEditor } from './AgendaEditor.js';
import { PresidingForm } from './PresidingForm.js';
import { AttendeeLines } from './AttendeeLines.js';
import { StageList } from './StageList.js';
import { shownMoment } from './moments.js';
import { useSessionsWords } from './words.js';

export function MeetingPlan() {
  const { meeting, session } = useScope();
  const detail = useApi<MeetingDetail>(meeting ? `/api/meetings/${meeting.id}` : null);
  const [presidingStage, setPresidingStage] = useState<number | null>(null);
  if (!meeting || !session) return <NeedsScope what="meeting" />;
  return (
    <Loaded read={detail}>
      {(d) => {
        // A read of the sitting chosen before may still be on screen while the new one loads.
        if (d.id !== meeting.id) return <Loading />;
        const parts = { meeting: d, reload: detail.reload };
        return (
          <>
            <Particulars meeting={d} />
            <AgendaEditor key={`agenda-${d.id}-${JSON.stringify(d.agenda)}`} {...parts} />
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <PresidingForm key={`presiding-${d.id}-${JSON.stringify(d.presiding)}`} {...parts} termId={session.termId} stageId={presidingStage} onStage={setPresidingStage} />
                <StageList {...parts} />
              </Col>
              <Col xs={24} xl={12}>
                <AttendeeLines {...parts} />
              </Col>
            </Row>
          </>
        );
      }}
    </Loaded>
  );
}

function Particulars({ meeting }: { meeting: MeetingDetail }) {
  const { w, lang } = useSessionsWords();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="sitting-particulars">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        title={<span data-testid="sitting-in-scope">{meeting.title}</span>}
        items={[
          { key: 'kind', label: w('kind'), children: w(`kind_${meeting.kind}` as 'kind_plenary') },
          { key: 'start', label: w('startsAt'), children: shownMoment(meeting.startsAt) },
          { key: 'venue', label: w('venue'), children: meeting.venue ?? '—' },
          { key: 'pad', label: w('padCheckIn'), children: meeting.padCheckIn ? <Tag color="green">{w('padCheckInOn')}</Tag> : <Tag>{w('padCheckInOff')}</Tag> },
          { key: 'quorum', label: lang === 'en' ? 'Quorum' : '法定人数', span: 'filled', children: lang === 'en' ? meeting.quorum.inForce.ruleEn : meeting.quorum.inForce.rule },
        ]}
      />
    </Card>
  );
}
