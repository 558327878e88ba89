/**
 * A search of the term's roster by name (GET /api/terms/:id/members?q=), for picking a person to
 * seat: type part of a name, choose from what the server finds.
 */
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import type { Static } from 'typebox';
import type { MemberView } from '@server/modules/registry/presenters.js';
import { api } from '../../shared/api.js';
import { useT } from '../../shared/i18n.js';

export type Member = Static<typeof MemberView>;

export function MemberPicker({ termId, placeholder, onPick, exclude, testId }: { termId: number; placeholder: string; onPick(member: Member): void; exclude: ReadonlySet<number>; testId?: string }) {
  const { lang } = useT();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Member[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const query = q.trim();
    if (query === '') {
      setFound([]);
      return;
    }
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      api<{ total: number; members: Member[] }>('GET', `/api/terms/${termId}/members?q=${encodeURIComponent(query)}&limit=20`, lang)
        .then((r) => current && setFound(r.members))
        .catch(() => current && setFound([]))
        .finally(() => current && setLoading(false));
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, termId, lang]);

  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
      value={null}
      placeholder={placeholder}
      loading={loading}
      style={{ minWidth: 280 }}
      notFoundContent={null}
      onChange={(id) => {
        const m = found.find((f) => f.membershipId === id);
        if (m) onPick(m);
        setQ('');
      }}
      options={found.map((m) => ({
        value: m.membershipId,
        disabled: exclude.has(m.membershipId),
        label: `${m.name}${m.title ? ` · ${m.title}` : ''}${m.groupName ? ` · ${m.groupName}` : ''}`,
      }))}
      data-testid={testId}
    />
  );
}
