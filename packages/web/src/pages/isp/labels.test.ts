// every language registered (the app loads them on demand)
import '../../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { decide, defaultIspTemplate, diffIsp, lintIsp, type Isp } from '@steward/core/isp/index';
import { AGGREGATION_LEVELS, PURPOSES } from '@steward/core/vocabulary/index';
import { FSI, PDI, createTranslator } from '../../i18n/locales';
import { conditionLabel, labelChange, lintText, whyText } from './labels';
import { termLabel } from '../registry/shared';

const a = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01', version: '1' });
const first = a.rules[0]!;
const b: Isp = {
  ...a,
  version: '2',
  status: 'in-consultation',
  rules: [
    {
      ...first,
      sensitivity: 'moderate',
      sharing: 'coordination',
      conditions: [{ kind: 'suppress-below-n', n: 5 }],
    },
    ...a.rules.slice(2),
    {
      ...first,
      id: 'added-rule',
      dataType: 'needs-assessment',
      aggregation: { level: 'adm2' },
      sensitivity: 'low',
      sharing: 'public',
    },
  ],
};

describe('ISP diff with labels', () => {
  const strip = (s: string) => s.replaceAll(FSI, '').replaceAll(PDI, '');

  it('labels every rule field and value instead of codes', () => {
    const en = createTranslator('en');
    const changes = diffIsp(a, b).map((c) => labelChange(en, c, a, b));
    const sens = changes.find((c) => 'field' in c && c.ruleId === first.id && c.field === 'sensitivity');
    expect(sens).toMatchObject({
      before: en.t(`vocab.sensitivityLevel.${first.sensitivity}`),
      after: 'Moderate',
    });
    const sharing = changes.find(
      (c) => 'field' in c && c.ruleId === first.id && c.field === 'sharing approach',
    );
    expect(sharing).toMatchObject({ after: 'All cluster members' });
    const conditions = changes.find((c) => 'field' in c && c.field === 'conditions');
    expect(conditions).toMatchObject({ after: 'Suppress cells with a count below 5' });
    const status = changes.find((c) => c.kind === 'metadata' && c.field === 'Status');
    expect(status).toMatchObject({ before: 'Draft', after: 'In consultation' });
    const added = changes.find((c) => c.kind === 'rule-added');
    expect(added).toMatchObject({
      ruleId: 'added-rule',
      summary: 'Needs assessment at ADM2 (district): Low, Public',
    });
    const removed = changes.find((c) => c.kind === 'rule-removed');
    expect(removed && 'summary' in removed && removed.summary).toBeTruthy();
    const text = JSON.stringify(changes);
    for (const code of [
      '"moderate"',
      '"coordination"',
      'suppress-below-n',
      '"in-consultation"',
      'needs-assessment',
    ])
      expect(text).not.toContain(code);
  });

  it('speaks Portuguese and Arabic', () => {
    const pt = createTranslator('pt');
    const added = diffIsp(a, b)
      .map((c) => labelChange(pt, c, a, b))
      .find((c) => c.kind === 'rule-added');
    expect(added).toMatchObject({
      summary: 'Avaliação de necessidades ao nível ADM2 (distrito): Baixa, Público',
    });
    const ar = createTranslator('ar');
    expect(strip(conditionLabel(ar, { kind: 'aggregate-to-level', level: 'adm1' }))).toContain(
      strip(ar.t('vocab.aggregationLevel.adm1')),
    );
  });
});

describe('ISP explanations in every language', () => {
  const isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01' });
  const recipients = ['public', 'cluster', 'organisation', 'bilateral'] as const;
  const decisions = isp.dataTypes.flatMap((dataType) =>
    AGGREGATION_LEVELS.ids.flatMap((aggregation) =>
      recipients.flatMap((recipient) =>
        [false, true].map((names) =>
          decide(
            isp,
            { dataType, aggregation, includesNames: names, includesCoordinates: false },
            recipient,
            recipient === 'public' ? undefined : 'coordination',
            names ? 'share' : 'aggregate-publication',
          ),
        ),
      ),
    ),
  );
  decisions.push(
    decide(
      { ...isp, rules: [] },
      { dataType: 'needs-assessment', aggregation: 'adm1', includesNames: false, includesCoordinates: false },
      'cluster',
      undefined,
    ),
  );

  it('covers every explanation code', () => {
    const codes = new Set(decisions.flatMap((d) => d.why.map((w) => w.code)));
    for (const code of [
      'rule',
      'unclassified',
      'allowed',
      'allowed-with-conditions',
      'not-shared',
      'approach-too-restrictive',
      'no-active-agreement',
    ])
      expect(codes).toContain(code);
  });

  for (const code of ['en', 'fr', 'es', 'pt', 'ar'] as const) {
    it(`${code}: every decision reads in the language, with labels instead of codes`, () => {
      const t = createTranslator(code);
      for (const d of decisions) {
        const text = whyText(t, d.why, 'FALLBACK');
        expect(text).not.toBe('FALLBACK');
        expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
        for (const raw of [
          'adm1',
          'needs-assessment',
          'no-share',
          'on-request',
          'suppress-below-n',
          'bilateral',
        ])
          expect(text.replaceAll(/“[^”]*”|«[^»]*»/g, '')).not.toContain(raw);
      }
    });
  }

  it('keeps the English explanation when the codes are missing', () => {
    expect(whyText(createTranslator('fr'), undefined, 'Rule x')).toBe('Rule x');
    expect(whyText(createTranslator('fr'), [{ code: 'no-such-code', params: {} }], 'Rule x')).toBe('Rule x');
  });

  it('renders a denial in Spanish with the recipient and approaches labelled', () => {
    const es = createTranslator('es');
    const denied = decisions.find(
      (d) => d.reason === 'approach-too-restrictive' && d.recipient === 'public',
    )!;
    expect(whyText(es, denied.why, '')).toContain('Compartir con el público requiere el modo «Público»');
  });
});

describe('ISP checks in every language', () => {
  const isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01' });
  const broken: Isp = {
    ...isp,
    rules: [
      ...isp.rules.filter((r) => r.dataType !== 'distribution'),
      { ...isp.rules[0]!, id: 'open-severe', sensitivity: 'severe', sharing: 'public' },
      { ...isp.rules[0]!, id: 'tiny', conditions: [{ kind: 'suppress-below-n', n: 1 }] },
    ],
  };
  const issues = lintIsp(broken).issues;

  it('gives the common checks a coded detail', () => {
    const codes = new Set(issues.map((i) => i.detail?.code));
    for (const code of [
      'conflict',
      'unclassified-data-type',
      'approach-beyond-ceiling',
      'suppress-too-small',
    ])
      expect(codes).toContain(code);
  });

  for (const code of ['fr', 'es', 'pt', 'ar'] as const) {
    it(`${code}: checks with a detail read in the language, with labels`, () => {
      const t = createTranslator(code);
      for (const issue of issues.filter((i) => i.detail)) {
        const { text, lang } = lintText(t, issue);
        expect(lang).toBeUndefined();
        expect(text).not.toBe(issue.message);
        expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
        expect(text).not.toContain('distribution"');
      }
    });
  }

  it('falls back to the English message, marked as English, without a detail', () => {
    const t = createTranslator('pt');
    expect(
      lintText(t, { code: 'missing-field', severity: 'error', message: 'The ISP has no context.' }),
    ).toEqual({
      text: 'The ISP has no context.',
      lang: 'en',
    });
  });

  it('names every purpose in each language (issue 8: purposes were English under French and Arabic)', () => {
    for (const lang of ['en', 'fr', 'es', 'pt', 'ar'] as const) {
      const tr = createTranslator(lang);
      for (const id of PURPOSES.ids) expect(tr.tryT(`vocab.purpose.${id}`), `${lang} ${id}`).toBeTruthy();
    }
    expect(termLabel(createTranslator('fr'), PURPOSES, 'advocacy')).toBe(
      'Plaidoyer et information du public',
    );
  });
});
