/**
 * Orders a pasted list of names, one per line, by surname strokes (以姓氏笔画为序) or by office
 * (按职务排序, each line "name title", ranked by the body's rank table) — POST /api/protocol/sort —
 * and shows the server's order as a numbered list under the statement of the order used, to copy
 * or print. A name the server cannot order (a character without stroke data, an unknown title) is
 * refused in its own words.
 */
import { useState } from 'react';
import { Button, Card, Checkbox, Input, Radio, Space, Typography } from 'antd';
import type { Static } from 'typebox';
import type { SortedListView } from '@server/modules/protocol/presenters.js';
import type { SortListInput } from '@server/modules/protocol/sortList.js';
import { api } from '../../shared/api.js';
import { ErrorAlert } from '../../shared/States.js';
import { RankTable } from './RankTable.js';
import { useProtocolWords } from './words.js';

type Sorted = Static<typeof SortedListView>;
type By = SortListInput['by'];

/** The pasted lines as the sort's input: names, or (by office) a name and the title after it. */
export function sortInput(text: string, by: By, bodyId: number | null, singleFirst: boolean): SortListInput {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (by === 'strokes') return { names: lines, by, singleFirst };
  const names = lines.map((line) => {
    const [name = line, ...rest] = line.split(/\s+/);
    const title = rest.join(' ');
    return title === '' ? { name } : { name, title };
  });
  return { names, by, singleFirst, ...(bodyId !== null && names.some((n) => 'title' in n) ? { bodyId } : {}) };
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function SortTool({ bodyId }: { bodyId: number | null }) {
  const { w, lang } = useProtocolWords();
  const [text, setText] = useState('');
  const [by, setBy] = useState<By>('strokes');
  const [singleFirst, setSingleFirst] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sorted, setSorted] = useState<Sorted | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const sort = async () => {
    const input = sortInput(text, by, bodyId, singleFirst);
    if (input.names.length === 0) {
      setError(new Error(w('noNames')));
      return;
    }
    setBusy(true);
    setError(null);
    setCopied(null);
    try {
      setSorted(await api<Sorted>('POST', '/api/protocol/sort', lang, input));
    } catch (e) {
      setError(e);
      setSorted(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sort-tool">
      <Card className="no-print" style={{ marginBottom: 16 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <label htmlFor="sort-names"><strong>{w('namesLabel')}</strong></label>
          <Input.TextArea id="sort-names" rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder={w('namesPlaceholder')} data-testid="sort-input" style={{ fontSize: 16 }} />
          <Space wrap>
            <Radio.Group value={by} onChange={(e) => setBy(e.target.value as By)} optionType="button" buttonStyle="solid" data-testid="sort-by">
              <Radio.Button value="strokes">{w('byStrokes')}</Radio.Button>
              <Radio.Button value="rank">{w('byRank')}</Radio.Button>
            </Radio.Group>
            <Checkbox checked={singleFirst} onChange={(e) => setSingleFirst(e.target.checked)}>{w('singleFirst')}</Checkbox>
            <Button type="primary" onClick={() => void sort()} loading={busy} data-testid="sort-run">{w('sort')}</Button>
          </Space>
          {by === 'rank' && <Typography.Text type="secondary">{w('namesHint')}</Typography.Text>}
          {by === 'rank' && bodyId !== null && <RankTable bodyId={bodyId} />}
        </Space>
      </Card>
      <div className="no-print"><ErrorAlert error={error} /></div>
      {sorted && (
        <Card
          title={<span>{w('result')} <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>（{lang === 'en' ? sorted.statementEn : sorted.statement}）· {w('count', { n: sorted.names.length })}</Typography.Text></span>}
          extra={
            <Space className="no-print">
              {copied !== null && <Typography.Text type={copied ? 'success' : 'danger'}>{w(copied ? 'copied' : 'copyFailed')}</Typography.Text>}
              <Button onClick={() => void copy(sorted.names.join('\n')).then(setCopied)} data-testid="sort-copy">{w('copy')}</Button>
              <Button onClick={() => window.print()}>{w('print')}</Button>
            </Space>
          }
        >
          <ol className="sorted-names" data-testid="sorted-names">
            {sorted.names.map((name, i) => (
              <li key={i} data-testid="sorted-name">
                <span className="sorted-name">{name}</span>
                {sorted.items?.[i]?.title && <span className="sorted-title">{sorted.items[i].title}</span>}
              </li>
            ))}
          </ol>
        </Card>
      )}
    </div>
  );
}
