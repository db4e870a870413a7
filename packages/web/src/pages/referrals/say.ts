import { useI18n } from '../../i18n/i18n-context';

/** A message whose key is built at run time (a state, a priority); the key itself when unknown. */
export function useSay(): (key: string, params?: Record<string, string | number>) => string {
  const { t } = useI18n();
  return (key, params) => t.tryT(key, params) ?? key;
}
