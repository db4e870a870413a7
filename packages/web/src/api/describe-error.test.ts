// every language registered (the app loads them on demand)
import '../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/locales';
import { ApiError, apiErrorFrom, fieldErrorMap } from './api-error';
import { describeError } from './describe-error';

describe('apiErrorFrom', () => {
  it('reads code, fields and details from the error body, and Retry-After when the body has none', () => {
    const error = apiErrorFrom(
      400,
      'Bad Request',
      {
        error: {
          code: 'validation',
          message: 'Bad',
          fields: [{ path: 'rules[0].sensitivity', message: 'x' }],
        },
      },
      null,
    );
    expect(error).toMatchObject({ status: 400, code: 'validation', message: 'Bad' });
    expect(fieldErrorMap(error)).toEqual({ rules: 'x' });
    const locked = apiErrorFrom(429, 'Too Many', { error: { code: 'account-locked', message: 'L' } }, '61');
    expect(locked.details.retryAfterSeconds).toBe(61);
    expect(describeError(createTranslator('en'), locked)).toContain('2 more minutes');
  });

  it('derives a code from the status when the body is not JSON', () => {
    expect(apiErrorFrom(503, 'Bad gateway', undefined).code).toBe('database-unavailable');
    expect(apiErrorFrom(404, 'Not Found', '<html>').code).toBe('not-found');
    expect(fieldErrorMap(new Error('x'))).toEqual({});
  });
});

describe('describeError', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');
  const ar = createTranslator('ar');

  it('says a publication with no approved figures has nothing to publish, in the reader’s language', () => {
    const refused = new ApiError(
      403,
      'publication-refused',
      'There are no figures to publish for these periods and filters.',
      [],
      { reason: 'no-figures', cells: [], rule: null },
    );
    const said = describeError(ar, refused);
    expect(said).toBe(ar.t('errors.reason.no-figures'));
    expect(said).not.toMatch(/[A-Za-z]/);
    expect(describeError(fr, refused)).toBe(fr.t('errors.reason.no-figures'));
  });

  it('translates known codes', () => {
    const error = new ApiError(401, 'invalid-credentials', 'Invalid email or password.');
    expect(describeError(en, error)).toBe('The email address or password is not right.');
    expect(describeError(fr, error)).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
  });

  it('falls back to the server message for an unknown code', () => {
    expect(describeError(fr, new ApiError(418, 'teapot', 'I am a teapot.'))).toBe('I am a teapot.');
  });

  it('says how many minutes a lockout lasts, rounded up, with plural forms', () => {
    const locked = (seconds: number) =>
      new ApiError(429, 'account-locked', 'Locked', [], { retryAfterSeconds: seconds });
    expect(describeError(en, locked(30))).toContain('1 more minute.');
    expect(describeError(en, locked(900))).toContain('15 more minutes.');
    expect(describeError(fr, locked(60))).toContain('1 minute.');
    expect(describeError(ar, locked(120))).toContain('دقيقتين');
    expect(describeError(en, new ApiError(429, 'account-locked', 'Locked'))).toBe(
      en.t('errors.account-locked-soon'),
    );
  });

  it('gives the rule of a refused role grant in each language, and the code’s sentence for an unknown rule', () => {
    const refused = (reason: string) => new ApiError(403, 'role-grant-refused', 'Refused.', [], { reason });
    expect(describeError(en, refused('cluster-role-outside-lead'))).toContain('cluster lead or co-lead');
    expect(describeError(fr, refused('last-coordinator'))).toContain('dernier coordinateur');
    expect(describeError(ar, refused('role-above-own'))).toBe('لا يمكنك منح دور أعلى من دورك.');
    expect(describeError(en, refused('no-such-rule'))).toBe('This role change is not allowed.');
  });

  it('names the upload limit that was exceeded, with its value, in each language (issue 7 §2)', () => {
    const over = (limit: string, max: number) =>
      new ApiError(413, 'limit-exceeded', 'over', [], { limit, max });
    expect(describeError(en, over('rows', 5000))).toBe(
      'The file has more than 5,000 rows, Steward’s limit for this kind of file.',
    );
    expect(describeError(fr, over('compressionRatio', 100))).toContain('100 fois');
    expect(describeError(ar, over('cellChars', 32767))).toContain('حد ستيوارد');
    for (const limit of [
      'fileBytes',
      'rows',
      'columns',
      'cellChars',
      'uncompressedBytes',
      'compressionRatio',
      'parseMemoryMb',
    ])
      for (const t of [en, fr, ar]) expect(t.tryT(`errors.limit.${limit}`, { max: 1 }), limit).toBeDefined();
    expect(describeError(en, over('unknown-limit', 1))).toBe(en.t('errors.limit-exceeded'));
  });

  it('uses a generic message for something that is not an API error', () => {
    expect(describeError(en, new Error('boom'))).toBe(en.t('errors.unknown'));
  });
});
