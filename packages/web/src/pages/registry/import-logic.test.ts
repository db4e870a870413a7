import { describe, expect, it } from 'vitest';
import { registryEn } from './i18n/en';
import {
  IMPORT_COLUMNS,
  OPTIONAL_IMPORT_COLUMNS,
  REQUIRED_IMPORT_COLUMNS,
  isImportFileName,
  parseImportPath,
  templateCsv,
  templateHref,
} from './import-logic';

describe('registry import columns and template', () => {
  it('splits every column into required or optional, once', () => {
    const both = [...REQUIRED_IMPORT_COLUMNS, ...OPTIONAL_IMPORT_COLUMNS];
    expect(new Set(both).size).toBe(both.length);
    expect([...both].sort()).toEqual([...IMPORT_COLUMNS].sort());
  });

  it('names each column as the entry form labels a field (reg.field.<column>)', () => {
    for (const column of IMPORT_COLUMNS) {
      if (column === 'consentObtained') continue; // not on the form: the ISP asks it where relevant
      expect(Object.keys(registryEn), column).toContain(`reg.field.${column}`);
    }
  });

  it('builds a template of exactly the header row', () => {
    const text = templateCsv();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.split(',')).toEqual([...IMPORT_COLUMNS]);
    const href = templateHref();
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(text);
  });

  it('accepts CSV and Excel file names only', () => {
    expect(isImportFileName('entries.csv')).toBe(true);
    expect(isImportFileName('Entries.XLSX')).toBe(true);
    expect(isImportFileName('entries.xls')).toBe(false);
    expect(isImportFileName('entries.csv.txt')).toBe(false);
  });

  it('reads the row and column of an import problem', () => {
    expect(parseImportPath('row 3, column nextReviewOn')).toEqual({ row: 3, column: 'nextReviewOn' });
    expect(parseImportPath('column colour')).toEqual({ row: null, column: 'colour' });
    expect(parseImportPath('file')).toBeNull();
  });
});
