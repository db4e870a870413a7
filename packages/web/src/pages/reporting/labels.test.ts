// every language registered (the app loads them on demand)
import '../../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { templateColumns, type Framework } from '@steward/core/reporting/index';
import { createTranslator } from '../../i18n/locales';
import { templateColumnLabel } from './labels';

const framework: Framework = {
  code: 't',
  name: 'T',
  dataType: '3w-4w-5w',
  periodicity: 'monthly',
  adminLevel: 'adm2',
  countryIso3: 'MOZ',
  dueDay: 10,
  indicators: [
    {
      id: 'pm-people',
      activity: 'Protection monitoring',
      label: 'People reached',
      unit: 'people',
      disaggregation: { sex: true, age: true, populationGroup: true, disability: true },
      hasTarget: true,
      reachedNotAboveTargeted: true,
    },
  ],
};

describe('templateColumnLabel: the upload template’s columns in the user’s language (Kobo mapping)', () => {
  const columns = templateColumns(framework);

  it('names every column of the template in each language, not by the English header', () => {
    for (const code of ['fr', 'es', 'pt', 'ar'] as const) {
      const t = createTranslator(code);
      const reached = t.t('rep.measure.reached');
      for (const c of columns) {
        const label = templateColumnLabel(t, c);
        expect(label).not.toMatch(/rep\.|undefined|\{/);
        // Only words spelt the same in both languages (Organisation, Date, Sector) may equal the header.
        if (label === c.header)
          expect(['#org', '#sector', '#date'], `${code} ${c.hashtag}`).toContain(c.hashtag);
        if (c.hashtag.startsWith('#reached'))
          expect(label.startsWith(reached), `${code} ${label}`).toBe(true);
      }
    }
  });

  it('reads measure columns from their hashtag and keeps the header of an unknown one', () => {
    const en = createTranslator('en');
    const fr = createTranslator('fr');
    expect(templateColumnLabel(en, { hashtag: '#adm2+code', header: 'Admin 2 p-code' })).toBe(
      'Admin 2 p-code',
    );
    expect(templateColumnLabel(fr, { hashtag: '#adm2+code', header: 'Admin 2 p-code' })).toBe(
      'P-code admin 2',
    );
    expect(templateColumnLabel(en, { hashtag: '#reached+f+children', header: 'x' })).toBe(
      'Reached · women/girls · children',
    );
    expect(templateColumnLabel(en, { hashtag: '#targeted+total', header: 'x' })).toMatch(/^Targeted · /);
    expect(templateColumnLabel(fr, { hashtag: '#x_custom', header: 'Custom' })).toBe('Custom');
  });
});
