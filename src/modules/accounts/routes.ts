import Type from 'typebox';
import type { RouteModule } from '../../server/routing.js';
import { operationRoute } from '../../server/routing.js';
import { execute } from '../../server/operation.js';
import { errors } from '../../server/errors.js';
import { permissionsOf } from '../../server/permissions.js';
import { createAccount } from './createAccount.js';
import { signIn } from './signIn.js';
import { signOut, revokeTokens } from './revokeTokens.js';
import { issuePadCredential } from './issuePadCredential.js';
import { AccountView, presentAccount } from './presenters.js';

export const accountRoutes: RouteModule = (app, runtime) => {
  operationRoute(app, runtime, { url: '/api/auth/sign-in', op: signIn, tag: 'accounts', summary: 'Sign in with username and password; returns a bearer token', status: 200 });

  app.post(
    '/api/auth/sign-out',
    { schema: { operationId: signOut.name, tags: ['accounts'], summary: 'Revoke the token this request carries', security: [{ bearer: [] }] }, config: { access: signOut.permission } },
    async (request) => {
      if (request.tokenId === null) throw errors.unauthenticated();
      return execute(runtime, signOut, { tokenId: request.tokenId }, request.actor);
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { operationId: 'accounts.me', tags: ['accounts'], summary: 'The signed-in account, its role and permissions', security: [{ bearer: [] }] }, config: { access: 'public.view' } },
    async (request) => {
      const account = await runtime.store.db.selectFrom('accounts').selectAll().where('id', '=', request.actor.accountId ?? -1).executeTakeFirstOrThrow();
      return { account: presentAccount(account), permissions: permissionsOf(request.actor.role) };
    },
  );

  app.get(
    '/api/accounts',
    { schema: { operationId: 'accounts.list', tags: ['accounts'], summary: 'Staff, screen and press accounts', security: [{ bearer: [] }], response: { 200: Type.Array(AccountView) } }, config: { access: 'accounts.view' } },
    async () => {
      const rows = await runtime.store.db.selectFrom('accounts').selectAll().where('role', '!=', 'member').orderBy('id').execute();
      return rows.map(presentAccount);
    },
  );

  operationRoute(app, runtime, { url: '/api/accounts', op: createAccount, tag: 'accounts', summary: 'Create an account with a role' });
  operationRoute(app, runtime, { url: '/api/accounts/:id/revoke-tokens', op: revokeTokens, tag: 'accounts', summary: 'Revoke every live token of an account', params: { id: 'accountId' }, status: 200 });
  operationRoute(app, runtime, { url: '/api/memberships/:id/credential', op: issuePadCredential, tag: 'accounts', summary: "Issue a member's pad credential (token and QR code); revokes the previous one", params: { id: 'membershipId' } });
};
