// The KoboToolbox XLSX fixtures of test-data/kobo are built from the hand-written CSV export by
// scripts/kobo/xlsx-export.ts with the repository's own XLSX writer; they must be up to date.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../packages/core/src/sdc/io/index';
import { buildKoboXlsx, FORM_SHEET, REPEAT_SHEET, REPEAT_XLSX, XLSX } from './xlsx-export';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('KoboToolbox XLSX fixtures', () => {
  const built = buildKoboXlsx();

  it('are committed as built (run `node packages/cli/bin/run-ts.js scripts/kobo/xlsx-export.ts` after a change)', () => {
    expect(new Uint8Array(readFileSync(`${root}${XLSX}`))).toEqual(built.xlsx);
    expect(new Uint8Array(readFileSync(`${root}${REPEAT_XLSX}`))).toEqual(built.repeat);
  });

  it('read back: the form sheet first with counts as numbers, the repeat group a sheet joined by _parent_index', async () => {
    const main = await readXlsx(built.repeat);
    if (!main.ok) throw new Error(main.error.message);
    expect(main.sheets).toEqual([FORM_SHEET, REPEAT_SHEET]);
    expect(main.dataset.rowCount).toBe(8);
    expect(main.dataset.columns.find((c) => c.name === 'participants/girls')?.kind).toBe('numeric');
    const repeat = await readXlsx(built.repeat, { sheet: REPEAT_SHEET });
    if (!repeat.ok) throw new Error(repeat.error.message);
    expect(repeat.dataset.columns.map((c) => c.name)).toContain('_parent_index');
    expect(repeat.dataset.rowCount).toBe(4);
  });
});
