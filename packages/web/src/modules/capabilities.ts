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
    'can.readAudit',
  ],
  'cluster-imo': ['can.seeOrganisations', 'can.manageTokens'],
  'partner-focal-point': ['can.seeOrganisations', 'can.manageMembers', 'can.manageTokens', 'can.readAudit'],
  'partner-im-officer': ['can.seeOrganisations', 'can.manageTokens'],
  caseworker: ['can.read', 'can.seeOrganisations', 'can.manageTokens'],
  viewer: ['can.read', 'can.seeOrganisations', 'can.manageTokens'],
};

export function capabilitiesOf(role: Role, membershipCount: number, isAdmin = false): readonly PlainKey[] {
  const keys = new Set<PlainKey>(membershipCount > 1 ? ['can.signIn'] : []);
  for (const key of ROLE_CAPABILITIES[role] ?? []) keys.add(key);
  if (isAdmin) for (const key of ROLE_CAPABILITIES.admin) keys.add(key);
  return [...keys];
}

/**
 * The page where a capability is done (home page links). A module page only when the role may
 * open it (the caller checks with the module registry); frame pages always exist.
 */
export const CAPABILITY_PAGES: Readonly<Partial<Record<PlainKey, string>>> = {
  'can.seeOrganisations': '/organisations',
  'can.manageOrganisations': '/organisations',
  'can.manageMembers': '/members',
  'can.manageTokens': '/account/tokens',
  'can.readAudit': '/audit',
  'can.verifyAudit': '/audit',
};
