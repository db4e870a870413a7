import { describe, expect, it } from 'vitest';
import { cellText, categoricalFromStrings, column, datasetFromColumns, type Dataset } from '../dataset';
import { generalise, optimalGeneralisation } from './generalisation';
import { hierarchyFromRows, parseHierarchyCsv, type Hierarchy } from './hierarchy';
import { loadReferenceCsv, readReferenceText } from '../test-support/reference-data';
import { seededRandom, type Random } from '../../random';

const ALL = [
  'sex',
  'age',
  'race',
  'marital-status',
  'education',
  'native-country',
  'workclass',
  'occupation',
  'salary-class',
];
const EIGHT = ALL.filter((c) => c !== 'occupation');
const adult = loadReferenceCsv('arx-adult/adult.csv', { delimiter: ';', numericOnly: [] });
const hierarchies: Record<string, Hierarchy> = {};
for (const c of ALL) {
  const h = parseHierarchyCsv(readReferenceText(`arx-adult/adult_hierarchy_${c}.csv`), c);
  if (!h.ok) throw new Error(h.error.message);
  hierarchies[c] = h.value;
}

/** Independent check: class sizes of the output (suppressed records excluded), by string keys. */
function classSizes(ds: Dataset, keys: readonly string[]): { sizes: number[]; suppressed: number } {
  const counts = new Map<string, number>();
  let suppressed = 0;
  for (let i = 0; i < ds.rowCount; i++) {
    const vals = keys.map((k) => cellText(column(ds, k), i));
    if (vals.every((v) => v === null)) {
      suppressed++;
      continue;
    }
    const key = JSON.stringify(vals);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { sizes: [...counts.values()], suppressed };
}

function relClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-6);
}

describe('hierarchies in ARX CSV layout', () => {
  it('parses the Adult hierarchies with their heights', () => {
    expect(ALL.map((c) => hierarchies[c]!.height)).toEqual([2, 5, 2, 3, 4, 3, 3, 3, 2]);
    expect(hierarchies['age']!.rows[0]).toEqual(['1', '0-4', '0-9', '0-19', '*']);
  });
  it('rejects ragged rows and duplicates, naming the line', () => {
    const r = parseHierarchyCsv('a;x;*\nb;*\n', 'h.csv');
    expect(r).toMatchObject({ ok: false, error: { field: 'h.csv' } });
    if (!r.ok) expect(r.error.message).toContain('line 2');
    expect(parseHierarchyCsv('a;*\na;*\n').ok).toBe(false);
    expect(hierarchyFromRows([]).ok).toBe(false);
  });
});

describe('optimal generalisation on ARX Adult', () => {
  it('CBMS 2014 benchmark: 8 keys, k = 5, 0 %: [1,1,1,1,3,2,2,1], loss 324620.5269918692', () => {
    const r = optimalGeneralisation(adult, { keys: EIGHT, hierarchies, k: 5 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.transformation).toEqual([1, 1, 1, 1, 3, 2, 2, 1]);
    relClose(r.value.loss, 324620.5269918692);
    expect(r.value.latticeSize).toBe(4320);
    expect(r.value.nodesChecked).toBeLessThan(4320 / 10);
    expect(r.value.suppressedRecords).toBe(0);
    const { sizes, suppressed } = classSizes(r.value.dataset, EIGHT);
    expect(suppressed).toBe(0);
    expect(sizes.length).toBe(30);
    expect(Math.min(...sizes)).toBe(16);
    expect(r.value.classes).toBe(30);
    expect(r.value.smallestClass).toBe(16);
    // Untouched columns are kept.
    expect(column(r.value.dataset, 'occupation')).toBe(column(adult, 'occupation'));
  });

  it('without loss pruning every node is classified: exactly 60 of 4,320 are 5-anonymous', () => {
    const r = optimalGeneralisation(adult, { keys: EIGHT, hierarchies, k: 5, prune: false });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.anonymousNodes).toBe(60);
    expect(r.value.nodesPruned).toBe(0);
    expect(r.value.transformation).toEqual([1, 1, 1, 1, 3, 2, 2, 1]);
  });

  it.each([
    [100, 0, [0, 4, 1, 1, 3, 2, 2, 1, 1], 453196.8932458743],
    [5, 0.04, [1, 0, 1, 1, 3, 2, 2, 0, 1], 255559.85455731067],
    [100, 0.04, [1, 1, 1, 1, 3, 2, 2, 1, 1], 379417.3460570988],
  ])('ARX test suite, 9 keys, k = %i, suppression %f', (k, limit, expected, loss) => {
    const r = optimalGeneralisation(adult, { keys: ALL, hierarchies, k, suppressionLimit: limit });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.transformation).toEqual(expected);
    relClose(r.value.loss, loss);
    expect(r.value.latticeSize).toBe(12960);
    const { sizes, suppressed } = classSizes(r.value.dataset, ALL);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(k);
    expect(suppressed).toBe(r.value.suppressedRecords);
    expect(suppressed).toBeLessThanOrEqual(Math.floor(limit * adult.rowCount));
  });

  it('the loss metric (Iyengar) gives a value in [0, 1] and a 5-anonymous result', () => {
    const r = optimalGeneralisation(adult, { keys: EIGHT, hierarchies, k: 5, metric: 'loss' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.loss).toBeGreaterThan(0);
    expect(r.value.loss).toBeLessThan(1);
    const { sizes } = classSizes(r.value.dataset, EIGHT);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  });
});

describe('generalise (a given transformation)', () => {
  const h = hierarchyFromRows([
    ['a', 'ab', '*'],
    ['b', 'ab', '*'],
    ['c', 'c', '*'],
  ]);
  if (!h.ok) throw new Error('bad');
  const ds = datasetFromColumns([categoricalFromStrings('x', ['a', 'b', 'c', 'a', null])]);
  it('maps values to their level and keeps NA', () => {
    const r = generalise(ds, ['x'], { x: h.value }, [1]);
    if (!r.ok) throw new Error(r.error.message);
    const col = column(r.value.dataset, 'x');
    expect([0, 1, 2, 3, 4].map((i) => cellText(col, i))).toEqual(['ab', 'ab', 'c', 'ab', null]);
  });
  it('returns error values naming the field', () => {
    expect(generalise(ds, ['x'], { x: h.value }, [3])).toMatchObject({
      ok: false,
      error: { field: 'transformation[0]' },
    });
    expect(generalise(ds, ['y'], { x: h.value }, [0])).toMatchObject({
      ok: false,
      error: { field: 'keys[0]' },
    });
    expect(generalise(ds, ['x'], {}, [0])).toMatchObject({ ok: false, error: { field: 'hierarchies.x' } });
    const other = datasetFromColumns([categoricalFromStrings('x', ['a', 'z'])]);
    const bad = generalise(other, ['x'], { x: h.value }, [0]);
    expect(bad).toMatchObject({ ok: false, error: { field: 'hierarchies.x' } });
    if (!bad.ok) expect(bad.error.message).toContain('"z"');
    expect(optimalGeneralisation(ds, { keys: ['x'], hierarchies: { x: h.value }, k: 1 })).toMatchObject({
      ok: false,
      error: { field: 'k' },
    });
  });
});

describe('search against brute force (seeded random tables and tree hierarchies)', () => {
  /** A random tree hierarchy over `leaves` values: each level merges values of the level below. */
  function randomHierarchy(rng: Random, leaves: number, height: number): Hierarchy {
    const rows: string[][] = Array.from({ length: leaves }, (_, v) => [`v${v}`]);
    let groupOf = rows.map((_, v) => v);
    for (let l = 1; l < height; l++) {
      const groups = l === height - 1 ? 1 : Math.max(1, Math.ceil(new Set(groupOf).size / 2));
      const parent = new Map<number, number>();
      groupOf = groupOf.map((g) => {
        let p = parent.get(g);
        if (p === undefined) {
          p = rng.int(groups);
          parent.set(g, p);
        }
        return p;
      });
      rows.forEach((row, v) => row.push(l === height - 1 ? '*' : `l${l}g${groupOf[v]}`));
    }
    const h = hierarchyFromRows(rows);
    if (!h.ok) throw new Error(h.error.message);
    return h.value;
  }

  /** Every node classified independently: generalise, then count classes by their text. */
  function bruteForce(ds: Dataset, keys: string[], hs: Record<string, Hierarchy>, k: number, max: number) {
    const heights = keys.map((key) => hs[key]!.height);
    let anonymous = 0;
    const node = heights.map(() => 0);
    for (;;) {
      const g = generalise(ds, keys, hs, node);
      if (!g.ok) throw new Error(g.error.message);
      const { sizes } = classSizes(g.value.dataset, keys);
      if (sizes.filter((s) => s < k).reduce((a, b) => a + b, 0) <= max) anonymous++;
      let q = 0;
      while (q < node.length && node[q] === heights[q]! - 1) node[q++] = 0;
      if (q === node.length) break;
      node[q]!++;
    }
    return anonymous;
  }

  it.each([1, 2, 3, 4, 5, 6])(
    'seed %i: every node classified as counting its classes from scratch says',
    (seed) => {
      const rng = seededRandom(seed);
      const keys = ['a', 'b', 'c', 'd', 'e'];
      const leaves = [9, 6, 12, 4, 7];
      const hs: Record<string, Hierarchy> = {};
      keys.forEach((key, q) => (hs[key] = randomHierarchy(rng, leaves[q]!, 2 + rng.int(3))));
      const n = 400;
      const cols = keys.map((key, q) =>
        categoricalFromStrings(
          key,
          Array.from({ length: n }, () => (rng.next() < 0.03 ? null : `v${rng.int(leaves[q]!)}`)),
        ),
      );
      const ds = datasetFromColumns(cols);
      for (const [k, limit] of [
        [3, 0],
        [5, 0.05],
      ] as const) {
        const r = optimalGeneralisation(ds, {
          keys,
          hierarchies: hs,
          k,
          suppressionLimit: limit,
          prune: false,
        });
        if (!r.ok) throw new Error(r.error.message);
        expect(r.value.anonymousNodes).toBe(bruteForce(ds, keys, hs, k, Math.floor(limit * n)));
        const { sizes, suppressed } = classSizes(r.value.dataset, keys);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(k);
        expect(suppressed).toBe(r.value.suppressedRecords);
      }
    },
  );
});

describe('hierarchies must be trees', () => {
  it('names the value that generalises two ways', () => {
    const h = hierarchyFromRows([
      ['a', 'x', 'P'],
      ['b', 'x', 'Q'],
    ]);
    if (!h.ok) throw new Error('bad');
    const ds = datasetFromColumns([categoricalFromStrings('v', ['a', 'b', 'a', 'b'])]);
    const r = optimalGeneralisation(ds, { keys: ['v'], hierarchies: { v: h.value }, k: 2 });
    expect(r).toMatchObject({ ok: false, error: { field: 'hierarchies.v' } });
    if (!r.ok) expect(r.error.message).toContain('"x" at level 1 generalises to both "P" and "Q"');
    expect(generalise(ds, ['v'], { v: h.value }, [0]).ok).toBe(false);
  });
});
