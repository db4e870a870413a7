/**
 * The API consumes the real services of @steward/services; this file only re-exports their types
 * under the names API code uses. New code may import from '@steward/services' directly.
 */
export type { Actor, ActorMembership as Membership, Services } from '@steward/services';
export type { Role } from '@steward/core/auth/permissions';
