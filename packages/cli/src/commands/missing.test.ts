// `--missing` / `--missing-in` on `check`, `anonymise` and `table`, spawned as a user runs them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineError, parseCsv, steward, tempDir } from '../sdc/test-support';

// As R's write.csv writes a 2-anonymous file after local suppression: missing values are NA.
const FROM_R = [
  '"region","sex","age","w"',
  '"N","F",30,1.5',
  '"N",NA,30,2',
  '"S","M",NA,1',
  '"S","M",41,1',
  '"N","F",NA,1',
  '"S",NA,41,2',
].join('\n');
const SENTINELS = ['region,sex,age', 'N,F,30', 'N,F,-99', 'S,M,41', 'S,M,41', 'N,F,30'].join('\n');

const work = tempDir({
  'from-r.csv': FROM_R,
  'sentinels.csv': SENTINELS,
  'treatment.json': JSON.stringify({
    missing: { all: ['NA'] },
    localSuppression: { keys: ['region', 'sex', 'age'], k: 2 },
  }),
  'plain.json': JSON.stringify({ localSuppression: { keys: ['region', 'sex', 'age'], k: 2 } }),
});
afterAll(() => work.remove());

describe('steward check --missing', () => {
  it('without codes, NA is a category and the report proposes it', () => {
    const r = steward(['check', 'from-r.csv', '--keys', 'region,sex,age'], work.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('add --missing NA');
    const json = JSON.parse(
      steward(['check', 'from-r.csv', '--keys', 'region,sex,age', '--json'], work.dir).stdout,
    );
    expect(json.violations['2']).toBe(6);
    expect(json.missing.proposals[0]).toMatchObject({ code: 'NA', cells: 4 });
  });

  it('with --missing NA the NA cells are wildcards: the file is 2-anonymous, weighted too', () => {
    const r = steward(
      ['check', 'from-r.csv', '--keys', 'region,sex,age', '--weight', 'w', '--missing', 'NA'],
      work.dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cells read as missing \(codes NA\)\s+4/);
    expect(r.stdout).toMatch(/Missing values in "age" \(wildcards\)\s+2/);
    const json = JSON.parse(
      steward(['check', 'from-r.csv', '--keys', 'region,sex,age', '--missing', 'NA', '--json'], work.dir)
        .stdout,
    );
    expect(json.violations['2']).toBe(0);
    expect(json.missing.applied.cells).toEqual({ sex: 2, age: 2 });
    expect(json.missing.perKey).toEqual({ region: 0, sex: 2, age: 2 });
  });

  it('--missing-in applies a sentinel to one column only', () => {
    const without = JSON.parse(
      steward(['check', 'sentinels.csv', '--keys', 'region,sex,age', '--json'], work.dir).stdout,
    );
    expect(without.violations['2']).toBe(1);
    expect(without.missing.proposals.map((p: { code: string }) => p.code)).toContain('-99');
    const json = JSON.parse(
      steward(
        ['check', 'sentinels.csv', '--keys', 'region,sex,age', '--missing-in', 'age=-99', '--json'],
        work.dir,
      ).stdout,
    );
    expect(json.violations['2']).toBe(0);
    expect(json.missing.applied.cells).toEqual({ age: 1 });
  });

  it('bad codes are one-line errors', () => {
    expect(
      expectOneLineError(steward(['check', 'from-r.csv', '--keys', 'sex', '--missing', 'NA,,.'], work.dir)),
    ).toMatch(/--missing: empty code/);
    expect(
      expectOneLineError(
        steward(['check', 'from-r.csv', '--keys', 'sex', '--missing-in', 'agee=-99'], work.dir),
      ),
    ).toMatch(/unknown column "agee"/);
    expect(
      expectOneLineError(steward(['check', 'from-r.csv', '--keys', 'sex', '--missing-in', '-99'], work.dir)),
    ).toMatch(/COLUMN=CODES/);
  });

  it('--help shows the options and an example', () => {
    for (const command of ['check', 'anonymise', 'table']) {
      const r = steward([command, '--help'], work.dir);
      expect(r.stdout).toContain('--missing CODES');
      expect(r.stdout).toContain('--missing-in COLUMN=CODES');
      expect(r.stdout).toMatch(/--missing NA/);
    }
  });
});

describe('steward anonymise with missing codes', () => {
  it('reads NA as missing before suppressing, and writes missing cells empty', () => {
    const r = steward(['anonymise', 'from-r.csv', '--config', 'treatment.json', '-o', 'out.csv'], work.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Already 2-anonymous once NA is a wildcard: nothing suppressed.
    expect(r.stdout).toContain('0 value(s) suppressed');
    const rows = parseCsv(readFileSync(join(work.dir, 'out.csv'), 'utf8'));
    expect(rows[2]).toEqual(['N', '', '30', '2']);
    expect(rows[3]).toEqual(['S', 'M', '', '1']);
  });

  it('--missing on the command line does the same with a config without codes', () => {
    const plain = steward(['anonymise', 'from-r.csv', '--config', 'plain.json', '-o', 'plain.csv'], work.dir);
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain(' 0 value(s) suppressed');
    const r = steward(
      ['anonymise', 'from-r.csv', '--config', 'plain.json', '-o', 'flag.csv', '--missing', 'NA'],
      work.dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 value(s) suppressed');
  });
});

describe('steward table with missing codes', () => {
  it('NA is a category without codes, and a refused row with --missing NA', () => {
    const ok = steward(
      ['table', 'from-r.csv', '--rows', 'sex', '--rule', 'freq(1)', '-o', 't.csv'],
      work.dir,
    );
    expect(ok.code).toBe(0);
    expect(readFileSync(join(work.dir, 't.csv'), 'utf8')).toContain('NA');
    const r = steward(
      ['table', 'from-r.csv', '--rows', 'sex', '--rule', 'freq(1)', '--missing', 'NA', '-o', 't2.csv'],
      work.dir,
    );
    expect(expectOneLineError(r)).toMatch(/Column "sex", row 2: missing value/);
  });
});
