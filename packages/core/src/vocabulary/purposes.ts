import { defineList, parseTerm, type ParseResult } from './controlled-list';

/**
 * Purposes of a share (principle 5, purpose specification). The ODRL export maps each to a
 * W3C DPV purpose class; DPV has no humanitarian-specific purposes, so the broader class is used.
 */
export const PURPOSES = defineList('purpose', 'purposes', [
  { id: 'coordination', label: 'Response coordination' },
  { id: 'response-planning', label: 'Response planning and prioritisation (HNO/HRP)' },
  {
    id: 'service-delivery',
    label: 'Service delivery and referral',
    aliases: ['referral', 'case-management'],
  },
  { id: 'protection-analysis', label: 'Protection analysis and research' },
  { id: 'advocacy', label: 'Advocacy and public information', aliases: ['public-information'] },
  { id: 'monitoring-evaluation', label: 'Monitoring and evaluation' },
  { id: 'accountability', label: 'Accountability to affected people' },
  { id: 'security-management', label: 'Staff safety and security management' },
]);

export type PurposeId = (typeof PURPOSES.ids)[number];

export function parsePurpose(raw: string): ParseResult<PurposeId> {
  return parseTerm(PURPOSES, raw);
}
