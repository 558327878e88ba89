import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { errors } from '../../../server/errors.js';
import { canonicalJson, sha256 } from '../../audit/chain.js';
import { getBody, getTerm } from '../queries.js';
import { defaultGroupKind, GroupKinds, OneOf, type BodyKind } from '../kinds.js';
import { IsoDate } from '../createTerm.js';
import { checkRows, memberInvalid, tidyRow } from './checkRows.js';
import { RosterRow } from './rosterRow.js';
import { saveMembers, type MemberChange } from './saveMembers.js';
import { loadMembers } from './rosterQueries.js';
import { presentStoredMember } from './presenters.js';

const { key: _key, name, ...rowFields } = RosterRow.properties;

export const UpdateMembershipInput = Type.Object(
  {
    membershipId: Type.Integer({ minimum: 1 }),
    name: Type.Optional(name),
    ...rowFields,
    startDate: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    endDate: Type.Optional(Type.Union([IsoDate, Type.Null()], { description: 'When the membership ended (resigned, removed, deceased)' })),
    groupKind: Type.Optional(OneOf(GroupKinds, { description: 'Kind of the group, if it has to be created' })),
  },
  { additionalProperties: false },
);

/** Fields whose values the audit entry records; the rest (phone, ID number…) are named only. */
const AUDITED_VALUES = ['status', 'startDate', 'endDate', 'group', 'title', 'role'] as const;

/**
 * Changes one member: their status (resigned, removed, deceased) and end date, group, title, or
 * personal details. Fields left out stay as they are; null clears one. Stored by the same code as
 * a roster import.
 */
export const updateMembership = defineOperation({
  name: 'registry.updateMembership',
  input: UpdateMembershipInput,
  permission: 'roster.manage',
  async run({ tx }, input) {
    const found = await tx.selectFrom('memberships').select(['term_id', 'key']).where('id', '=', input.membershipId).executeTakeFirst();
    if (!found) throw errors.notFound('membership', input.membershipId);
    const term = await getTerm(tx, found.term_id);
    const body = await getBody(tx, term.body_id);
    const [before] = await loadMembers(tx, term.id, [found.key]);
    const { membershipId: _id, groupKind, ...fields } = input;
    const change: MemberChange = tidyRow({ ...fields, key: found.key });
    const problems = checkRows([{ ...change, name: change.name ?? before!.name }]);
    const start = change.startDate !== undefined ? change.startDate : before!.startDate;
    const end = change.endDate !== undefined ? change.endDate : before!.endDate;
    if (start && end && end < start) {
      problems.push({ row: 1, column: '终止日期', reason: `终止日期 ${end} 早于起始日期 ${start}`, reasonEn: `end date ${end} is before start date ${start}` });
    }
    if (problems.length > 0) throw memberInvalid(problems);
    await saveMembers({ tx, body, term, groupKind: groupKind ?? defaultGroupKind(body.kind as BodyKind), write: true }, [change]);
    const [member] = await loadMembers(tx, term.id, [found.key]);
    return { bodyId: body.id, termId: term.id, ...presentStoredMember(member!) };
  },
  audit: (input, result) => {
    const values = Object.fromEntries(AUDITED_VALUES.filter((f) => input[f] !== undefined).map((f) => [f, input[f]]));
    const fields = Object.keys(input).filter((k) => k !== 'membershipId').sort();
    return { bodyId: result.bodyId, payload: { membershipId: input.membershipId, fields, values, inputDigest: sha256(canonicalJson(input)) } };
  },
  events: (_input, result) => [{ type: 'roster.memberUpdated', bodyId: result.bodyId, data: { termId: result.termId, membershipId: result.membershipId } }],
});
