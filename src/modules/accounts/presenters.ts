import Type, { type Static } from 'typebox';
import type { Account } from '../../store/schema.js';

export const AccountView = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  bodyId: Type.Union([Type.Integer(), Type.Null()]),
  personId: Type.Union([Type.Integer(), Type.Null()]),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
});

/** What leaves the server about an account: never its password hash. */
export function presentAccount(a: Account): Static<typeof AccountView> {
  return {
    id: a.id,
    username: a.username,
    displayName: a.display_name,
    role: a.role,
    bodyId: a.body_id,
    personId: a.person_id,
    disabled: a.disabled === 1,
    createdAt: a.created_at,
  };
}
