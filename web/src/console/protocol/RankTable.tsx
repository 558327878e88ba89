/**
 * The body's rank table of office titles (GET/PUT /api/bodies/:id/ranks), which "by office"
 * ordering reads: shown as one line from the highest rank, and, for those who may, edited as text —
 * one rank a line from the highest, titles of equal rank on one line separated by 、.
 */
import { useState } from 'react';
import { Button, Input, Space, Typography } from 'antd';
import type { Static } from 'typebox';
import type { RankTableView } from '@server/modules/protocol/presenters.js';
import { api } from '../../shared/api.js';
import { useBusy } from '../../shared/useBusy.js';
import { ErrorAlert } from '../../shared/States.js';
import { useApi } from '../../shared/useApi.js';
import { useCan } from '../permissions.js';
import { useProtocolWords } from './words.js';

type Ranks = Static<typeof RankTableView>['ranks'];

/** The table as lines, highest rank first, equal ranks on one line. */
export function ranksToText(ranks: Ranks): string {
  const byRank = new Map<number, string[]>();
  for (const r of [...ranks].sort((a, b) => a.rank - b.rank)) byRank.set(r.rank, [...(byRank.get(r.rank) ?? []), r.title]);
  return [...byRank.values()].map((titles) => titles.join('、')).join('\n');
}

/** Lines back into the table: line n is rank n. */
export function textToRanks(text: string): Ranks {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.flatMap((line, i) => line.split(/[、,，]/).map((t) => t.trim()).filter((t) => t !== '').map((title) => ({ title, rank: i + 1 })));
}

export function RankTable({ bodyId }: { bodyId: number }) {
  const { w, lang } = useProtocolWords();
  const table = useApi<Static<typeof RankTableView>>(`/api/bodies/${bodyId}/ranks`);
  const canManage = useCan('meeting.manage');
  const [draft, setDraft] = useState<string | null>(null);
  const { busy, error, run } = useBusy();
  if (table.error) return <ErrorAlert error={table.error} retry={() => void table.reload()} />;
  if (!table.data) return null;
  const { ranks } = table.data;
  const save = async () => {
    await run(async () => {
      await api('PUT', `/api/bodies/${bodyId}/ranks`, lang, { ranks: textToRanks(draft ?? '') });
      await table.reload();
      setDraft(null);
    });
  };
  if (draft !== null)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <label htmlFor="rank-table"><strong>{w('rankTable')}</strong> <Typography.Text type="secondary">{w('rankTableHint')}</Typography.Text></label>
        <Input.TextArea id="rank-table" rows={6} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <ErrorAlert error={error} />
        <Space>
          <Button type="primary" loading={busy} onClick={() => void save()}>{w('saveRanks')}</Button>
          <Button onClick={() => setDraft(null)}>{w('cancel')}</Button>
        </Space>
      </Space>
    );
  return (
    <Space wrap>
      <Typography.Text type="secondary" data-testid="rank-table">
        {ranks.length === 0 ? w('noRanks') : w('ranksKnown', { titles: ranksToText(ranks).split('\n').join(' > ') })}
      </Typography.Text>
      {canManage && <Button size="small" onClick={() => setDraft(ranksToText(ranks))}>{w('editRanks')}</Button>}
    </Space>
  );
}
