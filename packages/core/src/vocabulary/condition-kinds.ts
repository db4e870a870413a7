import { defineList, parseTerm, type ParseResult } from './controlled-list';

/**
 * Kinds of condition an ISP rule or a form of share attaches to an allowed share. Some take a
 * parameter (`aggregate-to-level` a level, `suppress-below-n` a count); see `Condition` in isp/.
 */
export const CONDITION_KINDS = defineList('condition kind', 'condition kinds', [
  {
    id: 'aggregate-to-level',
    label: 'Aggregate to a level or higher',
    description: 'Aggregate the data to the given administrative level or a coarser one before sharing.',
  },
  {
    id: 'suppress-below-n',
    label: 'Suppress small cells',
    description:
      'Suppress every table cell with a count below n (primary suppression), then apply secondary suppression.',
  },
  {
    id: 'remove-partner-names',
    label: 'Remove partner names',
    description: 'Remove partner and organisation names.',
  },
  {
    id: 'pseudonymise-partner-names',
    label: 'Pseudonymise partner names',
    description: 'Replace partner names by codes (the "encrypted" partner names of some ISPs).',
  },
  {
    id: 'remove-names',
    label: 'Remove personal names',
    description: 'Remove names of people (affected people, staff, informants).',
  },
  {
    id: 'remove-coordinates',
    label: 'Remove coordinates',
    description: 'Remove point coordinates; use P-codes or admin centroids at the allowed level instead.',
  },
  {
    id: 'consent-required',
    label: 'Consent required',
    description: 'Share only records with a documented consent that covers this share.',
  },
  {
    id: 'disclosure-control-required',
    label: 'Disclosure control required',
    description: 'Release only after the statistical disclosure-control checks pass.',
  },
  {
    id: 'no-onward-sharing',
    label: 'No onward sharing',
    description: 'The recipient may not pass the data on.',
  },
  {
    id: 'embed-agreement-reference',
    label: 'Embed the agreement reference',
    description: 'The file carries the data-sharing agreement id (metadata sheet or header comment).',
  },
]);

export type ConditionKind = (typeof CONDITION_KINDS.ids)[number];

export function parseConditionKind(raw: string): ParseResult<ConditionKind> {
  return parseTerm(CONDITION_KINDS, raw);
}
