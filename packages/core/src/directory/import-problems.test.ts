import { describe, expect, it } from 'vitest';
import { describeImportProblem, IMPORT_PROBLEM_CODES, importProblem, placePath } from './import-problems';

describe('HSDS import problems as codes + params', () => {
  it('every code has its own English sentence, with its params in it', () => {
    const sentences = IMPORT_PROBLEM_CODES.map((code) =>
      describeImportProblem(code, { max: 7, min: 1, table: 'tbl', detail: 'why', descriptor: 'd.json' }),
    );
    for (const s of sentences) expect(s).not.toMatch(/^is not valid \(/);
    expect(new Set(sentences).size).toBe(IMPORT_PROBLEM_CODES.length);
    expect(describeImportProblem('not-whole-number', { min: 0, max: 130 })).toBe(
      'must be a whole number from 0 to 130',
    );
    expect(describeImportProblem('unknown-reference', { table: 'services.csv' })).toBe(
      'names no row of services.csv',
    );
  });

  it('an unknown code still reads as a sentence naming the code', () => {
    expect(describeImportProblem('from-the-future')).toBe('is not valid (from-the-future)');
  });

  it("a package's place is the English path and file, row, column params", () => {
    expect(placePath({ file: 'services.csv' })).toBe('services.csv');
    expect(
      importProblem({ file: 'services.csv', row: 3, column: 'minimum_age' }, 'not-a-number', { value: 'x' }),
    ).toEqual({
      path: 'services.csv, row 3, column minimum_age',
      message: 'must be a number',
      code: 'not-a-number',
      params: { value: 'x', file: 'services.csv', row: 3, column: 'minimum_age' },
    });
    expect(importProblem('contents[0].name', 'required')).toEqual({
      path: 'contents[0].name',
      message: 'is required',
      code: 'required',
      params: {},
    });
  });
});
