// Issue 7 §2: a report import's validation runs in the parse worker, not on the server's main
// thread. Shown without timing (the machine is shared and loaded): the job reports the thread
// that validated, its values arrive as transferred typed arrays, and its problems are exactly
// those core parseReportUpload finds on the same rows.
import { isMainThread, threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportUpload, templateRows, valueAt, type GazetteerArea } from '@steward/core/reporting/index';
import { writeCsvRows } from '@steward/core/sdc/io/index';
import { createParsePool } from '../uploads/parse-pool';
import { DEMO_5W_FRAMEWORK } from './demo-framework';
import type { ReportValidationContext } from './validate-import';

const gazetteer: GazetteerArea[] = [
  { pcode: 'MZ01', name: 'Cabo Delgado', level: 1, parentPcode: 'MOZ' },
  { pcode: 'MZ0104', name: 'Cidade De Pemba', level: 2, parentPcode: 'MZ01' },
  { pcode: 'MZ0109', name: 'Metuge', level: 2, parentPcode: 'MZ01' },
];
const context: ReportValidationContext = {
  framework: DEMO_5W_FRAMEWORK,
  period: '2026-10',
  organisation: { acronym: 'TRI', name: 'Tidewater Relief' },
  gazetteer,
  kobo: null,
  maxProblems: 50,
};
const [header, tags] = templateRows(DEMO_5W_FRAMEWORK, '2026-10') as [string[], string[]];
const row = (cells: Record<string, string>) => tags.map((t) => cells[t] ?? '');
const good = (adm2: string) =>
  row({
    '#org': 'TRI',
    '#indicator+code': 'pss-people',
    '#adm1+code': 'MZ01',
    '#adm2+code': adm2,
    '#reached+f+children': '4',
    '#reached+m+children': '6',
    '#reached+f+adults': '10',
    '#reached+m+adults': '20',
  });

const pool = createParsePool();
afterAll(() => pool.close());

describe('report import validation in the parse worker', () => {
  it('validates a file in a worker thread and hands the values back as transferred typed arrays', async () => {
    expect(isMainThread).toBe(true);
    const bytes = new TextEncoder().encode(writeCsvRows([header, tags, good('MZ0104'), good('MZ0109')]));
    const before = pool.activity.started;
    const out = await pool.run({ task: 'report-import', name: 'r.csv', bytes, kobo: false, context });
    expect(pool.activity.started - before).toBe(1);
    if (out.kind !== 'ok') throw new Error(`expected ok, got ${out.kind}`);
    expect(out.threadId).not.toBe(threadId);
    expect(out.threadId).toBeGreaterThan(0);
    expect(out.rows).toBe(2);
    expect(out.columns.values).toBeInstanceOf(Int32Array);
    expect(out.columns.codes.every((c) => c instanceof Uint32Array)).toBe(true);
    const rows = [header, tags, good('MZ0104'), good('MZ0109')];
    const main = parseReportUpload(rows, context);
    if (!main.ok) throw new Error('the same rows validate on the main thread');
    expect(out.columns.length).toBe(main.values.length);
    expect(Array.from({ length: out.columns.length }, (_, i) => valueAt(out.columns, i))).toEqual(
      main.values,
    );
  });

  it('returns the same problems as core validation (at most maxProblems, and the count)', async () => {
    const bad = Array.from({ length: 60 }, (_, i) =>
      row({
        '#indicator+code': 'pss-people',
        '#adm1+code': 'MZ01',
        '#adm2+code': `X${i}`,
        '#reached+f+children': 'x',
      }),
    );
    const rows = [header, tags, ...bad];
    const out = await pool.run({ task: 'report-import', name: 'form', rows, kobo: false, context });
    const main = parseReportUpload(rows, context);
    if (main.ok || out.kind !== 'problems') throw new Error('expected problems');
    expect(out.total).toBe(main.total);
    expect(out.total).toBeGreaterThan(50);
    expect(out.problems).toHaveLength(50);
    expect(out.problems).toEqual(main.problems);
  });

  it('reads the file before the lookup failed: a read error first, else "no-context"', async () => {
    const bytes = new TextEncoder().encode(writeCsvRows([header, tags, good('MZ0104')]));
    const none = await pool.run({ task: 'report-import', name: 'r.csv', bytes, kobo: false, context: null });
    expect(none.kind).toBe('no-context');
    const unreadable = await pool.run({
      task: 'report-import',
      name: 'r.xlsx',
      bytes: new Uint8Array([1, 2, 3]),
      kobo: false,
      context: null,
    });
    expect(unreadable.kind).toBe('read-error');
  });
});
