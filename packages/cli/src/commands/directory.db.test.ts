// steward services export/import and steward referral services against a real server (demo loaded).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipDirectory, zipEntryText } from '@steward/core/sdc/io/zip';
import { hsdsCsvPackage } from '@steward/services/directory/hsds-csv';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'steward-directory-'));
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const tokenOf = (email: string, acronym: string) => server.tokenFor(email, acronym);

describe('directory commands', () => {
  it('steward referral services --to ACRONYM --json: id, name, serviceType, referralMethod of what accepts referrals', async () => {
    const token = await tokenOf('caseworker@demo.example.org', 'RCSN');
    const r = await server.run(['referral', 'services', '--to', 'TRI', '--json'], { token });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(items).toEqual([
      {
        id: expect.any(String),
        name: 'Psychosocial support groups',
        serviceType: 'psychosocial',
        referralMethod: 'steward',
      },
    ]);
    const unknown = await server.run(['referral', 'services', '--to', 'NOPE', '--json'], { token });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/NOPE/);
  });

  it('steward services export -o FILE.zip writes the HSDS tabular data package with the services of the JSON export', async () => {
    const token = await tokenOf('focal-point.amd@demo.example.org', 'AMD');
    const json = join(dir, 'package-check.json');
    const zip = join(dir, 'directory-hsds.zip');
    expect((await server.run(['services', 'export', '-o', json], { token })).code).toBe(0);
    const exported = await server.run(['services', 'export', '-o', zip], { token });
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/tabular data package written/);
    const bytes = new Uint8Array(readFileSync(zip));
    const entries = readZipDirectory(bytes);
    if (typeof entries === 'string') throw new Error(entries);
    expect(entries.has('datapackage.json')).toBe(true);
    const services = (await zipEntryText(bytes, entries.get('services.csv')!)).trimEnd().split('\r\n');
    expect(services[0]).toMatch(/^id,organization_id,program_id,name,/);
    const page = JSON.parse(readFileSync(json, 'utf8')) as { contents: { id: string }[] };
    expect(
      services
        .slice(1)
        .map((l) => l.slice(0, 36))
        .sort(),
    ).toEqual(page.contents.map((s) => s.id).sort());

    const refused = await server.run(['services', 'export', '-o', join(dir, 'x.csv')], { token });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/\.json .* or \.zip/);
    const noSession = await fetch(`${server.url}/api/directory/export.zip`);
    expect(noSession.status).toBe(401);
  });

  it('steward services export -o FILE.json writes HSDS; steward services import FILE.json reads it back (all or nothing)', async () => {
    const token = await tokenOf('focal-point.amd@demo.example.org', 'AMD');
    const file = join(dir, 'directory.json');
    const exported = await server.run(['services', 'export', '-o', file], { token });
    expect(exported.code).toBe(0);
    const page = JSON.parse(readFileSync(file, 'utf8')) as {
      total_items: number;
      contents: Record<string, unknown>[];
    };
    expect(page.total_items).toBe(page.contents.length);
    const own = page.contents.filter(
      (s) => (s.organization as { alternate_name?: string }).alternate_name === 'AMD',
    );
    const ownFile = join(dir, 'own.json');
    writeFileSync(ownFile, JSON.stringify({ contents: own }));
    const imported = await server.run(['services', 'import', ownFile, '--json'], { token });
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toEqual({ created: 0, updated: own.length });

    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        contents: [
          { name: 'x', status: 'active' },
          { name: '', status: 'closed' },
        ],
      }),
    );
    const refused = await server.run(['services', 'import', bad], { token });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/contents\[1\]\.name/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    const broken = await server.run(['services', 'import', notJson], { token });
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/not JSON/);

    // What the import adjusted and what a file without services was: English sentences for the codes.
    const adjusted = join(dir, 'adjusted.json');
    writeFileSync(
      adjusted,
      JSON.stringify({
        contents: [
          {
            name: 'CLI probe: mobile clinic',
            status: 'active',
            service_at_locations: [{ location: { name: 'Clinic', latitude: 100, longitude: 101 } }],
          },
        ],
      }),
    );
    const withWarning = await server.run(['services', 'import', adjusted], { token });
    expect(withWarning.stderr).toBe('');
    expect(withWarning.stdout).toBe(
      '1 services created, 0 updated\n' +
        'warning: contents[0].service_at_locations[0].location.latitude: coordinates out of range or incomplete (latitude 100, longitude 101): the location is kept without its point\n',
    );
    const json = await server.run(['services', 'import', adjusted, '--json'], { token });
    expect(JSON.parse(json.stdout)).toMatchObject({
      warnings: [{ code: 'location-point-dropped', params: { latitude: '100', longitude: '101' } }],
    });
    const taxonomy = join(dir, 'taxonomy.json');
    writeFileSync(taxonomy, JSON.stringify({ id: 't', name: 'Types', description: 'd', version: '1' }));
    const none = await server.run(['services', 'import', taxonomy], { token });
    expect(none.stdout).toBe('The file is an HSDS taxonomy with no services: nothing to import.\n');
  });

  it('steward services import FILE.zip reads the HSDS tabular data package (all or nothing, file/row/column errors)', async () => {
    const token = await tokenOf('focal-point.amd@demo.example.org', 'AMD');
    const zip = join(dir, 'all-hsds.zip');
    expect((await server.run(['services', 'export', '-o', zip], { token })).code).toBe(0);
    // The whole directory holds other organisations' services: refused, nothing written.
    const refused = await server.run(['services', 'import', zip], { token });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/services\.csv, row \d+, column id: is a service of another organisation/);

    const json = join(dir, 'own-check.json');
    expect((await server.run(['services', 'export', '-o', json], { token })).code).toBe(0);
    const page = JSON.parse(readFileSync(json, 'utf8')) as { contents: Record<string, unknown>[] };
    const own = page.contents.filter(
      (s) => (s.organization as { alternate_name?: string }).alternate_name === 'AMD',
    );
    const ownZip = join(dir, 'own-hsds.zip');
    writeFileSync(ownZip, hsdsCsvPackage({ contents: own }));
    const imported = await server.run(['services', 'import', ownZip, '--json'], { token });
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toEqual({ created: 0, updated: own.length });
    const text = await server.run(['services', 'import', ownZip], { token });
    expect(text.stdout).toBe(`0 services created, ${own.length} updated\n`);

    const notZip = join(dir, 'not.zip');
    writeFileSync(notZip, 'hello');
    const broken = await server.run(['services', 'import', notZip], { token });
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/not a readable HSDS tabular data package/);
  });
});
