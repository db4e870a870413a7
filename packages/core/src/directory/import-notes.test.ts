import { describe, expect, it } from 'vitest';
import {
  describeImportAdjustment,
  describeImportNote,
  IMPORT_ADJUSTMENT_CODES,
  NO_SERVICE_KINDS,
} from './import-notes';

describe('HSDS import adjustments and notes in English (CLI)', () => {
  it('says each adjustment with its parameters', () => {
    expect(
      describeImportAdjustment({
        code: 'location-point-dropped',
        params: { latitude: '100', longitude: '101' },
      }),
    ).toBe(
      'coordinates out of range or incomplete (latitude 100, longitude 101): the location is kept without its point',
    );
    expect(
      describeImportAdjustment({ code: 'location-point-dropped', params: { latitude: '12.5' } }),
    ).toContain('longitude none');
    expect(describeImportAdjustment({ code: 'table-not-imported', params: { table: 'program' } })).toBe(
      "not imported: Steward's directory keeps no HSDS program table",
    );
    for (const code of IMPORT_ADJUSTMENT_CODES)
      expect(describeImportAdjustment({ code, params: {} })).toEqual(expect.any(String));
  });

  it('says what a file without services was; a code or kind it does not know is undefined', () => {
    for (const kind of NO_SERVICE_KINDS)
      expect(describeImportNote({ code: 'no-services', params: { kind } })).toMatch(/: nothing to import\.$/);
    expect(describeImportNote({ code: 'no-services', params: { kind: 'taxonomy' } })).toBe(
      'The file is an HSDS taxonomy with no services: nothing to import.',
    );
    expect(describeImportNote({ code: 'no-services', params: { kind: 'spreadsheet' } })).toBeUndefined();
    expect(describeImportNote({ code: 'later-code', params: { kind: 'document' } })).toBeUndefined();
    expect(describeImportAdjustment({ code: 'later-code', params: {} })).toBeUndefined();
  });
});
