// `steward report kobo-mapping` and `steward report import --kobo` against a real server (test
// database, demo loaded), with the hand-written KoboToolbox export of test-data/kobo.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
let tri: string;
const dir = mkdtempSync(join(tmpdir(), 'steward-kobo-'));
const PERIOD = '2025-03';
const exportFile = join(dir, 'kobo.csv');
copyFileSync(
  fileURLToPath(new URL('../../../../test-data/kobo/protection-activities-2025-03.csv', import.meta.url)),
  exportFile,
);

beforeAll(async () => {
  server = await startTestServer();
  tri = await server.tokenFor('focal-point@demo.example.org', 'TRI');
});
afterAll(async () => server?.close());

interface Mapping {
  columns: Record<string, string>;
  choices: Record<string, Record<string, string>>;
}

describe('steward report with a KoboToolbox export', () => {
  it('kobo-mapping writes a proposed mapping and says what is left to map', async () => {
    const out = join(dir, 'mapping.json');
    const r = await server.run(['report', 'kobo-mapping', exportFile, '--framework', '5w', '-o', out], {
      token: tri,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/8 submission\(s\) in the export/);
    expect(r.stdout).toMatch(/not mapped: .*#reached\+total/);
    expect(r.stdout).toMatch(
      /activity_details\/activity \(#activity\) answers taken as they are unless translated in choices: awareness, civil_documentation, pss/,
    );
    const mapping = JSON.parse(readFileSync(out, 'utf8')) as Mapping;
    expect(mapping.columns['location/district']).toBe('#adm2+code');
    expect(mapping.choices['#activity']).toEqual({ protection_monitoring: 'Protection monitoring' });
  });

  it('import --kobo without a mapping asks for one; with the edited mapping it imports and remembers it', async () => {
    const none = await server.run(
      ['report', 'import', exportFile, '--framework', '5w', '--period', PERIOD, '--kobo'],
      { token: tri },
    );
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/no KoboToolbox mapping for 5w/);

    const mapping = JSON.parse(readFileSync(join(dir, 'mapping.json'), 'utf8')) as Mapping;
    mapping.choices['#activity'] = {
      ...mapping.choices['#activity'],
      pss: 'Psychosocial support',
      awareness: 'Protection awareness',
      civil_documentation: 'Legal assistance and documentation',
    };
    mapping.choices['#adm1+code'] = { cabo_delgado: 'MZ01' };
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify(mapping));

    // A bad district on line 4: the export's line and field, nothing imported.
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, readFileSync(exportFile, 'utf8').replace('"MZ0106";"Mucojo"', '"MZ0199";"Mucojo"'));
    const refused = await server.run(
      ['report', 'import', bad, '--framework', '5w', '--period', PERIOD, '--kobo', '--mapping', edited],
      { token: tri },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^row 4, column location\/district \(#adm2\+code\): "MZ0199" — Not an admin-2 p-code of MOZ/m,
    );
    expect(refused.stderr).toMatch(/nothing imported: 1 problem/);

    const ok = await server.run(
      [
        'report',
        'import',
        exportFile,
        '--framework',
        '5w',
        '--period',
        PERIOD,
        '--kobo',
        '--mapping',
        edited,
        '--json',
      ],
      { token: tri },
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      imported: true,
      organisation: 'TRI',
      period: PERIOD,
      rows: 7,
      values: 36,
      notApproved: 1,
    });

    // Remembered: the next export imports with --kobo alone, and kobo-mapping proposes it.
    const again = await server.run(
      ['report', 'import', exportFile, '--framework', '5w', '--period', PERIOD, '--kobo'],
      { token: tri },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /imported 7 row\(s\), 36 value\(s\) for TRI 2025-03.*1 submission\(s\) marked "Not approved"/,
    );
    const proposed = join(dir, 'proposed.json');
    const p = await server.run(['report', 'kobo-mapping', exportFile, '--framework', '5w', '-o', proposed], {
      token: tri,
    });
    expect(p.stdout).toMatch(/from your remembered mapping/);
    expect((JSON.parse(readFileSync(proposed, 'utf8')) as Mapping).choices['#adm1+code']).toEqual({
      cabo_delgado: 'MZ01',
    });
  });

  it('--mapping without --kobo is refused', async () => {
    const r = await server.run(
      ['report', 'import', exportFile, '--framework', '5w', '--period', PERIOD, '--mapping', 'x.json'],
      { token: tri },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--mapping goes with --kobo/);
  });
});
