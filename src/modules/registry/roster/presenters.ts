import type { Static } from 'typebox';
import type { MemberView } from '../presenters.js';
import type { StoredMember } from './rosterQueries.js';

/** A member as the API shows it (the registry's member view): phone and ID number stay out. */
export function presentStoredMember(m: StoredMember): Static<typeof MemberView> {
  return {
    membershipId: m.membershipId,
    personId: m.personId,
    key: m.key,
    name: m.name,
    gender: m.gender,
    ethnicity: m.ethnicity,
    birth: m.birth,
    groupId: m.groupId,
    groupName: m.groupName,
    role: m.role,
    title: m.title,
    status: m.status,
    startDate: m.startDate,
    endDate: m.endDate,
  };
}
