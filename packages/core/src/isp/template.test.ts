import { describe, expect, it } from 'vitest';
import { AGGREGATION_LEVELS, DATA_TYPES, sensitivityRank } from '../vocabulary/index';
import { decide } from './decide';
import { lintIsp } from './lint';
import { defaultIspTemplate } from './template';

const template = defaultIspTemplate({ context: 'Template', reviewDue: '2026-06-30' });

describe('defaultIspTemplate', () => {
  it('lints with no error and no warning', () => {
    const result = lintIsp(template);
    expect(result.issues.map((i) => i.message)).toEqual([]);
    expect(result.endorsable).toBe(true);
  });

  it('covers every data type of the vocabulary and is marked as a template to adapt', () => {
    expect(template.dataTypes).toEqual(DATA_TYPES.ids);
    for (const t of DATA_TYPES.ids) expect(template.rules.some((r) => r.dataType === t)).toBe(true);
    expect(template.isTemplate).toBe(true);
    expect(template.status).toBe('draft');
    expect(template.note).toMatch(/starting point/i);
    for (const r of template.rules) expect(r.source, r.id).toMatch(/§/);
  });

  it('classifies every combination of level, names, coordinates and consent with exactly one rule', () => {
    for (const dataType of template.dataTypes) {
      for (const aggregation of AGGREGATION_LEVELS.ids) {
        for (const includesNames of [false, true]) {
          for (const includesCoordinates of [false, true]) {
            for (const consentObtained of [false, true]) {
              const d = decide(
                template,
                { dataType, aggregation, includesNames, includesCoordinates, consentObtained },
                'bilateral',
                'coordination',
              );
              expect(
                d.matchedRules.length,
                `${dataType} ${aggregation} ${includesNames} ${includesCoordinates}`,
              ).toBe(1);
            }
          }
        }
      }
    }
  });

  it('follows the real-ISP pattern of the domain notes', () => {
    const level = (
      dataType: string,
      aggregation: (typeof AGGREGATION_LEVELS.ids)[number],
      names = false,
      coords = false,
    ) =>
      decide(
        template,
        { dataType, aggregation, includesNames: names, includesCoordinates: coords },
        'public',
        undefined,
      ).sensitivity;
    expect(level('referral-data', 'individual', true)).toBe('severe');
    expect(level('referral-data', 'site')).toBe('severe');
    expect(level('movement-locations', 'site', false, true)).toBe('high');
    expect(level('needs-assessment', 'household')).toBe('severe');
    expect(level('3w-4w-5w', 'adm0')).toBe('low');
    expect(level('3w-4w-5w', 'adm0', true)).toBe('low');
    expect(level('distribution', 'individual', true)).toBe('severe');
    // Finer aggregation never lowers the level when names and coordinates are held constant.
    for (const t of template.dataTypes) {
      let prev = -1;
      for (const a of AGGREGATION_LEVELS.ids) {
        const r = sensitivityRank(level(t, a));
        expect(r, `${t} ${a}`).toBeGreaterThanOrEqual(prev);
        prev = r;
      }
    }
  });

  it('returns a fresh copy each time', () => {
    const a = defaultIspTemplate({ context: 'A', reviewDue: '2026-01-01' });
    (a.rules as unknown[]).pop();
    expect(defaultIspTemplate({ context: 'B', reviewDue: '2026-01-01' }).rules).toHaveLength(
      template.rules.length,
    );
  });
});
