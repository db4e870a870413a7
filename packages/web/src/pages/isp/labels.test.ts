import { describe, expect, it } from 'vitest';
import { defaultIspTemplate, diffIsp, type Isp } from '@steward/core/isp/index';
import { FSI, PDI, createTranslator } from '../../i18n/locales';
import { conditionLabel, labelChange } from './labels';

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
