/**
 * The console's "script" section (主持词): the presiding script of the sitting in scope as the
 * presider reads it, in large type, each agenda step in order, with the live sentences filled in —
 * the attendance sentence from the stream's counts, each vote's result once it closes. Printable
 * (the console frame and the toolbar stay off the paper).
 */
import { useState } from 'react';
import { Alert, Badge, Button, Space } from 'antd';
import type { MeetingCounts } from '@server/modules/attendance/counts.js';
import { ErrorAlert, Loading } from '../../shared/States.js';
import { NeedsScope } from '../Console.js';
import { useScope } from '../scope.js';
import type { Block as DocBlock } from '@server/modules/publishing/document.js';
import { useLiveScript, type LiveScript } from './useLiveScript.js';
import { useScriptWords } from './words.js';
import './script.css';

const SIZES = [18, 20, 22, 24, 28, 32];

function Block({ block, index, script, counts }: { block: DocBlock; index: number; script: LiveScript; counts: MeetingCounts | null }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case 'paragraph': {
      const cls = block.align === 'justify' ? undefined : block.align;
      const att = script.attendance;
      if (att && att.index === index) {
        // The printed sentence replaced by the live one; the words after it stay the script's.
        return (
          <p className={cls} data-testid="attendance-paragraph">
            <span className="live-sentence" data-testid="attendance-sentence">{counts?.quorum.sentence ?? att.sentence}</span>
            {block.text.slice(att.sentence.length)}
          </p>
        );
      }
      const result = block.text.startsWith('表决结果：');
      return (
        <p className={result ? 'result' : cls} data-testid={result ? 'vote-result' : undefined}>
          {block.text}
        </p>
      );
    }
    case 'table':
      return (
        <table>
          {block.caption && <caption>{block.caption}</caption>}
          <tbody>
            <tr>{block.header.map((cell, c) => <th key={c}>{cell}</th>)}</tr>
            {block.rows.map((row, r) => (
              <tr key={r}>{row.map((cell, c) => <td key={c}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      );
    case 'signature':
      return (
        <div className="signature">
          {block.lines.map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </div>
      );
  }
}

function Script({ meetingId }: { meetingId: number }) {
  const { w, lang } = useScriptWords();
  const { script, counts, error, connection, reread } = useLiveScript(meetingId, lang);
  const [size, setSize] = useState(2);
  const status = { live: ['success', w('live')], connecting: ['processing', w('connecting')], reconnecting: ['warning', w('reconnecting')], stopped: ['default', w('stopped')] } as const;
  const [badge, label] = status[connection];
  return (
    <>
      <div className="script-toolbar no-print">
        <Space wrap>
          <Badge status={badge} text={<span data-testid="connection">{label}</span>} />
          <Alert type="info" showIcon title={w('liveNote')} style={{ padding: '2px 12px' }} />
        </Space>
        <Space wrap>
          <Button onClick={() => setSize((s) => Math.max(0, s - 1))} disabled={size === 0} aria-label={w('smaller')}>A−</Button>
          <Button onClick={() => setSize((s) => Math.min(SIZES.length - 1, s + 1))} disabled={size === SIZES.length - 1} aria-label={w('bigger')}>A+</Button>
          <Button onClick={() => void reread()}>{w('reread')}</Button>
          <Button type="primary" onClick={() => window.print()} disabled={!script} data-testid="print-script">{w('print')}</Button>
        </Space>
      </div>
      <div className="no-print">
        <ErrorAlert error={error} retry={() => void reread()} />
      </div>
      {script ? (
        <article className="script-page" style={{ fontSize: SIZES[size] }} data-testid="script">
          <h1 style={{ whiteSpace: 'pre-line' }}>{script.doc.title}</h1>
          {script.doc.subtitle && <p className="script-subtitle">{script.doc.subtitle}</p>}
          {script.doc.blocks.map((b, i) => (
            <Block key={i} block={b} index={i} script={script} counts={counts} />
          ))}
        </article>
      ) : (
        !error && <Loading />
      )}
    </>
  );
}

export default function ScriptSection() {
  const { meeting } = useScope();
  if (!meeting) return <NeedsScope what="meeting" />;
  return <Script key={meeting.id} meetingId={meeting.id} />;
}
