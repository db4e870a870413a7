import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@steward/core/audit/actions';
import { DICTIONARIES } from '../../i18n/all-locales';
import { createTranslator, LOCALES } from '../../i18n/locales';
import { auditActionLabel, auditActorLabel, isSystemEntry } from './audit-words';

const LABEL_PREFIX = 'auditAction.';

describe('audit action labels', () => {
  for (const { code: locale } of LOCALES) {
    const dictionary: Readonly<Record<string, unknown>> = DICTIONARIES[locale];

    it(`${locale}: labels every action the services write, and nothing else`, () => {
      const labelled = Object.keys(dictionary)
        .filter((k) => k.startsWith(LABEL_PREFIX))
        .map((k) => k.slice(LABEL_PREFIX.length))
        .sort();
      expect(labelled).toEqual([...AUDIT_ACTIONS].sort());
    });

    it(`${locale}: every label is words, not the code`, () => {
      const t = createTranslator(locale);
      const raw = AUDIT_ACTIONS.filter((code) => {
        const label = auditActionLabel(t, code);
        return label === code || label.includes(code) || label.trim() === '';
      });
      expect(raw).toEqual([]);
    });
  }

  it('renders labels in the language and keeps an unknown code as it is', () => {
    expect(auditActionLabel(createTranslator('en'), 'auth.login')).toBe('Signed in');
    expect(auditActionLabel(createTranslator('fr'), 'registry.entry-created')).toBe(
      'Entrée du registre créée',
    );
    expect(auditActionLabel(createTranslator('fr'), 'future.thing-done')).toBe('future.thing-done');
    // not a label for a prototype key
    expect(auditActionLabel(createTranslator('en'), 'constructor')).toBe('constructor');
  });

  it('has no code twice in the list', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const code of AUDIT_ACTIONS) expect(code).toMatch(/^[a-z]+(\.[a-z_-]+)+$/);
  });
});

describe('audit actor', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');

  it('names Steward for entries made by the system and "not signed in" only for anonymous ones', () => {
    const demo = { actorUserId: null, actorName: null, details: { system: 'demo' } };
    const failedSignIn = { actorUserId: null, actorName: null, details: { reason: 'bad-password' } };
    expect(isSystemEntry(demo)).toBe(true);
    expect(isSystemEntry(failedSignIn)).toBe(false);
    expect(auditActorLabel(en, demo)).toBe('Steward (automatic)');
    expect(auditActorLabel(fr, demo)).toBe('Steward (automatique)');
    expect(auditActorLabel(en, { ...demo, details: { system: 'registry-reminders' } })).toBe(
      'Steward (automatic)',
    );
    expect(auditActorLabel(en, { ...demo, details: { system: 'cli' } })).toBe(
      'Steward command line (server operator)',
    );
    expect(auditActorLabel(en, failedSignIn)).toBe('Not signed in');
    expect(auditActorLabel(fr, failedSignIn)).toBe('Non connecté');
  });

  it('shows the user, or another organisation’s user when the name is not visible', () => {
    expect(auditActorLabel(en, { actorUserId: 'u-1', actorName: 'Amal', details: {} })).toBe('Amal');
    expect(auditActorLabel(en, { actorUserId: 'u-1', actorName: null, details: { system: 'x' } })).toBe(
      'Another organisation’s user',
    );
  });
});
