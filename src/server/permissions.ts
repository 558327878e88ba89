/**
 * The permission catalogue, in one place. A permission implies those beneath it
 * (`registry.manage` ⊃ `registry.view`); a role holds a set of permissions; every operation and
 * every route names the one it needs.
 */

/** Roles an account can hold. */
export const Roles = ['admin', 'secretariat', 'presider', 'member', 'screen', 'press', 'committee', 'unit'] as const;
export type AccountRole = (typeof Roles)[number];
/** `anonymous` is whoever has not signed in: it may only sign in. */
export type Role = AccountRole | 'anonymous';

/** Each permission with the ones it directly implies. */
const CATALOGUE = {
  'system.admin': ['accounts.manage', 'audit.verify', 'registry.manage', 'roster.manage', 'attendance.manage', 'meeting.manage', 'voting.manage', 'documents.generate', 'proposals.manage'],
  'accounts.manage': ['accounts.view'],
  'accounts.view': [],
  'audit.verify': [],
  'registry.manage': ['registry.view'],
  /** A meeting's stages, agenda, presiding and non-voting attendees. */
  'meeting.manage': ['registry.view'],
  'roster.manage': ['roster.view', 'credentials.issue'],
  'roster.view': ['registry.view'],
  'credentials.issue': [],
  // The check-in desk: anyone's check-in, undo, leave decisions; a member's own acts are within it.
  'attendance.manage': ['attendance.view', 'attendance.self'],
  'attendance.view': ['public.view'],
  // A member on the pad: check themselves in (when the meeting allows it), ask for leave.
  'attendance.self': [],
  // Motions and elections: set up, open, close, enter paper ballots counted by the counting teams.
  'voting.manage': ['registry.view', 'attendance.view'],
  // A member on the pad: cast their own vote or ballot.
  'voting.cast': [],
  // The session's documents (presiding script, bulletin, resolutions, news release), written from
  // recorded data; reading one changes nothing.
  'documents.generate': ['documents.release', 'registry.view'],
  // The documents meant for the public: the news release.
  'documents.release': [],
  // Proposals: settings, handling units, entry on behalf of any source, the presidium's decision on a
  // bill, assignment to handling units, a unit's reply received on paper, the overdue list.
  'proposals.manage': ['proposals.review', 'proposals.submit', 'proposals.view', 'proposals.handle'],
  // The proposal committee: file, decline, merge, pass on as a letter or a public-opinion report.
  'proposals.review': ['proposals.view'],
  // A member on the pad: submit as lead proposer, evaluate the reply to their own proposal.
  'proposals.submit': ['proposals.view'],
  'proposals.view': ['public.view'],
  // A handling unit: its own assignments, its replies.
  'proposals.handle': [],
  'registry.view': ['public.view'],
  'self.use': ['public.view'],
  'public.view': [],
  'auth.signIn': [],
} as const satisfies Record<string, readonly string[]>;

export type Permission = keyof typeof CATALOGUE;
export const Permissions = Object.keys(CATALOGUE) as Permission[];

const ROLE_GRANTS: Record<Role, Permission[]> = {
  admin: ['system.admin'],
  secretariat: ['registry.manage', 'roster.manage', 'attendance.manage', 'meeting.manage', 'voting.manage', 'documents.generate', 'proposals.manage'],
  presider: ['roster.view', 'attendance.view', 'documents.generate'],
  member: ['self.use', 'attendance.self', 'voting.cast', 'proposals.submit'],
  screen: ['public.view', 'attendance.view'],
  press: ['public.view', 'attendance.view', 'documents.release'],
  committee: ['proposals.review'],
  unit: ['proposals.handle', 'public.view'],
  anonymous: ['auth.signIn'],
};

function closure(grants: readonly Permission[]): Set<Permission> {
  const held = new Set<Permission>();
  const visit = (p: Permission) => {
    if (held.has(p)) return;
    held.add(p);
    for (const q of CATALOGUE[p]) visit(q as Permission);
  };
  grants.forEach(visit);
  return held;
}

const HELD = Object.fromEntries(
  Object.entries(ROLE_GRANTS).map(([r, grants]) => [r, closure(grants)]),
) as Record<Role, Set<Permission>>;

export function can(role: Role, permission: Permission): boolean {
  return HELD[role].has(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...HELD[role]].sort();
}

export function isAccountRole(value: string): value is AccountRole {
  return (Roles as readonly string[]).includes(value);
}
