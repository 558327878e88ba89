/**
 * One election: its candidates (added and removed while it is prepared), its rounds — the open one
 * being counted, the closed ones with their verdicts and announcements — and the next round the
 * last verdict calls for.
 */
import { useEffect } from 'react';
import { useBusy } from '../../shared/useBusy.js';
import { Alert, Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { Next } from '@server/modules/voting/elections/rules/election.js';
import { api, errorText } from '../../shared/api.js';
import { Loaded } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { RoundCount } from './RoundCount.js';
import { RoundVerdictView } from './RoundVerdictView.js';
import type { ElectionFull } from './types.js';
import { useElectionWords } from './words.js';

const NEXT_KIND = { repeat: 'repeat', runoff: 'runoff', further: 'further' } as const;

export function StateTag({ state }: { state: 'draft' | 'voting' | 'done' }) {
  const { w } = useElectionWords();
  return <Tag color={state === 'voting' ? 'processing' : state === 'done' ? 'success' : 'default'}>{w(state)}</Tag>;
}

export function ElectionDetail({ electionId, tick, onChanged }: { electionId: number; tick: number; onChanged(): void }) {
  const { w, lang } = useElectionWords();
  const read = useApi<ElectionFull>(`/api/elections/${electionId}`);
  const { busy, error, run, clear } = useBusy();
  const [form] = Form.useForm<{ name: string }>();
  const { reload } = read;
  // Another desk's change, announced on the stream.
  useEffect(() => {
    if (tick > 0) void reload();
  }, [tick, reload]);

  const send = async (method: string, url: string, body?: unknown) =>
    (await run(async () => {
      await api(method, url, lang, body);
      await reload();
      onChanged();
      return true;
    })) ?? false;

  return (
    <Loaded read={read}>
      {(e) => {
        const last = e.rounds.at(-1);
        const next: Next | null = last?.state === 'closed' && last.verdict ? last.verdict.next : null;
        return (
          <Card
            data-testid="election-detail"
            title={
              <Space wrap>
                <span data-testid="election-office">{e.office}</span>
                <Tag>{`${w('seats')} ${e.seats}`}</Tag>
                <Tag color={e.contested ? 'orange' : 'blue'}>{e.contested ? w('contested') : w('uncontested')}</Tag>
                <StateTag state={e.state} />
              </Space>
            }
          >
            {error !== null && <Alert type="error" showIcon closable title={errorText(error, lang)} style={{ marginBottom: 16 }} onClose={clear} data-testid="election-error" />}
            <Typography.Title level={5}>{w('candidates')}</Typography.Title>
            <Table
              rowKey="id"
              size="small"
              bordered
              pagination={false}
              showHeader={false}
              dataSource={e.candidates}
              locale={{ emptyText: w('noCandidates') }}
              data-testid="candidates"
              style={{ marginBottom: 12, maxWidth: 560 }}
              columns={[
                { width: 56, render: (_v, c) => c.ordinal },
                { render: (_v, c) => <>{c.name} {c.source === 'write-in' && <Tag>{w('writeIn')}</Tag>}</> },
                {
                  width: 90,
                  render: (_v, c) =>
                    e.state === 'draft' && (
                      <Popconfirm title={w('confirmRemove', { name: c.name })} onConfirm={() => void send('DELETE', `/api/elections/${e.id}/candidates/${c.id}`)} okText={w('remove')} cancelText={w('cancel')}>
                        <Button size="small" type="link" danger className="no-print">{w('remove')}</Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
            {e.state === 'draft' && (
              <Space wrap className="no-print" style={{ marginBottom: 16 }}>
                <Form form={form} layout="inline" onFinish={(v) => void send('POST', `/api/elections/${e.id}/candidates`, { name: v.name.trim() }).then((ok) => ok && form.resetFields())}>
                  <Form.Item name="name" rules={[{ required: true, whitespace: true, max: 50 }]}>
                    <Input placeholder={w('candidateName')} style={{ width: 200 }} data-testid="candidate-name" />
                  </Form.Item>
                  <Button htmlType="submit" loading={busy} data-testid="add-candidate">{w('addCandidate')}</Button>
                </Form>
                <Button type="primary" loading={busy} onClick={() => void send('POST', `/api/elections/${e.id}/rounds`, {})} data-testid="open-round">{w('openFirst')}</Button>
              </Space>
            )}
            {e.rounds.map((r) => (
              <Card
                key={r.id}
                type="inner"
                size="small"
                style={{ marginTop: 16 }}
                title={
                  <Space>
                    {w('round', { n: r.ordinal })}
                    <span>{w(r.kind)}</span>
                    <Tag color={r.state === 'open' ? 'processing' : 'default'}>{r.state === 'open' ? w('roundOpen') : w('roundClosed')}</Tag>
                  </Space>
                }
              >
                {r.state === 'open' ? <RoundCount round={r} onClosed={() => void reload().then(onChanged)} /> : r.verdict && <RoundVerdictView verdict={r.verdict} announcement={r.announcement} />}
              </Card>
            ))}
            {next && next.action !== 'done' && (
              <Button style={{ marginTop: 16 }} type="primary" className="no-print" loading={busy} onClick={() => void send('POST', `/api/elections/${e.id}/rounds`, {})} data-testid="open-next-round">
                {w('openNext', { kind: w(NEXT_KIND[next.action]) })}
              </Button>
            )}
          </Card>
        );
      }}
    </Loaded>
  );
}
