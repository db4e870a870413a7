// "Check a dataset" with missing-value codes: a file written by R (NA for missing), in Node.
import { describe, expect, it } from 'vitest';
import { measure, readDataset, summarise, treat } from './check-engine';
import type { Roles } from './protocol';

const FROM_R = [
  '"region","sex","age","w"',
  '"N","F",30,1.5',
  '"N",NA,30,2',
  '"S","M",NA,1',
  '"S","M",41,1',
  '"N","F",NA,1',
  '"S",NA,41,2',
  '"S","F",77,1',
].join('\n');
const roles: Roles = { region: 'key', sex: 'key', age: 'key', w: 'weight' };

async function load() {
  const r = await readDataset(new Blob([FROM_R]), 'from-r.csv', () => {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('check engine, missing-value codes', () => {
  it('proposes NA on load and counts it as a category until the user confirms it', async () => {
    const ds = await load();
    expect(summarise(ds).missingProposals).toEqual([
      {
        code: 'NA',
        cells: 4,
        columns: [
          { column: 'sex', cells: 2 },
          { column: 'age', cells: 2 },
        ],
      },
    ]);
    const plain = measure(ds, roles);
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.value.violations['2']).toBe(7);
    const coded = measure(ds, roles, { all: ['NA'] });
    if (!coded.ok) throw new Error(coded.error.message);
    // Only the 77-year-old woman in S is still unique once NA matches any value.
    expect(coded.value.violations['2']).toBe(1);
    expect(coded.value.missing.perKey).toEqual({ region: 0, sex: 2, age: 2 });
    expect(coded.value.missing.applied?.total).toBe(4);
  });

  it('protects with the codes applied: NA cells are wildcards, and empty in the download', async () => {
    const ds = await load();
    const r = treat(
      ds,
      'from-r.csv',
      roles,
      { k: 2, importance: [], removeDirectIdentifiers: false },
      () => {},
      {
        all: ['NA'],
      },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.after.violations['2']).toBe(0);
    // One value blanked (for the unique record), not the four NA cells.
    expect(r.value.suppressions.total).toBe(1);
    const text = await r.value.csv.text();
    expect(text.split('\n')[2]).toBe('N,,30,2');
  });

  it('uses strict importance unless asked for the minimum, and says which', async () => {
    const ds = await load();
    const base = { k: 2, importance: ['sex', 'region', 'age'], removeDirectIdentifiers: false };
    const strict = treat(ds, 'from-r.csv', roles, base, () => {}, { all: ['NA'] });
    const minimum = treat(ds, 'from-r.csv', roles, { ...base, mode: 'minimum' }, () => {}, { all: ['NA'] });
    if (!strict.ok || !minimum.ok) throw new Error('treatment failed');
    expect(strict.value.suppressions.mode).toBe('strict-importance');
    expect(minimum.value.suppressions.mode).toBe('minimum');
    // The unique record (S, F, 77) keeps its sex, the most important key, in strict mode.
    expect(strict.value.suppressions.perKey['sex']).toBe(0);
  });
});
