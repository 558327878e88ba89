/**
 * Who presides over the sitting, or one of its stages: the presider (主持), the executive chairs
 * (执行主席) in protocol order and, at a people's congress, the standing chair (常务主席), each
 * picked from the term's roster by search. Saving replaces that scope's roles.
 */
import { useState } from 'react';
import { Button, Card, Form, Select } from 'antd';
import type { Static } from 'typebox';
import type { MeetingDetail } from '@server/modules/meetings/presenters.js';
import type { BodyView } from '@server/modules/registry/presenters.js';
import { api } from '../../shared/api.js';
import { useApi } from '../../shared/useApi.js';
import { ErrorAlert } from '../../shared/States.js';
import { MemberPicker, type Known } from './MemberPicker.js';
import { useAction } from './useAction.js';
import { useSessionsWords } from './words.js';

type Body = Static<typeof BodyView>;
type Presiding = MeetingDetail['presiding'][number];

interface Props {
  meeting: MeetingDetail;
  reload: () => Promise<void>;
  termId: number;
  /** The stage whose roles are shown (null: the whole sitting); kept by the plan across saves. */
  stageId: number | null;
  onStage(stageId: number | null): void;
}

export function PresidingForm({ meeting, reload, termId, stageId: chosen, onStage }: Props) {
  const { w, lang } = useSessionsWords();
  const action = useAction();
  // A stage of another sitting, or one since removed: the whole sitting.
  const stageId = chosen !== null && meeting.stages.some((s) => s.id === chosen) ? chosen : null;
  const body = useApi<Body>(`/api/bodies/${meeting.bodyId}`);
  const current = (id: number | null): Presiding => meeting.presiding.find((p) => p.stageId === id) ?? { stageId: id, presider: null, standingChair: null, executiveChairs: [] };
  const [roles, setRoles] = useState(() => rolesOf(current(stageId)));
  const known: Known[] = meeting.presiding.flatMap((p) => [p.presider, p.standingChair, ...p.executiveChairs].filter((m) => m !== null));

  const chooseScope = (id: number | null) => {
    onStage(id);
    setRoles(rolesOf(current(id)));
    action.clear();
  };
  const save = async () => {
    const payload = {
      ...(stageId === null ? {} : { stageId }),
      ...(roles.presider === undefined ? {} : { presider: roles.presider }),
      executiveChairs: roles.executiveChairs,
      ...(roles.standingChair === undefined ? {} : { standingChair: roles.standingChair }),
    };
    if (await action.run(() => api('PUT', `/api/meetings/${meeting.id}/presiding`, lang, payload), w('presidingSaved'))) await reload();
  };

  return (
    <Card title={w('presiding')} size="small" style={{ marginBottom: 16 }} data-testid="presiding-form">
      <Form layout="vertical" onFinish={() => void save()}>
        {meeting.stages.length > 0 && (
          <Form.Item label={w('presidingScope')}>
            <Select value={stageId ?? 0} onChange={(v) => chooseScope(v === 0 ? null : v)} options={[{ value: 0, label: w('wholeMeeting') }, ...meeting.stages.map((s) => ({ value: s.id, label: s.title }))]} />
          </Form.Item>
        )}
        <Form.Item label={w('presider')}>
          <MemberPicker termId={termId} known={known} testId="presider" value={roles.presider} onChange={(presider) => setRoles((r) => ({ ...r, presider }))} />
        </Form.Item>
        <Form.Item label={w('executiveChairs')}>
          <MemberPicker multiple termId={termId} known={known} testId="executive-chairs" value={roles.executiveChairs} onChange={(executiveChairs) => setRoles((r) => ({ ...r, executiveChairs }))} />
        </Form.Item>
        {body.data?.kind === 'people-congress' && (
          <Form.Item label={w('standingChair')}>
            <MemberPicker termId={termId} known={known} testId="standing-chair" value={roles.standingChair} onChange={(standingChair) => setRoles((r) => ({ ...r, standingChair }))} />
          </Form.Item>
        )}
        <ErrorAlert error={action.error ?? body.error} />
        <Button type="primary" htmlType="submit" loading={action.busy} data-testid="presiding-save">{w('savePresiding')}</Button>
      </Form>
    </Card>
  );
}

function rolesOf(p: Presiding) {
  return { presider: p.presider?.membershipId, standingChair: p.standingChair?.membershipId, executiveChairs: p.executiveChairs.map((m) => m.membershipId) };
}
