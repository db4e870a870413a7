import { describe, expect, it } from 'vitest';
import { languageDirection, negotiateLanguage } from './languages';

describe('negotiateLanguage', () => {
  it('takes the supported language of highest quality, regions folded to the language', () => {
    expect(negotiateLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLanguage('de-DE, ar;q=0.5, en;q=0.4')).toBe('ar');
    expect(negotiateLanguage('en;q=0.2, pt-BR;q=0.9')).toBe('pt');
    expect(negotiateLanguage('ES')).toBe('es');
  });
  it('refuses q=0 and answers null when nothing is supported, absent or malformed', () => {
    expect(negotiateLanguage('fr;q=0, es;q=0.1')).toBe('es');
    expect(negotiateLanguage('de, it')).toBeNull();
    expect(negotiateLanguage('*')).toBeNull();
    expect(negotiateLanguage('')).toBeNull();
    expect(negotiateLanguage(undefined)).toBeNull();
    expect(negotiateLanguage(';;;,q=,fr;q=abc')).toBeNull();
  });
  it('writes Arabic right to left', () => {
    expect(languageDirection('ar')).toBe('rtl');
    expect(languageDirection('fr')).toBe('ltr');
  });
});
