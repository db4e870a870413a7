import { defineList, parseTerm, type ParseResult } from './controlled-list';

/** Legal bases for processing personal data: the ICRC Handbook list (ch. 3; domain notes §10.4). */
export const LEGAL_BASES = defineList('legal basis', 'legal bases', [
  {
    id: 'vital-interest',
    label: 'Vital interest',
    description: 'Vital interest of the data subject or of another person.',
    aliases: ['vital_interest'],
  },
  { id: 'public-interest', label: 'Important grounds of public interest', aliases: ['public_interest'] },
  {
    id: 'consent',
    label: 'Consent',
    description: 'Unambiguous, timely, freely given, informed and documented consent.',
  },
  { id: 'legitimate-interest', label: 'Legitimate interest', aliases: ['legitimate_interest'] },
  { id: 'contract', label: 'Performance of a contract', aliases: ['performance-of-a-contract'] },
  { id: 'legal-obligation', label: 'Compliance with a legal obligation', aliases: ['legal_obligation'] },
]);

export type LegalBasis = (typeof LEGAL_BASES.ids)[number];

export function parseLegalBasis(raw: string): ParseResult<LegalBasis> {
  return parseTerm(LEGAL_BASES, raw);
}
