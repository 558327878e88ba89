/**
 * What the signed-in staff account may do (GET /api/auth/me lists every permission its role holds,
 * implied ones included), read once by the console frame and given to every section: a control
 * for something the account may not do is not shown.
 */
import { createContext, useContext } from 'react';
import type { Permission } from '@server/server/permissions.js';

export const PermissionsContext = createContext<readonly Permission[]>([]);

export const usePermissions = () => useContext(PermissionsContext);

export function useCan(permission: Permission): boolean {
  return useContext(PermissionsContext).includes(permission);
}
