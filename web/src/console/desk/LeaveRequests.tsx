/** The sitting's pending leave requests (GET …/leave-requests?status=pending), each to approve or reject. */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Typography } from 'antd';
import type { Static } from 'typebox';
import type { LeaveRequestView } from '@server/modules/attendance/presenters.js';
import { api, errorText } from '../../shared/api.js';
import { Loaded, Nothing } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { useDeskWords } from './words.js';

type LeaveRequest = Static<typeof LeaveRequestView>;

/** `tick` changing reads the list again. */
export function LeaveRequests({ meetingId, tick }: { meetingId: number; tick: number }) {
  const { w, lang } = useDeskWords();
  const read = useApi<LeaveRequest[]>(`/api/meetings/${meetingId}/leave-requests?status=pending`);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = read.reload;
  useEffect(() => {
    if (tick > 0) void reload();
  }, [tick, reload]);

  const decide = async (request: LeaveRequest, decision: 'approve' | 'reject') => {
    setBusy(request.id);
    setError(null);
    try {
      await api('POST', `/api/leave-requests/${request.id}/decision`, lang, { decision });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
    await reload();
  };

  return (
    <Card
      size="small"
      title={w('leaveRequests')}
      extra={<Button size="small" type="link" onClick={() => void reload()} loading={read.loading}>{w('refresh')}</Button>}
      data-testid="leave-requests"
    >
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 12 }} data-testid="leave-error" />}
      <Loaded read={read}>
        {(requests) =>
          requests.length === 0 ? (
            <Nothing text={w('noPending')} />
          ) : (
            <div className="desk-leaves">
              {requests.map((r) => (
                <div key={r.id} className="desk-leave" data-testid="leave-request">
                  <div>
                    <Space>
                      <span className="desk-leave-name" data-testid="leave-name">{r.name}</span>
                      <Typography.Text type="secondary">{r.key}</Typography.Text>
                    </Space>
                    <div data-testid="leave-reason">{r.reason}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {w('requestedAt', { by: r.requestedBy, time: new Date(r.requestedAt).toLocaleString(lang, { hour12: false }) })}
                    </Typography.Text>
                  </div>
                  <Space>
                    <Button size="small" type="primary" loading={busy === r.id} onClick={() => void decide(r, 'approve')}>{w('approve')}</Button>
                    <Button size="small" danger disabled={busy === r.id} onClick={() => void decide(r, 'reject')}>{w('reject')}</Button>
                  </Space>
                </div>
              ))}
            </div>
          )
        }
      </Loaded>
    </Card>
  );
}
