/** Small helpers the assessment pages share: run-time message keys, badge tones. */
import type { StatusTone } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';

/** A message by a key built at run time (codes from the API); the key itself when unknown. */
export function useSay(): (key: string, params?: Record<string, string | number>) => string {
  const { t } = useI18n();
  return (key, params) => t.tryT(key, params) ?? key;
}

export const LEVEL_TONE: Record<string, StatusTone> = {
  low: 'neutral',
  moderate: 'info',
  high: 'warning',
  severe: 'danger',
};

export const RATING_TONE: Record<string, StatusTone> = {
  low: 'ok',
  medium: 'info',
  high: 'warning',
  very_high: 'danger',
};

export const STATUS_TONE: Record<string, StatusTone> = { draft: 'warning', signed_off: 'ok' };

export const DATA_MANAGER_ROLES = [
  'cluster-coordinator',
  'cluster-imo',
  'partner-focal-point',
  'partner-im-officer',
];

export { LIKELIHOODS, SEVERITIES, rateRisk } from '@steward/core/assessments/index';
export { PRINCIPLES } from '@steward/core/diagnostic/model';
