/** The roster section's types, all from the server's own schemas and operations. */
import type { Static } from 'typebox';
import type { GroupView, MemberView } from '@server/modules/registry/presenters.js';
import type { ImportResult } from '@server/modules/registry/roster/importRoster.js';
import type { RosterWarning } from '@server/modules/registry/roster/columns.js';
import type { UpdateMembershipInput } from '@server/modules/registry/roster/updateMembership.js';
import type { issuePadCredential } from '@server/modules/accounts/issuePadCredential.js';

export type Member = Static<typeof MemberView>;
export type Group = Static<typeof GroupView>;
export type MemberPage = { total: number; members: Member[] };
/** What POST /api/terms/:id/roster answers. */
export type FileImported = ImportResult & { warnings: RosterWarning[] };
export type MemberPatch = Omit<Static<typeof UpdateMembershipInput>, 'membershipId'>;
/** What POST /api/memberships/:id/credential answers. */
export type Credential = Awaited<ReturnType<(typeof issuePadCredential)['run']>>;
/** A credential issued, with the member it was issued to (the card shows their group). */
export type IssuedCard = { member: Member; credential: Credential };
export type { RowProblem } from '@server/modules/registry/roster/checkRows.js';
export type { MembershipRole, MembershipStatus } from '@server/modules/registry/kinds.js';
