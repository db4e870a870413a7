import { defineList, parseTerm, type ParseResult } from './controlled-list';

/**
 * The cluster's data types (domain notes §5: the ten GPC ch. 10 types plus two that every
 * country ISP classifies). Aggregation, names and coordinates are separate attributes: never
 * make types such as "5W at ADM3". Aliases accept the snake_case keys of the domain notes.
 */
export const DATA_TYPES = defineList('data type', 'data types', [
  {
    id: 'service-mapping',
    label: 'Service mapping',
    description: 'Location of protection services and partner presence (service mapping).',
    aliases: ['service_mapping'],
  },
  {
    id: 'referral-data',
    label: 'Referral data',
    description: 'Referral forms, reports and records of referrals between service providers.',
    aliases: ['referral', 'referrals'],
  },
  {
    id: 'humanitarian-access',
    label: 'Humanitarian access',
    description: 'Access constraints, access incidents, security and access actor data.',
    aliases: ['humanitarian_access', 'access'],
  },
  {
    id: 'needs-assessment',
    label: 'Needs assessment',
    description: 'Needs assessment data, from raw responses to published aggregates.',
    aliases: ['needs_assessment'],
  },
  {
    id: 'movement-locations',
    label: 'Movement and locations of affected people',
    description: 'Displacement tracking, population estimates, site lists and locations.',
    aliases: ['movement_location', 'movement-location', 'movement'],
  },
  {
    id: '3w-4w-5w',
    label: '3W / 4W / 5W',
    description: 'Who does what, where (and when, for whom): partner activity data.',
    aliases: ['who_what_where', '5w', '4w', '3w', '3w-4w-5w'],
  },
  {
    id: 'community-perception',
    label: 'Community perception',
    description: 'Perception surveys and community feedback analysis.',
    aliases: ['community_perception'],
  },
  {
    id: 'distribution',
    label: 'Distribution',
    description: 'Distribution plans and reports, stocks, beneficiary lists.',
  },
  {
    id: 'fgd-kii-analysis',
    label: 'FGD / KII analysis',
    description: 'Data from the collective analysis of focus-group discussions and key-informant interviews.',
    aliases: ['fgd_kii_analysis', 'fgd-kii'],
  },
  {
    id: 'feedback-complaints',
    label: 'Feedback and complaints',
    description: 'Feedback and complaint mechanism data (including referral of complaints).',
    aliases: ['feedback_complaints', 'cfm'],
  },
  {
    id: 'protection-monitoring-case-data',
    label: 'Protection monitoring and case data',
    description: 'Protection monitoring results, incident monitoring and case-management data.',
    aliases: ['protection_monitoring_case', 'protection-monitoring', 'case-data'],
  },
  {
    id: 'aid-worker-contacts',
    label: 'Aid-worker contacts',
    description: 'Contact details and lists of humanitarian workers.',
    aliases: ['aid_worker_contacts', 'contacts'],
  },
]);

export type DataTypeId = (typeof DATA_TYPES.ids)[number];

export function parseDataType(raw: string): ParseResult<DataTypeId> {
  return parseTerm(DATA_TYPES, raw);
}
