/**
 * The API's view of the permissions table in @steward/core (role → actions).
 * TEMPORARY until packages/core/src/auth/permissions.ts lands: admin may do everything, others nothing.
 */
export function roleAllows(role: string, _action: string): boolean {
  return role === 'admin';
}
