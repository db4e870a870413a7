/** Labels of a snapshot's codes in the user's language: areas by name (p-code second), groups translated. */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { SnapshotLabel } from './snapshot-figures';

export function useSnapshotLabel(): SnapshotLabel {
  const { t } = useI18n();
  return useMemo<SnapshotLabel>(
    () => (dimension, code, name) => {
      if (dimension === 'dimension') return t.tryT(`publications.dimension.${code}`) ?? code;
      if (name) return t.t('publications.areaLabel', { name, code });
      if (dimension === 'month') {
        const [y, m] = code.split('-').map(Number);
        if (y && m)
          return t.date(new Date(Date.UTC(y, m - 1, 1)), {
            month: 'short',
            year: 'numeric',
            timeZone: 'UTC',
          });
      }
      return t.tryT(`dashboards.code.${dimension}.${code}`) ?? code;
    },
    [t],
  );
}
