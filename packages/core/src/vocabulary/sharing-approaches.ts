import { defineList, indexOf, parseTerm, type ParseResult } from './controlled-list';
import type { SensitivityLevel } from './sensitivity-levels';

/**
 * Sharing approaches, from the most open to the most restricted (domain notes §4.4, after
 * OCHA Centre / JIPS Guidance Note #8: consider the most open approach first and step down only
 * as needed). The approach a rule gives is the MOST OPEN one it allows.
 *
 * The domain notes' `partner_to_partner` approach (personal data moving directly between
 * service providers, never through the cluster) is not a cluster sharing approach: for the
 * cluster's decisions it behaves as `no-share`, which the ISP rule's note should say.
 */
export const SHARING_APPROACHES = defineList('sharing approach', 'sharing approaches', [
  {
    id: 'public',
    label: 'Public',
    description: 'Open publication (public dashboard, HDX), only after disclosure control passes.',
  },
  {
    id: 'coordination',
    label: 'All cluster members (coordination)',
    description: 'Shared within the coordination structure (cluster members, ICCG) with no further sharing.',
    aliases: ['cluster', 'all-cluster-members'],
  },
  {
    id: 'on-request',
    label: 'Named organisations, on request',
    description: 'Named recipients, approved request, stated purpose, no onward sharing.',
    aliases: ['on_request', 'named-organisations', 'organisation'],
  },
  {
    id: 'agreement',
    label: 'Bilateral data-sharing agreement only',
    description:
      'Only under a signed, active data-sharing agreement: named parties, purpose-bound, with expiry.',
    aliases: ['bilateral', 'dsa'],
  },
  {
    id: 'no-share',
    label: 'Not shared',
    description:
      'Stays with the owning organisation; only aggregates that pass disclosure control may leave (as a separately classified asset).',
    aliases: ['no_share', 'not-shared', 'partner-to-partner', 'partner_to_partner'],
  },
]);

export type SharingApproach = (typeof SHARING_APPROACHES.ids)[number];

export function parseSharingApproach(raw: string): ParseResult<SharingApproach> {
  return parseTerm(SHARING_APPROACHES, raw);
}

/** 0 (public, most open) … 4 (not shared, most restricted). */
export function sharingRank(approach: SharingApproach): number {
  return indexOf(SHARING_APPROACHES, approach);
}

/** Domain notes §4.4 default: the most sensitive level for which each approach is the most open one allowed. */
export const DEFAULT_SHARING_CEILING: Readonly<Record<SharingApproach, SensitivityLevel | 'any'>> = {
  public: 'low',
  coordination: 'moderate',
  'on-request': 'high',
  agreement: 'severe',
  'no-share': 'any',
};
