/**
 * Missing-value codes: a file written by R (`write.csv`, `NA` for missing) and the same data with
 * sentinels, read with Steward's own CSV reader, measured with and without the codes.
 */
import { describe, expect, it } from 'vitest';
import { cellText, column, MISSING_CODE, type Dataset } from '../dataset';
import { readCsvText, writeCsv } from '../io/csv';
import { localSuppression } from '../methods/local-suppression';
import { applyTreatment } from '../methods/treatment';
import { checkReport } from '../risk/check-report';
import { frequencies } from '../risk/frequencies';
import { columnsOf } from '../test-support/build';
import { loadReferenceCsv } from '../test-support/reference-data';
import { applyMissingCodes, parseMissingList, proposeMissingCodes } from './index';

const KEYS = ['urbrur', 'roof', 'walls', 'water', 'electcon', 'relat', 'sex'];

function read(text: string): Dataset {
  const r = readCsvText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.dataset;
}

/** The dataset as R's write.csv writes it: missing values as the unquoted text NA. */
function asRWrites(ds: Dataset): string {
  const cols = ds.columns;
  let out = cols.map((c) => `"${c.name}"`).join(',') + '\n';
  for (let r = 0; r < ds.rowCount; r++) out += cols.map((c) => cellText(c, r) ?? 'NA').join(',') + '\n';
  return out;
}

describe('a 3-anonymous file written by R with NA', () => {
  const original = loadReferenceCsv('testdata2.csv');
  const protectedDs = localSuppression(original, { keys: KEYS, k: 3 });
  if (!protectedDs.ok) throw new Error(protectedDs.error.message);
  const fromR = read(asRWrites(protectedDs.value.dataset));

  it('reads NA as a category without codes, so the file looks unsafe', () => {
    const r = checkReport(fromR, { keys: KEYS, weight: 'sampling_weight' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.violations['3']).toBeGreaterThan(0);
    expect(r.report.missing.perKey).toEqual(Object.fromEntries(KEYS.map((k) => [k, 0])));
    // Detection proposes NA, in exactly the keys that hold suppressions.
    const na = r.report.missing.proposals.find((p) => p.code === 'NA');
    expect(na?.cells).toBe(protectedDs.value.newSuppressions);
    const withSupps = KEYS.filter((k) => protectedDs.value.newSuppressionsPerKey[k]! > 0);
    expect(na?.columns.map((c) => c.column).sort()).toEqual([...withSupps].sort());
  });

  it('is 3-anonymous again with --missing NA, with NA as a wildcard', () => {
    const r = checkReport(fromR, { keys: KEYS, weight: 'sampling_weight', missing: { all: ['NA'] } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.violations['3']).toBe(0);
    expect(r.report.missing.applied?.total).toBe(protectedDs.value.newSuppressions);
    expect(r.report.missing.perKey).toEqual(protectedDs.value.newSuppressionsPerKey);
    expect(r.report.missing.proposals.find((p) => p.code === 'NA')).toBeUndefined();
  });
});

describe('freqCalc fixture with NA written as text (README 3.1)', () => {
  const withNA = loadReferenceCsv('fixtures/freqCalc_fixture_withNA.csv');
  const text = asRWrites(withNA);
  it("gives sdcMicro's fk and Fk only once NA is a missing code", () => {
    const raw = read(text);
    const plain = frequencies(columnsOf(raw, ['A', 'B', 'C']), { weights: null });
    expect(Array.from(plain.fk)).not.toEqual([3, 1, 4, 2, 2, 2, 1, 3]);
    const r = applyMissingCodes(raw, { all: ['NA'] });
    if (!r.ok) throw new Error(r.error.message);
    const ds = r.value.dataset;
    expect(r.value.applied.cells).toEqual({ C: 2 });
    // C is numeric again once its NA cells are missing, as when R's file had empty fields.
    expect(column(ds, 'C').kind).toBe('numeric');
    const w = column(ds, 'weight');
    const f = frequencies(columnsOf(ds, ['A', 'B', 'C']), {
      weights: w.kind === 'numeric' ? w.values : null,
    });
    expect(Array.from(f.fk)).toEqual([3, 1, 4, 2, 2, 2, 1, 3]);
    expect(Array.from(f.Fk)).toEqual([108, 45.5, 125, 56, 100, 100, 123.5, 108]);
  });
});

describe('codes per column and numeric sentinels', () => {
  const text = [
    'region,age,score,weight',
    'North,34,3,1.5',
    'South,-99,999,NA',
    'North,.,2,2',
    'East,41,4,2.5',
    'N/A,29,1,1',
  ].join('\n');

  it('applies file-wide codes to every column and column codes to their column only', () => {
    const ds = read(text);
    const r = applyMissingCodes(ds, { all: ['NA', '.', 'N/A'], columns: { age: ['-99'] } });
    if (!r.ok) throw new Error(r.error.message);
    const out = r.value.dataset;
    expect(r.value.applied.cells).toEqual({ region: 1, age: 2, weight: 1 });
    const age = column(out, 'age');
    expect(age.kind).toBe('numeric');
    expect(Array.from(age.kind === 'numeric' ? age.values : [])).toEqual([34, NaN, NaN, 41, 29]);
    const weight = column(out, 'weight');
    expect(weight.kind).toBe('numeric');
    const region = column(out, 'region');
    expect(region.kind === 'categorical' && region.levels).toEqual(['North', 'South', 'East']);
    expect(region.kind === 'categorical' && region.codes[4]).toBe(MISSING_CODE);
    // 999 was not a code for "score": it stays.
    expect(cellText(column(out, 'score'), 1)).toBe('999');
    // Written back, a missing value is an empty field.
    expect(writeCsv(out, { newline: '\n' }).split('\n')[2]).toBe('South,,999,');
  });

  it('proposes the usual codes, and sentinels only where they stand apart', () => {
    const survey = proposeMissingCodes(read(text));
    const byCode = Object.fromEntries(survey.proposals.map((p) => [p.code, p.columns]));
    expect(byCode['NA']).toEqual([{ column: 'weight', cells: 1 }]);
    expect(byCode['.']).toEqual([{ column: 'age', cells: 1 }]);
    expect(byCode['N/A']).toEqual([{ column: 'region', cells: 1 }]);
    expect(byCode['-99']).toEqual([{ column: 'age', cells: 1 }]);
    expect(byCode['999']).toEqual([{ column: 'score', cells: 1 }]);
    // A 999 among values up to 5,000 is a value, not a code.
    const plain = proposeMissingCodes(read('income\n999\n1200\n5000\n'));
    expect(plain.proposals).toEqual([]);
  });

  it('rejects an unknown column and an empty code, naming the field', () => {
    const ds = read(text);
    const unknown = applyMissingCodes(ds, { columns: { agee: ['-99'] } });
    expect(!unknown.ok && unknown.error.field).toBe('missing.columns.agee');
    const empty = applyMissingCodes(ds, { all: ['NA', ' '] });
    expect(!empty.ok && empty.error.field).toBe('missing.all[1]');
  });

  it('parses the command-line list, with quotes for a code holding a comma', () => {
    expect(parseMissingList('NA, ., -99')).toEqual({ ok: true, value: ['NA', '.', '-99'] });
    expect(parseMissingList('"a,b",NA')).toEqual({ ok: true, value: ['a,b', 'NA'] });
    expect(parseMissingList('NA,,-99').ok).toBe(false);
  });
});

describe("the treatment's missing step", () => {
  it('reads the codes first, so local suppression counts them as wildcards and not as losses', () => {
    const ds = read(['a,b', 'x,1', 'x,NA', 'y,2', 'y,2', 'x,1'].join('\n'));
    const r = applyTreatment(
      ds,
      { missing: { all: ['NA'] }, localSuppression: { keys: ['a', 'b'], k: 2 } },
      { seed: 1 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.steps.map((s) => s.step)).toEqual(['missing', 'localSuppression']);
    // x,NA matches x,1 twice: already 2-anonymous, nothing suppressed.
    expect(r.value.loss.totalSuppressions).toBe(0);
    const bad = applyTreatment(ds, { missing: { all: [''] } }, { seed: 1 });
    expect(!bad.ok && bad.error.field).toBe('missing.all[0]');
  });
});
