/** Labels for the roster's named values, keyed by the server's own types so none is missed. */
import type { Group, MembershipRole, MembershipStatus } from './types.js';

export const ROLES: Record<MembershipRole, `role.${MembershipRole}`> = {
  member: 'role.member',
  'standing-member': 'role.standing-member',
  chair: 'role.chair',
  'vice-chair': 'role.vice-chair',
  'secretary-general': 'role.secretary-general',
};

export const STATUSES: Record<MembershipStatus, `status.${MembershipStatus}`> = {
  active: 'status.active',
  resigned: 'status.resigned',
  removed: 'status.removed',
  deceased: 'status.deceased',
};

export const STATUS_COLORS: Record<MembershipStatus, string> = { active: 'green', resigned: 'default', removed: 'red', deceased: 'default' };

/** What the body calls its groups: 代表团 for a congress's delegations, 界别 for sectors. */
export function groupWord(groups: readonly Group[]): 'delegation' | 'sector' | 'group' {
  const kind = groups[0]?.kind;
  return kind === 'delegation' ? 'delegation' : kind === 'sector' ? 'sector' : 'group';
}
