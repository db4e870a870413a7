// every language registered (the app loads them on demand)
import '../../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/locales';
import { ar } from '../../i18n/ar';
import { fr } from '../../i18n/fr';
import { conditionLabel } from './condition-label';

describe("an agreement's conditions in the reader's language", () => {
  it('words the ISP’s conditions from their keys in Arabic and French, not in English', () => {
    const tAr = createTranslator('ar');
    const suppress = tAr.t('isp.cond.suppress', { n: 5 });
    expect(suppress).toContain('5');
    expect(conditionLabel(tAr, 'suppress-below-n:5')).toBe(suppress);
    expect(conditionLabel(tAr, 'no-onward-sharing')).toBe(ar['vocab.conditionKind.no-onward-sharing']);
    const tFr = createTranslator('fr');
    expect(conditionLabel(tFr, 'aggregate-to-level:adm2')).toBe(
      fr['isp.cond.aggregate'].replace('{level}', fr['vocab.aggregationLevel.adm2']),
    );
  });
  it('keeps a written condition (an older agreement’s) as it is', () => {
    expect(conditionLabel(createTranslator('ar'), 'Aggregated outputs only')).toBe('Aggregated outputs only');
  });
});
