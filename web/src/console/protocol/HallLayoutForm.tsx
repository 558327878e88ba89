/** A new hall layout for the body (POST /api/bodies/:id/hall-layouts): its name, its blocks as text, its fill order. */
import { useState } from 'react';
import { Button, Card, Input, Radio, Space } from 'antd';
import { api } from '../../shared/api.js';
import { ErrorAlert } from '../../shared/States.js';
import { parseLayoutText } from './hallLayoutText.js';
import { useProtocolWords } from './words.js';

export function HallLayoutForm({ bodyId, onSaved }: { bodyId: number; onSaved(layoutId: number): void }) {
  const { w, lang } = useProtocolWords();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [order, setOrder] = useState<'blocks' | 'rows'>('blocks');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    const parsed = parseLayoutText(text);
    if ('badLine' in parsed) {
      setError(new Error(w('layoutSyntax', { n: parsed.badLine, line: parsed.line })));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await api<{ id: number }>('POST', `/api/bodies/${bodyId}/hall-layouts`, lang, { name: name.trim(), blocks: parsed.blocks, order });
      setName('');
      setText('');
      onSaved(saved.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={w('newLayout')} size="small" className="no-print">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Input placeholder={w('layoutName')} value={name} onChange={(e) => setName(e.target.value)} aria-label={w('layoutName')} style={{ maxWidth: 320 }} />
        <label htmlFor="hall-blocks">{w('layoutBlocks')}</label>
        <Input.TextArea id="hall-blocks" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder={w('layoutBlocksPlaceholder')} />
        <Space wrap>
          <span>{w('layoutOrder')}</span>
          <Radio.Group value={order} onChange={(e) => setOrder(e.target.value as 'blocks' | 'rows')}>
            <Radio value="blocks">{w('orderBlocks')}</Radio>
            <Radio value="rows">{w('orderRows')}</Radio>
          </Radio.Group>
        </Space>
        <ErrorAlert error={error} />
        <Button type="primary" loading={busy} disabled={name.trim() === '' || text.trim() === ''} onClick={() => void save()}>{w('saveLayout')}</Button>
      </Space>
    </Card>
  );
}
