/** Whether the signed-in account holds a permission (GET /api/auth/me lists them all, implied ones included). */
import type { Permission } from '@server/server/permissions.js';
import { useApi } from '../../shared/useApi.js';

export function useCan(permission: Permission): boolean {
  const me = useApi<{ permissions: Permission[] }>('/api/auth/me');
  return me.data?.permissions.includes(permission) ?? false;
}
