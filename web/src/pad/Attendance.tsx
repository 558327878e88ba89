/**
 * The member's own attendance at the chosen sitting: 已签到 / 请假 / 未签到, one large check-in
 * button when the meeting allows pad check-in, and a leave request with its reason. The server's
 * refusal is shown in the user's language.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input } from 'antd';
import type { MyMeeting } from '@server/modules/attendance/myMeetings.js';
import { api, errorText } from '../shared/api.js';
import { useT } from '../shared/i18n.js';

export function Attendance({ meeting, onChange }: { meeting: MyMeeting; onChange: () => Promise<void> }) {
  const { t, lang } = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  const act = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      setAsking(false);
      await onChange();
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const checkIn = () => act(() => api('POST', `/api/meetings/${meeting.id}/check-in`, lang, {}));
  const askLeave = ({ reason }: { reason: string }) => act(() => api('POST', `/api/meetings/${meeting.id}/leave-requests`, lang, { reason }));

  const label = meeting.state === 'present' ? t('checkedIn') : meeting.state === 'leave' ? t('onLeave') : t('notCheckedIn');
  const leaveLine = meeting.leaveRequest === 'pending' ? t('leavePending') : meeting.leaveRequest === 'rejected' ? t('leaveRejected') : null;
  return (
    <Card size="small">
      <div className={`pad-state ${meeting.state}`} data-testid="attendance-state">{label}</div>
      {leaveLine && meeting.state === 'absent' && <div style={{ textAlign: 'center' }} data-testid="leave-state">{leaveLine}</div>}
      {meeting.state !== 'present' && (
        <div style={{ display: 'grid', gap: 12, marginTop: 12 }}>
          {meeting.padCheckIn ? (
            <Button type="primary" className="pad-big" block loading={busy} onClick={checkIn} data-testid="check-in">
              {t('checkIn')}
            </Button>
          ) : (
            <Alert type="info" title={t('checkInClosed')} />
          )}
          {meeting.state === 'absent' && meeting.leaveRequest !== 'pending' && !asking && (
            <Button block size="large" onClick={() => setAsking(true)}>{t('askLeave')}</Button>
          )}
          {asking && (
            <Form layout="vertical" onFinish={askLeave} requiredMark={false}>
              <Form.Item label={t('leaveReason')} name="reason" rules={[{ required: true, message: t('required') }]}>
                <Input size="large" maxLength={200} />
              </Form.Item>
              <div style={{ display: 'flex', gap: 8 }}>
                <Button type="primary" htmlType="submit" size="large" loading={busy} style={{ flex: 1 }}>{t('submit')}</Button>
                <Button size="large" onClick={() => setAsking(false)} style={{ flex: 1 }}>{t('cancel')}</Button>
              </div>
            </Form>
          )}
        </div>
      )}
      {error && <Alert type="error" title={error} showIcon style={{ marginTop: 12 }} data-testid="attendance-error" />}
    </Card>
  );
}
