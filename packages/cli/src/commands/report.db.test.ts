// `steward report template|import|table` against a real server (test database, demo loaded).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
let tri: string;
let imo: string;
const dir = mkdtempSync(join(tmpdir(), 'steward-report-'));
const PERIOD = '2025-06';

beforeAll(async () => {
  server = await startTestServer();
  tri = await server.tokenFor('focal-point@demo.example.org', 'TRI');
  imo = await server.tokenFor('imo@demo.example.org', 'DPCCU');
});
afterAll(async () => server?.close());

const parseCsv = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((l) => l !== '')
    .map((l) => l.split(','));

describe('steward report', () => {
  it('template --example writes a header row, a hashtag row and example rows for the organisation', async () => {
    const out = join(dir, 'example.csv');
    const r = await server.run(
      ['report', 'template', '--framework', '5w', '--period', PERIOD, '--example', '-o', out],
      { token: tri },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[1]).toEqual(
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
    expect(rows.length - 2).toBeGreaterThanOrEqual(3);
    expect(rows.slice(2).every((row) => row[rows[1]!.indexOf('#org')] === 'TRI')).toBe(true);
    const xlsx = join(dir, 'empty.xlsx');
    const x = await server.run(['report', 'template', '--framework', '5w', '--period', PERIOD, '-o', xlsx], {
      token: tri,
    });
    expect(x.code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });

  it('import with a bad p-code names row and column, exits non-zero and imports nothing; fixed, it imports', async () => {
    const example = readFileSync(join(dir, 'example.csv'), 'utf8');
    const rows = parseCsv(example);
    const adm2 = rows[1]!.indexOf('#adm2+code');
    const good = rows[3]![adm2]!;
    rows[3]![adm2] = 'MZ9999';
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, rows.map((r) => r.join(',')).join('\r\n'));
    const r = await server.run(['report', 'import', bad, '--framework', '5w', '--period', PERIOD], {
      token: tri,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /^row 4, column Admin 2 p-code \(#adm2\+code\): "MZ9999" — Not an admin-2 p-code of MOZ/m,
    );
    expect(r.stderr).toMatch(/nothing imported: 1 problem/);
    const none = await server.run(
      ['report', 'table', '--framework', '5w', '--period', PERIOD, '--by', 'adm1', '--json'],
      { token: tri },
    );
    expect((JSON.parse(none.stdout) as { cells: unknown[] }).cells).toEqual([]);

    rows[3]![adm2] = good;
    const fixed = join(dir, 'fixed.csv');
    writeFileSync(fixed, rows.map((r) => r.join(',')).join('\r\n'));
    const ok = await server.run(
      ['report', 'import', fixed, '--framework', '5w', '--period', PERIOD, '--json'],
      {
        token: tri,
      },
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      imported: true,
      organisation: 'TRI',
      period: PERIOD,
      state: 'draft',
    });
  });

  it('more than 50 problems: 50 lines, then a count', async () => {
    const rows = parseCsv(readFileSync(join(dir, 'example.csv'), 'utf8'));
    const adm2 = rows[1]!.indexOf('#adm2+code');
    const many = [rows[0]!, rows[1]!];
    for (let i = 0; i < 60; i++) {
      const row = [...rows[2]!];
      row[adm2] = `XX${i}`;
      many.push(row);
    }
    const file = join(dir, 'many.csv');
    writeFileSync(file, many.map((r) => r.join(',')).join('\n'));
    const r = await server.run(['report', 'import', file, '--framework', '5w', '--period', PERIOD], {
      token: tri,
    });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('row '))).toHaveLength(50);
    expect(r.stderr).toMatch(/… and \d+ more problem\(s\)/);
  });

  it('table --json gives one key per dimension, count (null when suppressed), status and rule', async () => {
    const r = await server.run(
      [
        'report',
        'table',
        '--framework',
        '5w',
        '--period',
        PERIOD,
        '--by',
        'adm1,sex',
        '--audience',
        'public',
        '--json',
      ],
      { token: tri },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { cells } = JSON.parse(r.stdout) as { cells: Record<string, unknown>[] };
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(Object.keys(c).sort()).toEqual(['adm1', 'count', 'rule', 'sex', 'status']);
      expect(['published', 'suppressed-primary', 'suppressed-secondary']).toContain(c.status);
      if (c.status === 'published') expect(typeof c.count).toBe('number');
      else expect(c.count).toBeNull();
    }
    // The IMO does not see TRI's draft: nothing for that month.
    const asImo = await server.run(
      ['report', 'table', '--framework', '5w', '--period', PERIOD, '--by', 'adm1,sex', '--json'],
      { token: imo },
    );
    expect((JSON.parse(asImo.stdout) as { cells: unknown[] }).cells).toEqual([]);
    const bad = await server.run(
      ['report', 'table', '--framework', '5w', '--period', PERIOD, '--by', 'colour'],
      {
        token: tri,
      },
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/"colour" is not a dimension/);
  });
});
