/**
 * What each role can do in Steward today, as shown on the home page. It follows the API's
 * permissions (role → actions); grow it as modules land.
 */
import type { Role } from '../api/session';
import type { PlainKey } from '../i18n/dictionary';

export const ROLE_CAPABILITIES: Readonly<Record<Role, readonly PlainKey[]>> = {
  admin: [
    'can.seeOrganisations',
    'can.manageOrganisations',
    'can.manageMembers',
    'can.manageTokens',
    'can.verifyAudit',
  ],
  'cluster-coordinator': [
    'can.seeOrganisations',
    'can.manageOrganisations',
    'can.manageMembers',
    'can.manageTokens',
  ],
  'cluster-imo': ['can.seeOrganisations', 'can.manageTokens'],
  'partner-focal-point': ['can.seeOrganisations', 'can.manageMembers', 'can.manageTokens'],
  'partner-im-officer': ['can.seeOrganisations', 'can.manageTokens'],
  caseworker: ['can.read', 'can.seeOrganisations'],
  viewer: ['can.read', 'can.seeOrganisations'],
};

export function capabilitiesOf(role: Role, membershipCount: number, isAdmin = false): readonly PlainKey[] {
  const keys = new Set<PlainKey>(membershipCount > 1 ? ['can.signIn'] : []);
  for (const key of ROLE_CAPABILITIES[role] ?? []) keys.add(key);
  if (isAdmin) for (const key of ROLE_CAPABILITIES.admin) keys.add(key);
  return [...keys];
}
