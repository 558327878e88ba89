import Type from 'typebox';
import { defineOperation } from '../../../server/operation.js';
import { errors } from '../../../server/errors.js';
import { canonicalJson, sha256 } from '../../audit/chain.js';
import { getBody, getTerm } from '../queries.js';
import { defaultGroupKind, GroupKinds, OneOf, type BodyKind } from '../kinds.js';
import { termNames } from '../rules/sessionName.js';
import { checkRows, memberInvalid, tidyRow } from './checkRows.js';
import { RosterRow } from './rosterRow.js';
import { saveMembers } from './saveMembers.js';
import { loadMembers } from './rosterQueries.js';
import { presentStoredMember } from './presenters.js';

export const AddMemberInput = Type.Object(
  {
    termId: Type.Integer({ minimum: 1 }),
    groupKind: Type.Optional(OneOf(GroupKinds, { description: 'Kind of the group, if it has to be created' })),
    ...RosterRow.properties,
  },
  { additionalProperties: false },
);

/** Adds one member to a term's roster (a by-election, a late appointment), stored as an import of one row would be. */
export const addMember = defineOperation({
  name: 'registry.addMember',
  input: AddMemberInput,
  permission: 'roster.manage',
  async run({ tx }, input) {
    const term = await getTerm(tx, input.termId);
    const body = await getBody(tx, term.body_id);
    const { termId: _termId, groupKind, ...fields } = input;
    const row = tidyRow(fields);
    const problems = checkRows([row]);
    if (problems.length > 0) throw memberInvalid(problems);
    const [clash] = await loadMembers(tx, term.id, [row.key]);
    if (clash) {
      throw errors.conflict(
        'member_exists',
        {
          'zh-CN': `${termNames(term.ordinal).zh}名册中已有编号“${row.key}”的成员（${clash.name}，成员资格 ${clash.membershipId}）`,
          en: `Term ${term.id} already has a member with key "${row.key}" (${clash.name}, membership ${clash.membershipId})`,
        },
        { membershipId: clash.membershipId },
      );
    }
    const outcome = await saveMembers({ tx, body, term, groupKind: groupKind ?? defaultGroupKind(body.kind as BodyKind), write: true }, [row]);
    const [member] = await loadMembers(tx, term.id, [row.key]);
    return { bodyId: body.id, termId: term.id, groupsCreated: outcome.groupsCreated, ...presentStoredMember(member!) };
  },
  audit: (input, result) => ({
    bodyId: result.bodyId,
    payload: { termId: result.termId, membershipId: result.membershipId, key: result.key, groupsCreated: result.groupsCreated, rowDigest: sha256(canonicalJson(input)) },
  }),
  events: (_input, result) => [{ type: 'roster.memberAdded', bodyId: result.bodyId, data: { termId: result.termId, membershipId: result.membershipId } }],
});
