/**
 * The services of one organisation that take referrals (the referral form's list; `steward
 * referral services --to ACRONYM`): active, with a referral method other than "referrals not
 * accepted". Any signed-in member may ask (the directory is shared within the cluster).
 */
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import {
  listServicesAcceptingReferrals as listAccepting,
  type ReferralServiceRow,
} from '@steward/db/repositories/directory';
import { ServiceError } from '../errors';
import type { Caller } from '../types';
import type { DirectoryDeps } from './deps';

export type { ReferralServiceRow };

export function createReferralServices(deps: DirectoryDeps) {
  return {
    async listServicesAcceptingReferrals(
      caller: Caller,
      organisationAcronym: string,
    ): Promise<ReferralServiceRow[]> {
      const acronym = organisationAcronym.trim();
      if (acronym === '')
        throw new ServiceError('validation', 'Name the receiving organisation by its acronym.');
      return deps.as(caller, async (tx) => {
        const org = await findOrganisationByAcronym(tx, acronym);
        if (!org) throw new ServiceError('not-found', `There is no organisation ${acronym}.`, { acronym });
        return listAccepting(tx, org.acronym);
      });
    },
  };
}
