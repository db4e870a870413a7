import { defineList, parseTerm, type ParseResult } from './controlled-list';

/** How data were collected (registry field `collectionMethod`, domain notes §6). */
export const COLLECTION_METHODS = defineList('collection method', 'collection methods', [
  { id: 'household-survey', label: 'Household survey' },
  { id: 'individual-interview', label: 'Individual interview' },
  { id: 'key-informant-interview', label: 'Key-informant interview (KII)', aliases: ['kii'] },
  { id: 'focus-group-discussion', label: 'Focus-group discussion (FGD)', aliases: ['fgd'] },
  { id: 'direct-observation', label: 'Direct observation' },
  { id: 'protection-monitoring-visit', label: 'Protection monitoring visit' },
  { id: 'case-management', label: 'Case management' },
  { id: 'registration', label: 'Registration' },
  { id: 'remote-phone-survey', label: 'Remote or phone survey' },
  { id: 'feedback-channel', label: 'Feedback channel (hotline, help desk, complaint box)' },
  { id: 'partner-reporting', label: 'Partner reporting (e.g. 5W submissions)' },
  { id: 'secondary-data-review', label: 'Secondary data review' },
  { id: 'remote-sensing', label: 'Remote sensing or device data' },
  { id: 'other', label: 'Other' },
]);

export type CollectionMethod = (typeof COLLECTION_METHODS.ids)[number];

export function parseCollectionMethod(raw: string): ParseResult<CollectionMethod> {
  return parseTerm(COLLECTION_METHODS, raw);
}
