/** What the signed-in user may do with the ISP in the active organisation. */
import { activeMembership } from '../../api/session';
import { useAuthenticatedSession } from '../../app/session-context';

export function useIspRole() {
  const session = useAuthenticatedSession();
  const m = activeMembership(session);
  const role = m?.role;
  const endorsing = (r: string | undefined) => r === 'partner-focal-point' || r === 'cluster-coordinator';
  return {
    canEdit: role === 'cluster-coordinator' || role === 'cluster-imo',
    canEndorse: endorsing(role),
    /** Other organisations of the user where they may endorse (they must switch to act for them). */
    endorseElsewhere: session.memberships
      .filter((x) => x.organisationId !== session.activeOrganisationId && endorsing(x.role))
      .map((x) => x.acronym),
    organisationId: session.activeOrganisationId,
    userId: session.user.id,
  };
}
