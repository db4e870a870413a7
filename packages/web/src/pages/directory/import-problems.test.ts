// every language registered (the app loads them on demand)
import '../../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { apiErrorFrom } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { createTranslator } from '../../i18n/locales';
import { problemPlace, problemText } from './import-problems';

const refused = apiErrorFrom(400, 'Bad Request', {
  error: {
    code: 'validation',
    message: 'Nothing was imported',
    fields: [
      {
        path: 'services.csv, row 3, column minimum_age',
        message: 'must be a number',
        code: 'not-a-number',
        params: { file: 'services.csv', row: 3, column: 'minimum_age', value: 'ten', bad: { no: 1 } },
      },
      {
        path: 'contents[1].minimumAge',
        message: 'must be a whole number from 0 to 130',
        code: 'not-whole-number',
        params: { min: 0, max: 1300 },
      },
      { path: 'x', message: 'from a newer server', code: 'from-the-future', params: {} },
      { path: 'y', message: 'an old server, no code' },
    ],
  },
});

describe('HSDS import problems in the user language', () => {
  it('keeps well-formed code and params from the API (drops params that are not text or numbers)', () => {
    expect(refused.fields[0]).toEqual({
      path: 'services.csv, row 3, column minimum_age',
      message: 'must be a number',
      code: 'not-a-number',
      params: { file: 'services.csv', row: 3, column: 'minimum_age', value: 'ten' },
    });
    expect(refused.fields[3]).toEqual({ path: 'y', message: 'an old server, no code' });
  });

  it('says the problem and its place in French; the English message for a code not known', () => {
    const fr = createTranslator('fr');
    const [cell, age, future, old] = refused.fields;
    expect(problemText(fr, cell!)).toBe('Doit être un nombre (la cellule contient « ten »).');
    expect(problemPlace(fr, cell!)).toBe('services.csv, ligne 3, colonne minimum_age');
    expect(problemText(fr, age!)).toBe(`Doit être un nombre entier de 0 à ${fr.number(1300)}.`);
    expect(problemPlace(fr, age!)).toBe('contents[1].minimumAge');
    expect(problemText(fr, future!)).toBe('from a newer server');
    expect(problemText(fr, old!)).toBe('an old server, no code');
    const en = createTranslator('en');
    expect(problemText(en, age!)).toBe('Must be a whole number from 0 to 1,300.');
  });

  it('more services than one import takes: the limit named with its value, in French', () => {
    const error = apiErrorFrom(413, 'Payload Too Large', {
      error: {
        code: 'limit-exceeded',
        message: 'At most 2000 services in one import (the file has 2001).',
        details: { limit: 'directoryImportServices', max: 2000 },
      },
    });
    const fr = createTranslator('fr');
    expect(describeError(fr, error)).toBe(
      `Le fichier contient plus de ${fr.number(2000)} services, la limite de Steward pour une importation : répartissez-le en plusieurs fichiers.`,
    );
  });
});
