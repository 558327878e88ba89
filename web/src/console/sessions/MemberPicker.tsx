/**
 * Members of the term picked by search (GET /api/terms/:id/members?q=, active members only): one,
 * or several in the order picked (executive chairs go in protocol order). Names already picked stay
 * labelled while other searches come and go.
 */
import { useEffect, useRef, useState } from 'react';
import { Select } from 'antd';
import type { Static } from 'typebox';
import type { MemberView } from '@server/modules/registry/presenters.js';
import { api, errorText } from '../../shared/api.js';
import { useSessionsWords } from './words.js';

type Member = Static<typeof MemberView>;
/** What a picked member is shown with: their name, group and office. */
export interface Known {
  membershipId: number;
  name: string;
  groupName: string | null;
  title: string | null;
}

interface Option {
  value: number;
  label: string;
  detail: string;
}

const SEARCH_DELAY_MS = 250;
const SEARCH_PAGE = 20;

interface Props {
  termId: number;
  known: Known[];
  testId: string;
}
type One = Props & { multiple?: false; value: number | undefined; onChange(v: number | undefined): void };
type Many = Props & { multiple: true; value: number[]; onChange(v: number[]): void };

export function MemberPicker(props: One | Many) {
  const { w, lang } = useSessionsWords();
  const [found, setFound] = useState<Member[]>([]);
  const [labels, setLabels] = useState(() => new Map(props.known.map((k) => [k.membershipId, k])));
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (q: string) => {
    clearTimeout(timer.current);
    const n = ++latest.current;
    if (!q.trim()) {
      setFound([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    timer.current = setTimeout(() => {
      const url = `/api/terms/${props.termId}/members?status=active&limit=${SEARCH_PAGE}&q=${encodeURIComponent(q.trim())}`;
      api<{ total: number; members: Member[] }>('GET', url, lang)
        .then(({ members }) => {
          if (n !== latest.current) return;
          setFound(members);
          setProblem(null);
          setLabels((m) => new Map([...m, ...members.map((x) => [x.membershipId, x] as const)]));
        })
        .catch((e: unknown) => n === latest.current && setProblem(errorText(e, lang)))
        .finally(() => n === latest.current && setSearching(false));
    }, SEARCH_DELAY_MS);
  };

  const picked = props.multiple ? props.value : props.value === undefined ? [] : [props.value];
  const shown = [...found.map((m) => m.membershipId), ...picked.filter((id) => !found.some((m) => m.membershipId === id))];
  const options = shown.map((id): Option => {
    const k = labels.get(id);
    return { value: id, label: k?.name ?? `#${id}`, detail: k ? [k.groupName, k.title].filter(Boolean).join(' · ') : '' };
  });
  const common = {
    showSearch: { filterOption: false, onSearch: search },
    options,
    loading: searching,
    placeholder: w('searchMember'),
    notFoundContent: problem ?? (searching ? null : w('noMatch')),
    status: problem ? ('error' as const) : undefined,
    style: { width: '100%' },
    onBlur: () => setFound([]),
    optionRender: (o: { data: Option }) => (
      <span>
        {o.data.label}
        {o.data.detail && <span style={{ color: '#888', marginLeft: 8 }}>{o.data.detail}</span>}
      </span>
    ),
    'data-testid': props.testId,
  };
  return props.multiple ? (
    <Select<number[], Option> {...common} mode="multiple" value={props.value} onChange={(v) => props.onChange(v)} />
  ) : (
    <Select<number, Option> {...common} allowClear value={props.value} onChange={(v) => props.onChange(v ?? undefined)} />
  );
}
