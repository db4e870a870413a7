import { describe, expect, it } from 'vitest';
import type { Dictionary } from './dictionary';
import { en } from './en';
import { formatMessage, isPluralMessage, placeholdersIn, type Message } from './format';
import { fr } from './fr';
import { DICTIONARIES } from './all-locales';
import { FSI, LOCALES, PDI, createTranslator, negotiateLocale } from './locales';

const englishKeys = Object.keys(en).sort();
const others = LOCALES.filter((l) => l.code !== 'en');

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((v) => v !== undefined);
}

describe('dictionaries', () => {
  it('has at least one other locale to compare', () => {
    expect(others.map((l) => l.code)).toEqual(['fr', 'es', 'pt', 'ar']);
  });

  for (const { code } of LOCALES) {
    const dictionary: Readonly<Record<string, Message>> = DICTIONARIES[code];

    it(`${code}: has exactly the English keys`, () => {
      expect(Object.keys(dictionary).sort()).toEqual(englishKeys);
    });

    it(`${code}: every message and every plural form is non-empty`, () => {
      const empty = Object.entries(dictionary)
        .filter(([, message]) => forms(message).some((text) => text.trim() === ''))
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it(`${code}: placeholders match English`, () => {
      const mismatched = englishKeys.filter((key) => {
        const theirs = dictionary[key];
        const ours = (en as Readonly<Record<string, Message>>)[key];
        return (
          theirs === undefined ||
          ours === undefined ||
          placeholdersIn(theirs).join() !== placeholdersIn(ours).join()
        );
      });
      expect(mismatched).toEqual([]);
    });

    it(`${code}: plural messages stay plural and cover every plural category of the language`, () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const problems: string[] = [];
      for (const key of englishKeys) {
        const source = (en as Readonly<Record<string, Message>>)[key];
        const message = dictionary[key];
        if (source === undefined || message === undefined) continue;
        if (isPluralMessage(source) !== isPluralMessage(message))
          problems.push(`${key}: plural/plain mismatch`);
        if (!isPluralMessage(message)) continue;
        for (const category of categories) if (!message[category]) problems.push(`${key}: no "${category}"`);
        if (!placeholdersIn(message).includes('count'))
          problems.push(`${key}: a plural message must use {count} in some form`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('translated locales are not English in disguise', () => {
    // Messages that may equal English: names, codes, formats and loanwords (checked by hand).
    const sameAsEnglish = (code: string) =>
      englishKeys.filter((key) => {
        const theirs = (DICTIONARIES[code as 'fr'] as Readonly<Record<string, Message>>)[key];
        const ours = (en as Readonly<Record<string, Message>>)[key];
        return JSON.stringify(theirs) === JSON.stringify(ours);
      });
    for (const code of ['es', 'pt']) {
      const same = sameAsEnglish(code);
      // at most a few percent (Steward, ADM0…5, 3W / 4W / 5W, {name}: …)
      expect(same.length, `${code}: ${same.join(', ')}`).toBeLessThan(englishKeys.length * 0.03);
    }
  });

  it('rejects a locale that lacks a key (type level)', () => {
    const { 'app.name': _omitted, ...missingOne } = fr;
    // @ts-expect-error a dictionary without 'app.name' is not a Dictionary
    const incomplete: Dictionary = missingOne;
    expect(Object.keys(incomplete)).not.toContain('app.name');
  });
});

describe('formatMessage', () => {
  it('interpolates named placeholders and formats numbers for the locale', () => {
    expect(formatMessage('en', 'Hello {name}, {n} left', { name: 'Amina', n: 1234 })).toBe(
      'Hello Amina, 1,234 left',
    );
    expect(formatMessage('fr', '{n} restants', { n: 1234 })).toBe(
      `${new Intl.NumberFormat('fr').format(1234)} restants`,
    );
    expect(formatMessage('fr', '{n} restants', { n: 1234 })).not.toBe('1234 restants');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage('en', 'Hello {name}', {})).toBe('Hello {name}');
  });

  it('selects English plural forms', () => {
    const t = createTranslator('en');
    expect(t.t('orgs.count', { count: 1 })).toBe('1 organisation');
    expect(t.t('orgs.count', { count: 7 })).toBe('7 organisations');
    expect(t.t('orgs.count', { count: 0 })).toBe('0 organisations');
  });

  it('selects French plural forms (0 and 1 are singular)', () => {
    const t = createTranslator('fr');
    expect(t.t('orgs.count', { count: 0 })).toBe('0 organisation');
    expect(t.t('orgs.count', { count: 2 })).toBe('2 organisations');
  });

  it('selects Spanish and Portuguese plural forms (1 singular, 0 plural)', () => {
    const es = createTranslator('es');
    expect(es.t('orgs.count', { count: 1 })).toBe('1 organización');
    expect(es.t('orgs.count', { count: 0 })).toBe('0 organizaciones');
    expect(es.t('orgs.count', { count: 3 })).toBe('3 organizaciones');
    const pt = createTranslator('pt');
    expect(pt.t('orgs.count', { count: 1 })).toBe('1 organização');
    expect(pt.t('orgs.count', { count: 2 })).toBe('2 organizações');
  });

  it('selects each of the six Arabic plural forms', () => {
    const t = createTranslator('ar');
    const seen = new Set([0, 1, 2, 3, 11, 100].map((n) => t.t('orgs.count', { count: n })));
    expect(seen.size).toBe(6);
    expect(t.t('orgs.count', { count: 2 })).toBe('منظمتان');
  });

  it('throws when a plural message gets no count', () => {
    expect(() => formatMessage('en', { one: 'a', other: 'b' }, {})).toThrow(/count/);
  });
});

describe('translator', () => {
  it('looks up run-time keys and reports unknown ones as undefined', () => {
    const t = createTranslator('fr');
    expect(t.tryT('errors.forbidden')).toBe(fr['errors.forbidden']);
    expect(t.tryT('errors.no-such-code')).toBeUndefined();
    expect(t.tryT('toString')).toBeUndefined();
  });

  it('isolates text parameters in a right-to-left language so Latin acronyms keep their order', () => {
    const ar = createTranslator('ar');
    const parties = ar.t('share.parties', { provider: 'DPCCU', recipient: 'TRI' });
    expect(parties).toBe(`${FSI}DPCCU${PDI} ← ${FSI}TRI${PDI}`);
    expect(ar.tryT('share.parties', { provider: 'A', recipient: 'B' })).toBe(`${FSI}A${PDI} ← ${FSI}B${PDI}`);
    // numbers are formatted, not isolated; left-to-right languages are left as they are
    expect(ar.t('orgs.count', { count: 5 })).not.toContain(FSI);
    expect(createTranslator('en').t('share.parties', { provider: 'DPCCU', recipient: 'TRI' })).toBe(
      'DPCCU → TRI',
    );
  });

  it('knows the direction of each language', () => {
    expect(createTranslator('ar').dir).toBe('rtl');
    expect(createTranslator('fr').dir).toBe('ltr');
    expect(createTranslator('es').dir).toBe('ltr');
    expect(createTranslator('pt').dir).toBe('ltr');
  });

  it('formats dates with Intl for the locale', () => {
    const day = new Date(Date.UTC(2025, 2, 14, 12));
    expect(createTranslator('en').date(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('March 14, 2025');
    expect(createTranslator('fr').date(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe('14 mars 2025');
    expect(createTranslator('es').date(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      '14 de marzo de 2025',
    );
    expect(createTranslator('pt').date(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      '14 de março de 2025',
    );
  });

  it('negotiates the browser language', () => {
    expect(negotiateLocale(['fr-CA', 'en'])).toBe('fr');
    expect(negotiateLocale(['de-DE', 'ar-EG'])).toBe('ar');
    expect(negotiateLocale(['pt-MZ', 'en'])).toBe('pt');
    expect(negotiateLocale(['es-419'])).toBe('es');
    expect(negotiateLocale(['de-DE'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
