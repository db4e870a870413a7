import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { DEFAULT_QUESTION_SET } from '../default-set';
import { ACTIONS, ANSWER_STATUSES, PRINCIPLES } from '../model';
import { prefill, type DiagnosticFacts } from '../prefill';
import { DIAGNOSTIC_MESSAGES, DIAGNOSTIC_WORKBOOK_TEXTS, diagnosticText } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Facts that, between them, take every branch of prefill's checks. */
const FACT_SETS: DiagnosticFacts[] = [
  {
    isp: null,
    registry: { entries: 0, overdueReviews: 0 },
    agreements: { active: 0, expiringWithin30Days: 0 },
    incidents: { open: 0, openOlderThan30Days: 0 },
    dia: { required: 0, missing: 0 },
    retention: { overdue: 0 },
  },
  {
    isp: { version: '2.1', endorsed: true, reviewDue: '2030-01-01' },
    registry: { entries: 7, overdueReviews: 2, membersWithEntries: 3, members: 5 },
    agreements: { active: 4, expiringWithin30Days: 1 },
    incidents: { open: 3, openOlderThan30Days: 1 },
    dia: { required: 4, missing: 1 },
    retention: { overdue: 2 },
  },
  {
    isp: { version: '3', endorsed: false, reviewDue: '2020-01-01' },
    registry: { entries: 2, overdueReviews: 0 },
  },
  { isp: { version: '3', endorsed: false, reviewDue: null } },
];

describe('diagnostic texts', () => {
  const english = DIAGNOSTIC_MESSAGES.en;

  it('has, in every language, the English keys with the same placeholders, none empty', () => {
    for (const lang of LANGUAGES) {
      const messages = DIAGNOSTIC_MESSAGES[lang];
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(
          placeholders(english[key as keyof typeof english]),
        );
      }
    }
  });

  it('names every action, principle and status in every language', () => {
    for (const lang of LANGUAGES) {
      const names = [
        ...ACTIONS.map((a) => `diagnostic.action.${a}`),
        ...PRINCIPLES.map((p) => `diagnostic.principle.${p}`),
        ...[...ANSWER_STATUSES, 'unanswered'].map((s) => `diagnostic.status.${s}`),
        ...['open', 'in_progress', 'done'].map((s) => `diagnostic.plan.status.${s}`),
      ].map((code) => diagnosticText(lang, code));
      expect(
        names.filter((n) => n.startsWith('diagnostic.')),
        lang,
      ).toEqual([]);
      if (lang !== 'en')
        expect(diagnosticText(lang, 'diagnostic.status.partial')).not.toBe('Partly in place');
    }
  });

  it('renders every evidence code prefill produces, in every language, with every parameter filled', () => {
    const codes = new Set<string>();
    for (const facts of FACT_SETS)
      for (const p of prefill(DEFAULT_QUESTION_SET.items, facts, '2026-06-01')) {
        codes.add(p.evidence.code);
        for (const lang of LANGUAGES) {
          const text = diagnosticText(lang, p.evidence.code, p.evidence.params);
          expect(text, `${lang} ${p.evidence.code}`).not.toMatch(/\{\w+\}|^diagnostic\./);
        }
      }
    // Every evidence sentence of the table is reachable (none left over from an old check).
    expect([...codes].sort()).toEqual(
      Object.keys(english)
        .filter((k) => k.includes('.evidence.'))
        .sort(),
    );
  });

  it('formats numbers for the language and isolates text parameters in Arabic', () => {
    const params = { withEntries: 3, members: 5, entries: 1234 };
    expect(diagnosticText('en', 'diagnostic.evidence.registry_members', params)).toBe(
      '3 of 5 members describe data in the cluster catalogue (1,234 entries).',
    );
    expect(diagnosticText('fr', 'diagnostic.evidence.registry_members', params)).toBe(
      `3 membres sur 5 décrivent des données dans le catalogue du cluster (${new Intl.NumberFormat('fr').format(1234)} entrées).`,
    );
    const ar = diagnosticText('ar', 'diagnostic.evidence.isp_endorsed', { version: '2.1' });
    expect(ar).toContain('\u20682.1\u2069');
    expect(ar).toContain('البروتوكول');
  });

  it('shows an unknown code with its parameters, and a missing parameter as written', () => {
    expect(diagnosticText('fr', 'diagnostic.evidence.new_check', { n: 2 })).toBe(
      'diagnostic.evidence.new_check (n: 2)',
    );
    expect(diagnosticText('en', 'diagnostic.evidence.isp_endorsed')).toContain('{version}');
  });

  it('gives the workbook valid, distinct sheet names and distinct headings in every language', () => {
    for (const lang of LANGUAGES) {
      const w = DIAGNOSTIC_WORKBOOK_TEXTS[lang];
      const sheets = Object.values(w.sheets);
      expect(new Set(sheets).size, lang).toBe(sheets.length);
      for (const name of sheets) expect(name, lang).toMatch(/^[^[\]:*?/\\]{1,31}$/);
      for (const headings of [Object.values(w.scores), Object.values(w.answers), Object.values(w.plan)])
        expect(new Set(headings).size, lang).toBe(headings.length);
      const meta = Object.values(w.metadata);
      expect(new Set(meta).size, lang).toBe(meta.length);
    }
    expect(DIAGNOSTIC_WORKBOOK_TEXTS.fr.sheets.answers).toBe('réponses');
  });
});
