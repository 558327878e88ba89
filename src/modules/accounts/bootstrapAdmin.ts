import { execute, SYSTEM, type Runtime } from '../../server/operation.js';
import { createAccount } from './createAccount.js';
import { countAccounts } from './queries.js';
import { newPassword } from './secrets.js';

/**
 * On a store with no accounts, creates the first administrator with a random password and
 * returns it, to be shown once. Returns null when accounts exist.
 */
export async function bootstrapAdmin(runtime: Runtime): Promise<{ username: string; password: string } | null> {
  if ((await countAccounts(runtime.store.db)) > 0) return null;
  const password = newPassword();
  await execute(runtime, createAccount, { username: 'admin', displayName: '系统管理员', password, role: 'admin' }, SYSTEM);
  return { username: 'admin', password };
}
