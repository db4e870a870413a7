import { describe, expect, it } from 'vitest';
import { decide, defaultIspTemplate, DEFAULT_DOMINANCE_RULE } from '../isp/index';
import { checkPublication } from '../publication/check';
import { ruleLabel, type PrimaryRule } from '../sdc/tables/index';
import { loadHighsSolver } from '../sdc/tables/highs';
import { protectAggregate } from './aggregate';
import { dueDate, parseFramework } from './framework';
import { disaggregationCells } from './model';

describe('protectAggregate', () => {
  it('suppresses counts below the threshold and protects them with secondary cells', () => {
    const groups = [
      { codes: ['MZ01', 'f'], count: 40 },
      { codes: ['MZ01', 'm'], count: 2 },
      { codes: ['MZ02', 'f'], count: 25 },
      { codes: ['MZ02', 'm'], count: 31 },
    ];
    const result = protectAggregate(['adm1', 'sex'], groups, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const cell = (a: string, s: string) =>
      result.value.cells.find((c) => c.codes[0] === a && c.codes[1] === s)!;
    expect(cell('MZ01', 'm')).toEqual({
      codes: ['MZ01', 'm'],
      count: null,
      status: 'suppressed-primary',
      rule: 'freq(3)',
    });
    // The margin total of MZ01 and the total of m are published, so one more cell per line must go.
    const secondary = result.value.cells.filter((c) => c.status === 'suppressed-secondary');
    expect(secondary.length).toBeGreaterThanOrEqual(3);
    expect(secondary.every((c) => c.count === null && c.rule === 'secondary')).toBe(true);
    expect(cell('total', 'total')).toMatchObject({ count: 98, status: 'published' });
    // No published cell lets the suppressed count be recomputed: MZ01 f is suppressed too.
    expect(cell('MZ01', 'f').status).not.toBe('published');
  });

  it("shows the viewer's own cells in full and keeps every cell with another organisation's data protected", () => {
    // MZ01 is OWN's alone (2 women: small); MZ02 mixes OWN and B (1 + 1 men: small); MZ03 is B's.
    const groups = [
      { codes: ['MZ01', 'f'], count: 2, contributors: [{ id: 'OWN', value: 2 }] },
      { codes: ['MZ01', 'm'], count: 30, contributors: [{ id: 'OWN', value: 30 }] },
      {
        codes: ['MZ02', 'f'],
        count: 20,
        contributors: [
          { id: 'OWN', value: 10 },
          { id: 'B', value: 10 },
        ],
      },
      {
        codes: ['MZ02', 'm'],
        count: 2,
        contributors: [
          { id: 'OWN', value: 1 },
          { id: 'B', value: 1 },
        ],
      },
      { codes: ['MZ03', 'f'], count: 25, contributors: [{ id: 'B', value: 25 }] },
      { codes: ['MZ03', 'm'], count: 31, contributors: [{ id: 'B', value: 31 }] },
    ];
    const own = protectAggregate(['adm1', 'sex'], groups, 3, undefined, undefined, 'OWN');
    const plain = protectAggregate(['adm1', 'sex'], groups, 3);
    expect(own.ok && plain.ok).toBe(true);
    if (!own.ok || !plain.ok) return;
    const cell = (r: typeof own, a: string, s: string) =>
      r.value.cells.find((c) => c.codes[0] === a && c.codes[1] === s)!;
    // Without a viewer both small cells are primary.
    expect(cell(plain, 'MZ01', 'f').status).toBe('suppressed-primary');
    expect(cell(plain, 'MZ02', 'm').status).toBe('suppressed-primary');
    // The viewer's own leaves and their own margin in full…
    for (const [a, s, n] of [
      ['MZ01', 'f', 2],
      ['MZ01', 'm', 30],
      ['MZ01', 'total', 32],
    ] as const)
      expect(cell(own, a, s)).toEqual({ codes: [a, s], count: n, status: 'published', rule: null });
    // … the mixed small cell still primary, and protected by secondary cells that are not the
    // viewer's own (MZ02 f and a cell of the other column).
    expect(cell(own, 'MZ02', 'm')).toMatchObject({ count: null, status: 'suppressed-primary' });
    expect(own.value.primaryCount).toBe(1);
    const hidden = own.value.cells.filter((c) => c.count === null).map((c) => c.codes.join('/'));
    expect(hidden).toContain('MZ02/f');
    expect(hidden.some((k) => k.startsWith('MZ03/'))).toBe(true);
    expect(hidden.every((k) => !k.startsWith('MZ01/'))).toBe(true);
    // A viewer needs each group's contributors.
    const bare = protectAggregate(['adm1'], [{ codes: ['MZ01'], count: 2 }], 3, undefined, undefined, 'OWN');
    expect(bare.ok).toBe(false);
  });

  it('uses the threshold it is given (5 for protection data)', () => {
    const groups = [
      { codes: ['f'], count: 4 },
      { codes: ['m'], count: 9 },
    ];
    const three = protectAggregate(['sex'], groups, 3);
    const five = protectAggregate(['sex'], groups, 5);
    expect(three.ok && three.value.cells.every((c) => c.status === 'published')).toBe(true);
    expect(five.ok && five.value.cells.find((c) => c.codes[0] === 'f')!.status).toBe('suppressed-primary');
  });

  it('publishes empty cells as 0, never suppresses them, and refuses a code named total', () => {
    const r = protectAggregate(
      ['sex'],
      [
        { codes: ['f'], count: 0 },
        { codes: ['m'], count: 10 },
      ],
      3,
    );
    expect(r.ok && r.value.cells.find((c) => c.codes[0] === 'f')).toMatchObject({
      count: 0,
      status: 'published',
    });
    expect(protectAggregate(['sex'], [{ codes: ['total'], count: 1 }], 3).ok).toBe(false);
  });

  it('without dimensions protects the one total', () => {
    const r = protectAggregate([], [{ codes: [], count: 2 }], 3);
    expect(r.ok && r.value.cells).toEqual([
      { codes: [], count: null, status: 'suppressed-primary', rule: 'freq(3)' },
    ]);
  });
});

describe('frameworks', () => {
  const raw = {
    code: '5w',
    name: 'Monthly 5W',
    dataType: '3w-4w-5w',
    countryIso3: 'MOZ',
    indicators: [
      {
        id: 'pro-01',
        activity: 'Protection monitoring',
        label: 'People reached',
        unit: 'people',
        disaggregation: { sex: true, age: true },
        hasTarget: true,
        reachedNotAboveTargeted: true,
      },
    ],
  };
  it('parses a valid framework and lists its disaggregation cells', () => {
    const r = parseFramework(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.adminLevel).toBe('adm2');
    expect(disaggregationCells(r.value.indicators[0]!.disaggregation)).toHaveLength(4);
    expect(dueDate(r.value, '2026-12')).toBe('2027-01-10');
  });
  it('refuses admin levels coarser than admin-2, unknown data types and duplicate indicators', () => {
    const r = parseFramework({
      ...raw,
      adminLevel: 'adm1',
      dataType: 'nope',
      indicators: [raw.indicators[0], raw.indicators[0]],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(/adminLevel/);
    expect(r.errors.join('\n')).toMatch(/dataType/);
    expect(r.errors.join('\n')).toMatch(/given twice/);
  });
});

describe('protectAggregate: magnitudes as a publication protects them (issue 10)', () => {
  const isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01' });
  const decision = decide(
    isp,
    { dataType: '3w-4w-5w', aggregation: 'adm1', includesNames: false, includesCoordinates: false },
    'public',
    undefined,
    'aggregate-publication',
  );
  // Items by province × month, one group per organisation as the database returns them.
  const shares: [string, string, string, number][] = [
    ['MZ01', '2025-01', 'FUDA', 900],
    ['MZ01', '2025-01', 'TRI', 60],
    ['MZ01', '2025-01', 'AMD', 40],
    ['MZ01', '2025-02', 'FUDA', 100],
    ['MZ01', '2025-02', 'TRI', 110],
    ['MZ01', '2025-02', 'AMD', 90],
    ['MZ02', '2025-01', 'BCSA', 500],
    ['MZ02', '2025-02', 'BCSA', 400],
    ['MZ02', '2025-02', 'TRI', 300],
    ...['2025-01', '2025-02'].flatMap((m) =>
      ['FUDA', 'TRI', 'AMD', 'RCSN'].map((o): [string, string, string, number] => ['MZ03', m, o, 100]),
    ),
  ];
  const groups = shares.map(([a, m, o, v]) => ({
    codes: [a, m],
    count: v,
    contributors: [{ id: o, value: v }],
  }));
  const leaves = new Map<
    string,
    { codes: string[]; count: number; contributors: { id: string; value: number }[] }
  >();
  for (const [a, m, o, v] of shares) {
    const leaf = leaves.get(`${a}/${m}`) ?? { codes: [a, m], count: 0, contributors: [] };
    leaf.count += v;
    leaf.contributors.push({ id: o, value: v });
    leaves.set(`${a}/${m}`, leaf);
  }

  for (const rule of [undefined, { kind: 'nk', n: 2, k: 60 }, { kind: 'p', p: 90 }] as const) {
    it(`gives every cell the status, rule and value of the publication (${rule ? ruleLabel(rule) : 'default p(10)'})`, async () => {
      const solver = await loadHighsSolver();
      const dominance = rule ?? DEFAULT_DOMINANCE_RULE;
      const aggregate = protectAggregate(['adm1', 'month'], groups, 3, solver, dominance);
      if (!aggregate.ok) throw new Error(aggregate.error);
      const published = checkPublication({
        dataType: '3w-4w-5w',
        aggregation: 'adm1',
        audience: 'public',
        decision,
        settings: rule ? { ...isp.settings, dominanceRule: rule } : isp.settings,
        solver,
        table: {
          magnitude: true,
          dimensions: [
            { name: 'adm1', codes: ['MZ01', 'MZ02', 'MZ03'].map((code) => ({ code })) },
            { name: 'month', codes: ['2025-01', '2025-02'].map((code) => ({ code })) },
          ],
          rows: [...leaves.values()],
        },
      });
      if (!published.ok) throw new Error(published.refusal.message);
      const norm = (codes: readonly string[]) => codes.map((c) => (c === 'Total' ? 'total' : c)).join('/');
      const fromPublication = new Map(
        published.snapshot.cells.map((c) => [
          norm(c.codes),
          { count: c.count, status: c.status, rule: c.rule || null },
        ]),
      );
      expect(aggregate.value.cells).toHaveLength(fromPublication.size);
      for (const c of aggregate.value.cells)
        expect({ cell: norm(c.codes), count: c.count, status: c.status, rule: c.rule }).toEqual({
          cell: norm(c.codes),
          ...fromPublication.get(norm(c.codes)),
        });
      expect(aggregate.value).toMatchObject({ primaryRule: ruleLabel(dominance), magnitude: true });
      expect(aggregate.value.primaryCount).toBe(published.checks.primaryCount);
      expect(aggregate.value.primaryCount).toBeGreaterThanOrEqual(3);
    });
  }

  it('one cell without dimensions: dominated or not by the rule alone', () => {
    const one = (rule: PrimaryRule) =>
      protectAggregate(
        [],
        [
          { codes: [], count: 900, contributors: [{ id: 'FUDA', value: 900 }] },
          { codes: [], count: 100, contributors: [{ id: 'TRI', value: 100 }] },
          { codes: [], count: 100, contributors: [{ id: 'AMD', value: 100 }] },
        ],
        3,
        undefined,
        rule,
      );
    expect(one({ kind: 'p', p: 10 })).toMatchObject({
      ok: true,
      value: { cells: [{ count: 1100, status: 'published', rule: null }] },
    });
    expect(one({ kind: 'nk', n: 1, k: 50 })).toMatchObject({ ok: false });
    expect(one({ kind: 'nk', n: 2, k: 85 })).toMatchObject({
      ok: true,
      value: { cells: [{ count: null, status: 'suppressed-primary', rule: 'nk(2,85)' }], primaryCount: 1 },
    });
  });

  it('refuses a magnitude whose groups do not list contributors adding up to their value', () => {
    expect(
      protectAggregate(['adm1'], [{ codes: ['MZ01'], count: 10 }], 3, undefined, DEFAULT_DOMINANCE_RULE),
    ).toMatchObject({
      ok: false,
    });
  });
});
