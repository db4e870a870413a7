import { describe, expect, it } from 'vitest';
import { defaultIspTemplate, lintIsp, type Isp } from '@steward/core/isp/index';
import { AGGREGATION_LEVELS } from '@steward/core/vocabulary/index';
import {
  addRuleForCell,
  buildMatrix,
  changed,
  matrixCell,
  removeRule,
  toggleCondition,
  updateRule,
} from './isp-logic';

const isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01' });

describe('matrix', () => {
  it('has a row per data type and a cell per aggregation level', () => {
    const m = buildMatrix(isp);
    expect(m).toHaveLength(isp.dataTypes.length);
    for (const row of m) expect(row).toHaveLength(AGGREGATION_LEVELS.ids.length);
  });

  it('colours a cell by the rule that decides data without names or coordinates', () => {
    const cell = matrixCell(isp, 'referral-data', 'individual');
    expect(cell.winner?.sensitivity).toBe('severe');
    expect(cell.rules.length).toBeGreaterThan(0);
    expect(cell.rules.every((r) => r.dataType === 'referral-data')).toBe(true);
  });

  it('marks a cell only where names, coordinates or consent change the answer', () => {
    const base: Isp = {
      ...isp,
      rules: [
        {
          id: 'plain',
          dataType: 'distribution',
          aggregation: { from: 'adm0', to: 'adm2' },
          sensitivity: 'low',
          sharing: 'public',
          conditions: [],
        },
        // Names specified, same answer at ADM0–ADM1: no dot there.
        {
          id: 'named-same',
          dataType: 'distribution',
          aggregation: { from: 'adm0', to: 'adm1' },
          includesNames: true,
          sensitivity: 'low',
          sharing: 'public',
          conditions: [],
        },
        // Coordinates at ADM2 raise the level: a dot there.
        {
          id: 'coords-higher',
          dataType: 'distribution',
          aggregation: { level: 'adm2' },
          includesCoordinates: true,
          sensitivity: 'high',
          sharing: 'on-request',
          conditions: [],
        },
      ],
    };
    expect(matrixCell(base, 'distribution', 'adm0').hasVariants).toBe(false);
    expect(matrixCell(base, 'distribution', 'adm1').hasVariants).toBe(false);
    expect(matrixCell(base, 'distribution', 'adm2').hasVariants).toBe(true);
    // In the template too, cells whose rules name a flag without changing the answer lose the dot.
    const cells = buildMatrix(isp).flat();
    const namingAFlag = cells.filter((c) =>
      c.rules.some(
        (r) =>
          r.includesNames !== undefined ||
          r.includesCoordinates !== undefined ||
          r.consentObtained !== undefined,
      ),
    );
    expect(cells.filter((c) => c.hasVariants).length).toBeLessThan(namingAFlag.length);
    expect(cells.every((c) => !c.hasVariants || namingAFlag.includes(c))).toBe(true);
  });

  it('shows an empty cell as unclassified', () => {
    const empty: Isp = { ...isp, rules: isp.rules.filter((r) => r.dataType !== 'distribution') };
    const cell = matrixCell(empty, 'distribution', 'adm1');
    expect(cell.winner).toBeNull();
    expect(cell.rules).toEqual([]);
  });
});

describe('draft edits', () => {
  it('updates one rule and the matrix follows', () => {
    const cell = matrixCell(isp, '3w-4w-5w', 'adm0');
    const id = cell.winner!.id;
    const next = updateRule(isp, id, { sensitivity: 'severe', sharing: 'no-share' });
    expect(matrixCell(next, '3w-4w-5w', 'adm0').winner?.sensitivity).toBe('severe');
    expect(changed(isp, next)).toBe(true);
    expect(changed(isp, updateRule(isp, id, {}))).toBe(false);
  });

  it('removing every rule of a data type is a blocking lint error; adding one back fixes it', () => {
    let next: Isp = isp;
    for (const r of isp.rules.filter((r) => r.dataType === 'distribution')) next = removeRule(next, r.id);
    expect(
      lintIsp(next).issues.some((i) => i.code === 'unclassified-data-type' && i.dataType === 'distribution'),
    ).toBe(true);
    const added = addRuleForCell(next, 'distribution', 'adm1');
    expect(added.isp.rules.some((r) => r.id === added.ruleId)).toBe(true);
    expect(
      lintIsp(added.isp).issues.some(
        (i) => i.code === 'unclassified-data-type' && i.dataType === 'distribution',
      ),
    ).toBe(false);
  });

  it('toggles conditions with sensible parameters', () => {
    const on = toggleCondition([], 'suppress-below-n', true);
    expect(on).toEqual([{ kind: 'suppress-below-n', n: 5 }]);
    expect(toggleCondition(on, 'suppress-below-n', false)).toEqual([]);
    expect(toggleCondition([], 'aggregate-to-level', true)).toEqual([
      { kind: 'aggregate-to-level', level: 'adm2' },
    ]);
  });
});
