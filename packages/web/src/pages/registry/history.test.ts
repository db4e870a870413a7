// every language registered (the app loads them on demand)
import '../../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/locales';
import { shownChanges, valueLabel } from './history';

describe('entry history in words', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');
  const pt = createTranslator('pt');

  it('labels fields and coded values instead of showing codes', () => {
    const changes = shownChanges(en, [
      { field: 'collectionMethod', from: 'household-survey', to: 'key-informant-interview' },
      { field: 'legalBasis', from: null, to: 'vital-interest' },
      { field: 'aggregationLevel', from: 'adm0', to: 'household' },
      { field: 'consentObtained', from: false, to: true },
      { field: 'dataTypes', from: ['needs-assessment'], to: ['needs-assessment', '3w-4w-5w'] },
      { field: 'kind', from: 'asset', to: 'activity' },
    ]);
    expect(changes).toEqual([
      { field: 'Collection method', from: 'Household survey', to: 'Key-informant interview (KII)' },
      { field: 'Legal basis', from: '—', to: 'Vital interest' },
      { field: 'Aggregation level', from: 'ADM0 (country)', to: 'Household' },
      { field: 'Consent obtained', from: 'No', to: 'Yes' },
      { field: 'Data types', from: 'Needs assessment', to: 'Needs assessment, 3W / 4W / 5W' },
      { field: 'Kind', from: 'Data asset', to: 'Data activity' },
    ]);
    const text = JSON.stringify(changes);
    for (const code of ['household-survey', 'vital-interest', 'adm0', 'true', 'consentObtained'])
      expect(text).not.toContain(code);
  });

  it('drops changes that change nothing visible ("— → —")', () => {
    expect(
      shownChanges(en, [
        { field: 'impactAssessmentRef', from: null, to: '' },
        { field: 'lastReviewedOn', from: undefined, to: null },
        { field: 'dataTypes', from: [], to: null },
        { field: 'sharedWithCluster', from: 'true', to: true },
        { field: 'title', from: 'Old', to: 'New' },
      ]),
    ).toEqual([{ field: 'Title', from: 'Old', to: 'New' }]);
  });

  it('speaks the user’s language', () => {
    expect(shownChanges(fr, [{ field: 'includesNames', from: false, to: true }])).toEqual([
      { field: fr.t('reg.field.includesNames'), from: 'Non', to: 'Oui' },
    ]);
    expect(valueLabel(pt, 'collectionMethod', 'household-survey')).toBe('Inquérito aos agregados familiares');
    expect(valueLabel(pt, 'nextReviewOn', '2026-03-14')).toBe(
      pt.date(new Date('2026-03-14T00:00:00'), { dateStyle: 'medium' }),
    );
  });

  it('keeps an unknown code or field readable rather than hiding it', () => {
    expect(shownChanges(en, [{ field: 'somethingNew', from: 'a', to: 'b' }])).toEqual([
      { field: 'somethingNew', from: 'a', to: 'b' },
    ]);
  });
});
