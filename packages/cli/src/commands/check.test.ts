// `steward check`, spawned on the reference files as other tools will script it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineError, SDC_REFERENCE, steward, tempDir } from '../sdc/test-support';

const FREE1_KEYS = 'REGION,SEX,AGE,MARSTAT,KINDPERS,NUMYOUNG,NUMOLD,AGEYOUNG';
const ref = (name: string) => join(SDC_REFERENCE, name);
const work = tempDir({
  'empty.csv': '',
  'header-only.csv': 'a,b,c\n',
  'ragged.csv': 'region,sex,age\nN,F,30\nN,M\nS,F,41\nS,F,41,extra\n',
  'small.csv': 'region,sex,age,name\nN,F,30,Alpha\nN,F,30,Beta\nS,M,41,Gamma\nS,M,52,Delta\n',
  'notes.docx': 'x',
});
afterAll(() => work.remove());

describe('steward check --json', () => {
  it('free1 with 8 keys and weights: sdcMicro figures (README 1.2)', () => {
    const r = steward(
      ['check', ref('free1.csv'), '--keys', FREE1_KEYS, '--weight', 'WEIGHT', '--json'],
      work.dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(r.stdout);
    expect(report.records).toBe(4000);
    expect(report.keys).toEqual(FREE1_KEYS.split(','));
    expect(report.classes).toBe(3818);
    expect(report.violations).toEqual({ '2': 3663, '3': 3933, '5': 3994 });
    expect(report.sampleUniques).toBe(3663);
    expect(report.weightedViolations).toEqual({ '2': 0, '3': 0, '5': 0 });
    expect(report.expectedReidentifications).toBeCloseTo(94.226953, 5);
    expect(report.globalRisk).toBeCloseTo(0.0235567382, 9);
    expect(typeof report.highRiskRecords).toBe('number');
    expect(report.findings.map((f: { column: string }) => f.column)).toContain('WEIGHT');
  });

  it('francdat with weight w: global risk 0.1208157556, risk_ER 0.966526', () => {
    const r = steward(
      ['check', ref('francdat.csv'), '--keys', 'Key1,Key2,Key3,Key4', '--weight', 'w', '--json'],
      work.dir,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.records).toBe(8);
    expect(report.globalRisk).toBeCloseTo(0.1208157556, 9);
    expect(report.expectedReidentifications).toBeCloseTo(0.966526, 6);
    // fk = 2,2,2,1,1,1,1,2 (README 1.2)
    expect(report.sampleUniques).toBe(4);
    expect(report.violations).toEqual({ '2': 4, '3': 8, '5': 8 });
    // rk above median + 3 MAD and above 0.1: rows 4, 6, 7 (0.177, 0.297, 0.402)
    expect(report.highRiskRecords).toBe(3);
  });

  it('without a weight: globalRisk is the mean of 1/fk and weightedViolations is absent', () => {
    const r = steward(['check', 'small.csv', '--keys', 'region,sex,age', '--json'], work.dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    // classes: (N,F,30)×2, (S,M,41), (S,M,52) → fk = 2,2,1,1
    expect(report.classes).toBe(3);
    expect(report.sampleUniques).toBe(2);
    expect(report.violations).toEqual({ '2': 2, '3': 4, '5': 4 });
    expect(report.globalRisk).toBeCloseTo((0.5 + 0.5 + 1 + 1) / 4, 12);
    expect(report.expectedReidentifications).toBeCloseTo(3, 12);
    expect(report).not.toHaveProperty('weightedViolations');
    const name = report.findings.find((f: { column: string }) => f.column === 'name');
    expect(name.role).toBe('direct-identifier');
    // Data values never appear in the report.
    expect(r.stdout).not.toContain('Alpha');
  });

  it('--k and --alpha are honoured; missing values are wildcards', () => {
    const csv = 'a,b\n1,x\n1,\n2,y\n2,y\n';
    const t = tempDir({ 'na.csv': csv });
    try {
      const full = JSON.parse(
        steward(['check', 'na.csv', '--keys', 'a,b', '--k', '2,4', '--json'], t.dir).stdout,
      );
      // (1,x) matches (1,NA): fk = 2,2,2,2
      expect(full.violations).toEqual({ '2': 0, '4': 4 });
      const none = JSON.parse(
        steward(['check', 'na.csv', '--keys', 'a,b', '--alpha', '0', '--json'], t.dir).stdout,
      );
      // alpha 0: a match through NA counts 0 for the complete record; the NA record still counts the complete one
      expect(none.violations['2']).toBe(1);
    } finally {
      t.remove();
    }
  });
});

describe('steward check (table)', () => {
  it('prints a readable report with the figures', () => {
    const r = steward(
      ['check', ref('francdat.csv'), '--keys', 'Key1,Key2,Key3,Key4', '--weight', 'w'],
      work.dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Disclosure report for francdat\.csv/);
    expect(r.stdout).toMatch(/Records\s+8\n/);
    expect(r.stdout).toMatch(/Records violating 2-anonymity \(fk < 2\)\s+4\s+50\.0 %/);
    expect(r.stdout).toMatch(/Global risk \(survey-weighted, "w"\)\s+0\.120816/);
    const report = JSON.parse(
      steward(
        ['check', ref('francdat.csv'), '--keys', 'Key1,Key2,Key3,Key4', '--weight', 'w', '--json'],
        work.dir,
      ).stdout,
    ) as { highRiskThreshold: number };
    const cut = (100 * report.highRiskThreshold).toFixed(2);
    expect(report.highRiskThreshold).toBeGreaterThanOrEqual(0.1);
    expect(r.stdout).toContain(`High-risk records (risk > ${cut} %, median + 3·MAD)`);
  });
});

describe('steward check: bad input is one line, non-zero exit', () => {
  it('missing file', () => {
    const line = expectOneLineError(steward(['check', 'nope.csv', '--keys', 'a'], work.dir));
    expect(line).toBe('steward: file not found: "nope.csv"');
  });

  it('unknown column: named, with the available columns', () => {
    const line = expectOneLineError(steward(['check', 'small.csv', '--keys', 'region,gender'], work.dir));
    expect(line).toContain('unknown column "gender"');
    expect(line).toContain('available columns: region, sex, age, name');
  });

  it('empty file and header without rows', () => {
    expect(expectOneLineError(steward(['check', 'empty.csv', '--keys', 'a'], work.dir))).toContain(
      '"empty.csv" is empty',
    );
    expect(expectOneLineError(steward(['check', 'header-only.csv', '--keys', 'a'], work.dir))).toContain(
      'no data rows',
    );
  });

  it('ragged rows: the line numbers', () => {
    const line = expectOneLineError(steward(['check', 'ragged.csv', '--keys', 'region'], work.dir));
    expect(line).toContain('line(s) 3, 5');
  });

  it('k < 2, bad alpha, unknown file type', () => {
    expect(
      expectOneLineError(steward(['check', 'small.csv', '--keys', 'region', '--k', '1'], work.dir)),
    ).toContain('at least 2');
    expect(
      expectOneLineError(steward(['check', 'small.csv', '--keys', 'region', '--alpha', '2'], work.dir)),
    ).toContain('--alpha');
    expect(expectOneLineError(steward(['check', 'notes.docx', '--keys', 'region'], work.dir))).toContain(
      'unknown file type ".docx"',
    );
  });

  it('a non-UTF-8 file is refused with the encoding named', () => {
    const t = tempDir({ 'latin1.csv': Buffer.from('name,city\nJos\xe9,Li\xe8ge\n', 'latin1') });
    try {
      const line = expectOneLineError(steward(['check', 'latin1.csv', '--keys', 'city'], t.dir));
      expect(line).toContain('not valid UTF-8');
      expect(readFileSync(join(t.dir, 'latin1.csv')).length).toBeGreaterThan(0);
    } finally {
      t.remove();
    }
  });
});
