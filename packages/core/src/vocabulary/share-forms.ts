import { defineList, parseTerm, type ParseResult } from './controlled-list';

/** The form a release takes; every one goes through the ISP decision (issue 4). */
export const SHARE_FORMS = defineList('form of share', 'forms of share', [
  { id: 'share', label: 'Share', description: 'Access granted inside Steward.' },
  { id: 'export', label: 'Export', description: 'A file produced from the data (CSV, XLSX…).' },
  { id: 'download', label: 'Download', description: 'A stored file downloaded by the recipient.' },
  {
    id: 'publication',
    label: 'Publication',
    description: 'Published data (dashboard, HDX), possibly microdata.',
  },
  {
    id: 'aggregate-publication',
    label: 'Publication of aggregates',
    description: 'Published aggregate tables.',
  },
]);

export type ShareForm = (typeof SHARE_FORMS.ids)[number];

export function parseShareForm(raw: string): ParseResult<ShareForm> {
  return parseTerm(SHARE_FORMS, raw);
}
