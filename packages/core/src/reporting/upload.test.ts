// parseReportUpload's row loop reads each value column through the framework's column plan
// (computed once) and folds repeated texts once: the figures' formats, the organisation and the
// activity are read exactly as before — pinned here cell by cell.
import { describe, expect, it } from 'vitest';
import type { Framework } from './model';
import { parseReportUpload, templateRows, type GazetteerArea } from './upload';

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
      disaggregation: { sex: true, age: false, populationGroup: false, disability: false },
      hasTarget: false,
      reachedNotAboveTargeted: false,
    },
  ],
};
const gazetteer: GazetteerArea[] = [
  { pcode: 'MZ01', name: 'Cabo Delgado', level: 1, parentPcode: 'MOZ' },
  { pcode: 'MZ0104', name: 'Cidade De Pemba', level: 2, parentPcode: 'MZ01' },
  { pcode: 'MZ0109', name: 'Metuge', level: 2, parentPcode: 'MZ01' },
];
const ctx = {
  framework,
  period: '2026-10',
  organisation: { acronym: 'TRI', name: 'Tidewater Relief' },
  gazetteer,
};
const [header, tags] = templateRows(framework, '2026-10');
const at = (tag: string) => tags!.indexOf(tag);

/** One data row for MZ0104 with these cells (by hashtag). */
const row = (cells: Record<string, string>, adm2 = 'MZ0104') => {
  const r = tags!.map(() => '');
  r[at('#adm1+code')] = 'MZ01';
  r[at('#adm2+code')] = adm2;
  r[at('#activity')] = 'Protection monitoring';
  for (const [tag, v] of Object.entries(cells)) r[at(tag)] = v;
  return r;
};

describe('report upload: figures, organisation and activity', () => {
  it('reads plain digits and thousands separators (space or comma), and refuses anything else with row and column', () => {
    const ok = parseReportUpload(
      [
        header!,
        tags!,
        row({ '#reached+f': '1 234', '#reached+m': '1,000', '#reached+total': '2234' }),
        row(
          { '#reached+f': ' 007 ', '#reached+m': '1999999993', '#reached+total': '2,000,000,000' },
          'MZ0109',
        ),
      ],
      ctx,
    );
    expect(ok.ok).toBe(true);
    if (ok.ok)
      expect(ok.values.map((v) => `${v.adm2} ${v.sex} ${v.value}`)).toEqual([
        'MZ0104 f 1234',
        'MZ0104 m 1000',
        'MZ0109 f 7',
        'MZ0109 m 1999999993',
      ]);
    const bad = parseReportUpload(
      [
        header!,
        tags!,
        row({ '#reached+f': '12,34', '#reached+m': '-1', '#reached+total': '1.5' }),
        row({ '#reached+f': '2000000001', '#reached+m': '1e3', '#reached+total': '0x10' }, 'MZ0109'),
      ],
      ctx,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => `row ${p.row} ${p.column} "${p.value}" ${p.code}`)).toEqual([
        'row 3 Reached women/girls (#reached+f) "12,34" not-a-whole-number',
        'row 3 Reached men/boys (#reached+m) "-1" not-a-whole-number',
        'row 3 Reached total (#reached+total) "1.5" not-a-whole-number',
        'row 3 #reached "null" no-reached',
        'row 4 Reached women/girls (#reached+f) "2000000001" not-a-whole-number',
        'row 4 Reached men/boys (#reached+m) "1e3" not-a-whole-number',
        'row 4 Reached total (#reached+total) "0x10" not-a-whole-number',
        'row 4 #reached "null" no-reached',
      ]);
  });

  it('names the organisation by acronym or name in any case and accents, the activity likewise', () => {
    const cells = { '#reached+f': '3', '#reached+m': '4', '#reached+total': '7' };
    const named = (org: string, activity: string, adm2: string) => {
      const r = row(cells, adm2);
      r[at('#org')] = org;
      r[at('#activity')] = activity;
      return r;
    };
    const ok = parseReportUpload(
      [
        header!,
        tags!,
        named('tri', 'PROTECTION  monitoring', 'MZ0104'),
        named('Tidéwater relief', 'protection-monitoring', 'MZ0109'),
      ],
      ctx,
    );
    expect(ok.ok).toBe(true);
    const bad = parseReportUpload(
      [
        header!,
        tags!,
        named('FUDA', 'Protection monitoring', 'MZ0104'),
        named('TRI', 'Monitoring', 'MZ0109'),
      ],
      ctx,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems.map((p) => `row ${p.row} ${p.code}`)).toEqual([
        'row 3 not-your-organisation',
        'row 4 unknown-activity',
      ]);
  });
});
