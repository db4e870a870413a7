import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHashtagRow, parseTagSpec } from './hxl';
import { parseReportUpload, templateRows, type GazetteerArea } from './upload';
import type { Framework } from './model';

const file = (name: string) =>
  readFileSync(new URL(`../../../../test-data/hxl/${name}`, import.meta.url), 'utf8');
/** A minimal CSV splitter for these test files (no quoted fields in them). */
const rows = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((l) => l !== '')
    .map((l) => l.split(','));

describe('HXL hashtag rows (libhxl test files)', () => {
  it('finds the hashtag row below two text header rows and reads the tags of output-valid-objects.json', () => {
    const grid = rows(file('input-valid.csv'));
    const at = findHashtagRow(grid);
    expect(at).toBe(2);
    const expected = Object.keys((JSON.parse(file('output-valid-objects.json')) as object[])[0]!).sort();
    const tags = grid[at]!.filter((c) => c !== '').map((c) => {
      const s = parseTagSpec(c)!;
      return `#${s.tag}${s.attributes.map((a) => `+${a}`).join('')}`;
    });
    expect([...tags].sort()).toEqual(expected);
  });

  it('parses the fuzzy file (hashtags mixed with untagged cells) and refuses untagged files', () => {
    expect(findHashtagRow(rows(file('input-fuzzy.csv')))).toBe(2);
    expect(findHashtagRow(rows(file('input-untagged.csv')))).toBe(-1);
    expect(findHashtagRow(rows(file('input-multiple-headers.csv')))).toBe(2);
  });

  it('parses specs with spaces and case, and refuses non-tags', () => {
    expect(parseTagSpec(' #Reached +F +Children ')).toEqual({
      tag: 'reached',
      attributes: ['f', 'children'],
    });
    expect(parseTagSpec('#adm2+code')).toEqual({ tag: 'adm2', attributes: ['code'] });
    expect(parseTagSpec('Reached')).toBeNull();
    expect(parseTagSpec('#1abc')).toBeNull();
  });
});

const framework: Framework = {
  code: '5w',
  name: '5W',
  dataType: '3w-4w-5w',
  periodicity: 'monthly',
  adminLevel: 'adm2',
  countryIso3: 'MOZ',
  dueDay: 10,
  indicators: [
    {
      id: 'pm-people',
      activity: 'Protection monitoring',
      label: 'People reached',
      unit: 'people',
      disaggregation: { sex: true, age: true, populationGroup: false, disability: false },
      hasTarget: true,
      reachedNotAboveTargeted: true,
    },
  ],
};
const gazetteer: GazetteerArea[] = [
  { pcode: 'MZ01', name: 'Cabo Delgado', level: 1, parentPcode: 'MOZ' },
  { pcode: 'MZ07', name: 'Nampula', level: 1, parentPcode: 'MOZ' },
  { pcode: 'MZ0104', name: 'Cidade De Pemba', level: 2, parentPcode: 'MZ01' },
  { pcode: 'MZ0109', name: 'Metuge', level: 2, parentPcode: 'MZ01' },
  { pcode: 'MZ0702', name: 'Cidade De Nampula', level: 2, parentPcode: 'MZ07' },
];
const ctx = { framework, period: '2026-10', organisation: { acronym: 'TRI', name: 'Tidewater' }, gazetteer };

describe('report upload', () => {
  const example = templateRows(framework, '2026-10', {
    organisation: 'TRI',
    areas: [
      { adm1: 'MZ01', adm2: 'MZ0104' },
      { adm1: 'MZ01', adm2: 'MZ0109' },
      { adm1: 'MZ07', adm2: 'MZ0702' },
    ],
  });

  it('the template has a header row, a hashtag row and example rows that validate', () => {
    expect(example[1]).toEqual(
      expect.arrayContaining([
        '#org',
        '#activity',
        '#adm1+code',
        '#adm2+code',
        '#date',
        '#reached+f+children',
        '#targeted+m+adults',
      ]),
    );
    expect(example.length).toBeGreaterThanOrEqual(5);
    const r = parseReportUpload(example, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.rows).toBe(3);
      expect(r.values).toHaveLength(3 * 4 * 2);
      expect(r.values.some((v) => v.value < 3)).toBe(true);
    }
  });

  it('names row (file line), column and value for every problem; nothing is kept', () => {
    const bad = example.map((r) => [...r]);
    const adm2 = example[1]!.indexOf('#adm2+code');
    const total = example[1]!.indexOf('#reached+total');
    const date = example[1]!.indexOf('#date');
    bad[2]![adm2] = 'MZ104'; // line 3: unknown p-code, normalised suggestion
    bad[3]![total] = '1'; // line 4: total does not add up
    bad[4]![adm2] = 'MZ0104'; // line 5: duplicate of line 3? no — line 3 is wrong; lies in MZ01 but row says MZ07
    bad[4]![date] = '2026-09-30';
    const r = parseReportUpload(bad, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.problems.map((p) => `row ${p.row}, ${p.column}: ${p.value} — ${p.message}`);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^row 3, Admin 2 p-code \(#adm2\+code\): MZ104 — .*did you mean MZ0104 \(Cidade De Pemba\)/,
        ),
        expect.stringMatching(
          /^row 4, Reached total \(#reached\+total\): 1 — The disaggregations add up to \d+, not 1/,
        ),
        expect.stringMatching(
          /^row 5, Admin 2 p-code \(#adm2\+code\): MZ0104 — MZ0104 \(Cidade De Pemba\) is not in MZ07/,
        ),
        expect.stringMatching(/^row 5, Date \(#date\): 2026-09-30 — The date is not in the period 2026-10/),
      ]),
    );
  });

  it('reached above targeted, another organisation, names suggested for unknown codes, duplicates', () => {
    const bad = example.map((r) => [...r]);
    const h = example[1]!;
    const rf = h.indexOf('#reached+f+children');
    const tf = h.indexOf('#targeted+f+children');
    const rt = h.indexOf('#reached+total');
    bad[2]![rf] = String(Number(bad[2]![tf]) + 1);
    bad[2]![rt] = String(Number(bad[2]![rt]) + Number(bad[2]![rf]) - Number(example[2]![rf]));
    bad[3]![h.indexOf('#org')] = 'FUDA';
    bad[4]![h.indexOf('#adm2+code')] = 'Cidade de Nampula';
    bad.push([...example[2]!]);
    const r = parseReportUpload(bad, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msgs = r.problems.map((p) => `row ${p.row}: ${p.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^row 3: Reached \(\d+\) is above targeted/),
        expect.stringMatching(/^row 4: The organisation is not TRI/),
        expect.stringMatching(
          /^row 5: Not an admin-2 p-code of MOZ; did you mean MZ0702 \(Cidade De Nampula\)\?/,
        ),
        expect.stringMatching(/^row 6: Duplicate: pm-people in MZ0104 is already on row 3/),
      ]),
    );
  });

  it('reads a file with the template headers and no hashtag row', () => {
    const r = parseReportUpload([example[0]!, ...example.slice(2)], ctx);
    expect(r.ok).toBe(true);
  });
});
