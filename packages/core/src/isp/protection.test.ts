import { describe, expect, it } from 'vitest';
import { ISP_STATUSES, type Isp, type IspStatus } from './model';
import { ispStatusTransition, protectionRelaxations } from './protection';
import { defaultIspTemplate } from './template';

const inForce: Isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01', version: '1.0' });
const withRule = (id: string, change: (r: Isp['rules'][number]) => Isp['rules'][number]): Isp => ({
  ...inForce,
  version: '1.1',
  rules: inForce.rules.map((r) => (r.id === id ? change(r) : r)),
});

describe('protectionRelaxations', () => {
  it('finds none when the successor is the same or stricter', () => {
    expect(protectionRelaxations(inForce, inForce)).toEqual([]);
    const stricter = withRule('5w-admin-low', (r) => ({
      ...r,
      sensitivity: 'moderate',
      sharing: 'coordination',
    }));
    expect(protectionRelaxations(inForce, stricter)).toEqual([]);
  });

  it('finds a share the successor allows where the ISP in force denied it', () => {
    const opened = withRule('ref-personal-not-shared', (r) => ({ ...r, sharing: 'coordination' }));
    const found = protectionRelaxations(inForce, opened);
    expect(found).toContainEqual(
      expect.objectContaining({
        kind: 'now-allowed',
        dataType: 'referral-data',
        recipient: 'cluster',
        from: 'not-shared',
      }),
    );
    expect(found.every((r) => r.dataType === 'referral-data')).toBe(true);
  });

  it('finds a dropped or weakened condition and a lowered sensitivity', () => {
    const dropped = withRule('ref-aggregate-high', (r) => ({ ...r, conditions: [] }));
    expect(protectionRelaxations(inForce, dropped)).toContainEqual(
      expect.objectContaining({
        kind: 'condition-dropped',
        subject: 'suppress-below-n',
        dataType: 'referral-data',
      }),
    );
    const weakened = withRule('ref-aggregate-high', (r) => ({
      ...r,
      conditions: [{ kind: 'suppress-below-n', n: 3 }],
    }));
    expect(protectionRelaxations(inForce, weakened)).toContainEqual(
      expect.objectContaining({ kind: 'condition-weakened', subject: 'suppress-below-n', from: 5, to: 3 }),
    );
    const lowered = withRule('ref-aggregate-high', (r) => ({ ...r, sensitivity: 'moderate' }));
    expect(protectionRelaxations(inForce, lowered)).toContainEqual(
      expect.objectContaining({ kind: 'sensitivity-lowered', from: 'high', to: 'moderate' }),
    );
  });

  it('finds a removed rule that leaves data unclassified as no relaxation (unclassified is denied)', () => {
    const removed: Isp = { ...inForce, rules: inForce.rules.filter((r) => r.id !== '5w-admin-low') };
    expect(protectionRelaxations(inForce, removed).filter((r) => r.kind !== 'sensitivity-lowered')).toEqual(
      [],
    );
  });

  it('finds lowered small-cell thresholds and data types taken off the protection list', () => {
    const settings: Isp = {
      ...inForce,
      settings: {
        ...inForce.settings,
        protectionSmallCellThreshold: 4,
        protectionDataTypes: ['referral-data'],
      },
    };
    expect(protectionRelaxations(inForce, settings)).toEqual(
      expect.arrayContaining([
        { kind: 'threshold-lowered', subject: 'protectionSmallCellThreshold', from: 5, to: 4 },
        { kind: 'protection-data-type-removed', dataType: 'protection-monitoring-case-data' },
      ]),
    );
  });

  it('stops at the limit', () => {
    const open: Isp = {
      ...inForce,
      rules: inForce.rules.map((r) => ({ ...r, sharing: 'public', conditions: [] })),
    };
    expect(protectionRelaxations(inForce, open, 7)).toHaveLength(7);
  });
});

describe('ispStatusTransition', () => {
  // Rows: from; columns: to, in ISP_STATUSES order (draft, in-consultation, endorsed, superseded).
  const T = 'ok';
  const W = 'in-force-withdrawal';
  const N = 'not-a-transition';
  const table: Record<IspStatus, readonly string[]> = {
    draft: [N, T, T, N],
    'in-consultation': [T, N, T, N],
    endorsed: [W, W, W, W],
    superseded: [N, N, N, N],
  };
  for (const from of ISP_STATUSES) {
    ISP_STATUSES.forEach((to, i) => {
      it(`${from} → ${to}: ${table[from][i]}`, () => {
        const d = ispStatusTransition(from, to);
        expect(d.allowed ? 'ok' : d.reason).toBe(table[from][i]);
      });
    });
  }
});
