// every language registered (the app loads them on demand)
import '../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/locales';
import { validateSignIn } from '../pages/sign-in-page';
import { safeNextPath } from './router';

describe('safeNextPath', () => {
  it('keeps a same-site path', () => {
    expect(safeNextPath('/organisations?x=1')).toBe('/organisations?x=1');
  });

  it('refuses other origins, protocol-relative paths and the sign-in page itself', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/sign-in',
      null,
      '',
    ])
      expect(safeNextPath(bad)).toBe('/');
  });
});

describe('validateSignIn', () => {
  const t = createTranslator('fr');

  it('asks for both fields when empty, in the user language', () => {
    expect(validateSignIn(t, '  ', '')).toEqual({
      email: t.t('signIn.emailRequired'),
      password: t.t('signIn.passwordRequired'),
    });
  });

  it('rejects an e-mail address without a domain', () => {
    expect(validateSignIn(t, 'amina@', 'secret')).toEqual({ email: t.t('signIn.emailInvalid') });
  });

  it('accepts a well-formed address and a password', () => {
    expect(validateSignIn(t, 'focal.point@partner.example', 'secret')).toEqual({});
  });
});
