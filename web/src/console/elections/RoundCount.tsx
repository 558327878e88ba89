/**
 * An open round's count: the counting teams' entries (ballots issued and returned; each team's
 * tallies per candidate), the running totals of the entries that stand, withdrawing an entry made
 * in error (it stays on record), and closing the round. Every refusal in the server's words.
 */
import { useState } from 'react';
import { useBusy } from '../../shared/useBusy.js';
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, Modal, Popconfirm, Row, Space, Table, Tag } from 'antd';
import { api, errorText } from '../../shared/api.js';
import { Loaded } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import type { Entry, Round, RoundFull } from './types.js';
import { useElectionWords } from './words.js';

interface BatchValues {
  team?: string;
  ballots: number;
  void: number;
  marks: Record<string, number | null>;
}

export function RoundCount({ round, onClosed }: { round: Round; onClosed(): void }) {
  const { w, lang } = useElectionWords();
  const read = useApi<RoundFull>(`/api/election-rounds/${round.id}`);
  const { busy, error, run, clear } = useBusy();
  const [figuresForm] = Form.useForm<{ team?: string; issued: number; returned: number }>();
  const [batchForm] = Form.useForm<BatchValues>();
  const [withdrawing, setWithdrawing] = useState<{ entry: Entry; reason: string } | null>(null);

  const send = async (method: string, url: string, body?: unknown) =>
    (await run(async () => {
      await api(method, url, lang, body);
      await read.reload();
      return true;
    })) ?? false;
  const team = (t?: string) => (t?.trim() ? { team: t.trim() } : {});
  const enterFigures = async (v: { team?: string; issued: number; returned: number }) => {
    if (await send('POST', `/api/election-rounds/${round.id}/entries`, { ...team(v.team), figures: { issued: v.issued, returned: v.returned } })) figuresForm.resetFields();
  };
  const enterBatch = async (v: BatchValues) => {
    const marks = round.candidates.map((c) => ({ candidateId: c.id, votes: v.marks?.[c.id] ?? 0 }));
    if (await send('POST', `/api/election-rounds/${round.id}/entries`, { ...team(v.team), batch: { ballots: v.ballots, void: v.void ?? 0, marks } })) batchForm.resetFields();
  };
  const close = async () => {
    if (await send('POST', `/api/election-rounds/${round.id}/close`, {})) onClosed();
  };
  const nameOf = (id: number) => round.candidates.find((c) => c.id === id)?.name ?? `#${id}`;
  const describe = (e: Entry) => {
    if (e.kind === 'figures') {
      const d = e.data as { issued: number; returned: number };
      return `${w('issued')} ${d.issued} · ${w('returned')} ${d.returned}`;
    }
    if (e.kind === 'batch') {
      const d = e.data as { ballots: number; void: number; marks: { candidateId: number; votes: number }[] };
      return `${w('ballots')} ${d.ballots} · ${w('void')} ${d.void} · ${d.marks.map((m) => `${nameOf(m.candidateId)} ${m.votes}`).join('，')}`;
    }
    const d = e.data as { marks: number[]; writeIns: string[] };
    return [...d.marks.map(nameOf), ...d.writeIns].join('，');
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="round-count">
      {error !== null && <Alert type="error" showIcon closable title={errorText(error, lang)} onClose={clear} data-testid="round-error" />}
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card size="small" title={w('figures')}>
            <Form form={figuresForm} layout="vertical" onFinish={(v) => void enterFigures(v)}>
              <Form.Item name="team" label={w('team')}>
                <Input placeholder={w('teamHint')} maxLength={50} />
              </Form.Item>
              <Space>
                <Form.Item name="issued" label={w('issued')} rules={[{ required: true }]}>
                  <InputNumber min={0} precision={0} data-testid="figures-issued" />
                </Form.Item>
                <Form.Item name="returned" label={w('returned')} rules={[{ required: true }]}>
                  <InputNumber min={0} precision={0} data-testid="figures-returned" />
                </Form.Item>
              </Space>
              <Button htmlType="submit" loading={busy} data-testid="enter-figures">{w('enterFigures')}</Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={w('batch')}>
            <Form form={batchForm} layout="vertical" onFinish={(v) => void enterBatch(v)} initialValues={{ void: 0 }}>
              <Space wrap>
                <Form.Item name="team" label={w('team')}>
                  <Input placeholder={w('teamHint')} maxLength={50} data-testid="batch-team" />
                </Form.Item>
                <Form.Item name="ballots" label={w('ballots')} rules={[{ required: true }]}>
                  <InputNumber min={1} precision={0} data-testid="batch-ballots" />
                </Form.Item>
                <Form.Item name="void" label={w('void')}>
                  <InputNumber min={0} precision={0} data-testid="batch-void" />
                </Form.Item>
              </Space>
              <Space wrap>
                {round.candidates.map((c) => (
                  <Form.Item key={c.id} name={['marks', String(c.id)]} label={w('votesFor', { name: c.name })}>
                    <InputNumber min={0} precision={0} data-testid={`batch-votes-${c.name}`} />
                  </Form.Item>
                ))}
              </Space>
              <div>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="enter-batch">{w('enterBatch')}</Button>
              </div>
            </Form>
          </Card>
        </Col>
      </Row>
      <Loaded read={read}>
        {(r) => (
          <>
            <Descriptions size="small" bordered column={{ xs: 2, md: 4 }} title={w('totals')} data-testid="round-totals">
              <Descriptions.Item label={w('issued')}>{r.totals.issued}</Descriptions.Item>
              <Descriptions.Item label={w('returned')}>{r.totals.returned}</Descriptions.Item>
              <Descriptions.Item label={w('counted')}>{r.totals.counted}</Descriptions.Item>
              <Descriptions.Item label={w('void')}>{r.totals.void}</Descriptions.Item>
              {r.totals.votes.map((v) => (
                <Descriptions.Item key={v.candidateId} label={nameOf(v.candidateId)}>{v.votes}</Descriptions.Item>
              ))}
            </Descriptions>
            <Table<Entry>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={r.entries}
              locale={{ emptyText: w('noEntries') }}
              data-testid="round-entries"
              rowClassName={(e) => (e.withdrawnAt ? 'entry-withdrawn' : '')}
              columns={[
                { title: w('team'), width: 140, render: (_v, e) => e.team ?? '—' },
                { title: w('kind'), width: 120, render: (_v, e) => (e.kind === 'figures' ? w('figures') : w('batch')) },
                { title: w('content'), render: (_v, e) => <span style={e.withdrawnAt ? { textDecoration: 'line-through', color: '#999' } : undefined}>{describe(e)}</span> },
                {
                  title: '',
                  width: 160,
                  render: (_v, e) =>
                    e.withdrawnAt ? (
                      <Tag title={e.withdrawReason ?? ''}>{w('withdrawn')}</Tag>
                    ) : (
                      <Button size="small" danger className="no-print" onClick={() => setWithdrawing({ entry: e, reason: w('withdrawDefault') })}>{w('withdraw')}</Button>
                    ),
                },
              ]}
            />
          </>
        )}
      </Loaded>
      {withdrawing && (
        <Modal
          open
          title={`${w('withdraw')} · ${withdrawing.entry.team ?? ''} ${describe(withdrawing.entry)}`}
          okText={w('withdraw')}
          cancelText={w('cancel')}
          okButtonProps={{ danger: true, disabled: !withdrawing.reason.trim() }}
          confirmLoading={busy}
          onCancel={() => setWithdrawing(null)}
          onOk={() =>
            void send('DELETE', `/api/election-rounds/${round.id}/entries/${withdrawing.entry.id}?reason=${encodeURIComponent(withdrawing.reason.trim())}`).then((ok) => ok && setWithdrawing(null))
          }
        >
          {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} style={{ marginBottom: 16 }} />}
          <Form layout="vertical">
            <Form.Item label={w('withdrawReason')} required>
              <Input value={withdrawing.reason} maxLength={200} onChange={(ev) => setWithdrawing({ ...withdrawing, reason: ev.target.value })} />
            </Form.Item>
          </Form>
        </Modal>
      )}
      <Popconfirm title={w('confirmClose')} onConfirm={() => void close()} okText={w('closeRound')} cancelText={w('cancel')}>
        <Button type="primary" danger loading={busy} data-testid="close-round" className="no-print">{w('closeRound')}</Button>
      </Popconfirm>
    </Space>
  );
}
