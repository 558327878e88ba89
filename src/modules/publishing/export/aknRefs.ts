/**
 * The eIds of an Akoma Ntoso sitting record and the references (TLC*) they point at, in one
 * place: the body text, the parliamentary analysis and the references section all name the same
 * people, roles and concepts by these ids.
 */
import { PresidingRoleWords, type PresidingRole } from '../../meetings/kinds.js';
import type { Choice } from '../../voting/states.js';
import { el, type XmlElement } from './xml.js';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export const eid = {
  person: (personId: number) => `person_${personId}`,
  /** An agenda item's section by the item's id, or `votes` for the motions of no item. */
  section: (agendaItemId: number | 'votes') => (agendaItemId === 'votes' ? 'dbsect_votes' : `dbsect_item${agendaItemId}`),
  voting: (motionId: number) => `vote_${motionId}`,
  count: (motionId: number, option: Choice | 'notVoted') => `vote_${motionId}_${option}`,
  required: (motionId: number) => `vote_${motionId}_required`,
};

/** The concepts counts and outcomes refer to, with the words the sitting's report uses. */
export const CONCEPTS = {
  expected: '应到',
  present: '实到',
  leave: '请假',
  absent: '缺席',
  attendees: '列席、特邀和旁听',
  yes: '赞成',
  no: '反对',
  abstain: '弃权',
  notVoted: '未按表决器',
  quorumMet: '符合法定人数',
  quorumNotMet: '不足法定人数',
  adopted: '通过',
  rejected: '未通过',
} as const;
export type Concept = keyof typeof CONCEPTS;

export const ref = (id: string) => `#${id}`;

export interface Referenced {
  bodyName: string;
  bodyId: number;
  /** Everyone the record names, by person id. */
  persons: Map<number, string>;
  roles: PresidingRole[];
}

/** The references section: the software that wrote the record, the body, each person, role and concept used. */
export function referencesOf(r: Referenced): XmlElement {
  return el(
    'references',
    { source: ref('plenum') },
    el('TLCOrganization', { eId: 'plenum', href: '/ontology/organization/plenum', showAs: 'Plenum' }),
    el('TLCOrganization', { eId: 'body', href: `/ontology/organization/plenum/body.${r.bodyId}`, showAs: r.bodyName }),
    [...r.persons].map(([id, name]) => el('TLCPerson', { eId: eid.person(id), href: `/ontology/person/plenum/${id}`, showAs: name })),
    r.roles.map((role) => el('TLCRole', { eId: role, href: `/ontology/role/plenum/${role}`, showAs: PresidingRoleWords[role].zh })),
    (Object.keys(CONCEPTS) as Concept[]).map((c) => el('TLCConcept', { eId: c, href: `/ontology/concept/plenum/${c}`, showAs: CONCEPTS[c] })),
  );
}
