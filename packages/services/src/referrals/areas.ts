/**
 * The gazetteer's admin-2 areas for the referral form's p-code picker (issue 9: `adm2` is a p-code of
 * the response's gazetteer and the one location that travels as plaintext metadata). Public
 * reference data; only people who handle referrals need it here.
 */
import { listAdminAreas } from '@steward/db/repositories/reference';
import { referralMembership, type ReferralDeps } from './deps';
import type { Caller } from '../types';

export interface ReferralArea {
  pcode: string;
  name: string;
  adm1: string | null;
  adm1Name: string | null;
}

/** The response's country (the demo's and the directory's gazetteer; see directory/services.ts). */
const COUNTRY = 'MOZ';

export function createReferralAreas(deps: ReferralDeps) {
  return {
    async areas(caller: Caller): Promise<ReferralArea[]> {
      referralMembership(caller);
      return deps.as(caller, async (tx) => {
        const rows = await listAdminAreas(tx, COUNTRY);
        const names = new Map(rows.filter((r) => r.level === 1).map((r) => [r.pcode, r.name]));
        return rows
          .filter((r) => r.level === 2)
          .map((r) => ({
            pcode: r.pcode,
            name: r.name,
            adm1: r.parentPcode,
            adm1Name: r.parentPcode ? (names.get(r.parentPcode) ?? null) : null,
          }));
      });
    },
  };
}
