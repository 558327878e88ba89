/**
 * The full views of some proposals (text, signers, assignments, evaluations), read one by one and
 * kept while the component lives: the pad's own proposals (found by the list's `signer` filter)
 * with their replies and evaluations. `version` read again after a change.
 */
import { useEffect, useState } from 'react';
import type { Static } from 'typebox';
import type { ProposalView } from '@server/modules/proposals/presenters.js';
import { api } from '../../shared/api.js';
import { useT } from '../../shared/i18n.js';

export type Proposal = Static<typeof ProposalView>;

export function useDetails(ids: readonly number[], version = 0): { details: Map<number, Proposal>; error: unknown } {
  const { lang } = useT();
  const [details, setDetails] = useState<Map<number, Proposal>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : key.split(',').map(Number);
    Promise.all(wanted.map((id) => api<Proposal>('GET', `/api/proposals/${id}`, lang)))
      .then((list) => {
        if (!live) return;
        setDetails(new Map(list.map((p) => [p.id, p])));
        setError(null);
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [key, lang, version]);
  return { details, error };
}
