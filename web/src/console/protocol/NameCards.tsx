/**
 * Folded name cards (座签) of the sitting in scope: for the rostrum (in rank order) or one group of
 * the body (in stroke order), previewed as the server's A4 page and printed from it.
 */
import { useState } from 'react';
import { Select, Space } from 'antd';
import type { Static } from 'typebox';
import type { GroupView } from '@server/modules/registry/presenters.js';
import { useApi } from '../../shared/useApi.js';
import { HtmlPreview } from '../documents/HtmlPreview.js';
import { useProtocolWords } from './words.js';

type Group = Static<typeof GroupView>;

export function NameCards({ meetingId, bodyId }: { meetingId: number; bodyId: number }) {
  const { w } = useProtocolWords();
  const groups = useApi<Group[]>(`/api/bodies/${bodyId}/groups`);
  const [which, setWhich] = useState<string>('rostrum');
  return (
    <div className="name-cards">
      <Space className="no-print" wrap>
        <span>{w('cardsFor')}</span>
        <Select
          style={{ minWidth: 280 }}
          value={which}
          onChange={setWhich}
          loading={groups.loading}
          aria-label={w('cardsFor')}
          options={[{ value: 'rostrum', label: w('rostrumCards') }, ...(groups.data ?? []).map((g) => ({ value: String(g.id), label: g.name }))]}
          data-testid="cards-for"
        />
      </Space>
      <HtmlPreview key={which} url={`/api/meetings/${meetingId}/name-cards.html?group=${which}`} title={w('cardsTab')} height={640} testId="name-cards" />
    </div>
  );
}
