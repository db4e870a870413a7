// steward publish / unpublish against a real server (test database, demo loaded): the ISP decision
// is printed, small cells are suppressed, the public link answers until unpublished, refusals
// print the decision and fail, partners cannot publish.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
let imoToken: string;
const dir = mkdtempSync(join(tmpdir(), 'steward-publish-'));
const tableFile = join(dir, 'reached.csv');

beforeAll(async () => {
  server = await startTestServer();
  const imo = server.credentials.find((c) => c.role === 'cluster-imo')!;
  imoToken = await server.tokenFor(imo.email, imo.organisationAcronym);
  writeFileSync(tableFile, 'adm1,sex,count\nMZ01,f,150\nMZ01,m,131\nMZ02,f,2\nMZ02,m,64\n');
});
afterAll(async () => server?.close());

describe('steward publish / unpublish', () => {
  it('publishes to the public, printing the ISP decision and the link; unpublish closes the link', async () => {
    const args = [
      'publish',
      '--table',
      tableFile,
      '--title',
      'Reached by province',
      '--data-type',
      '3w-4w-5w',
    ];
    const r = await server.run([...args, '--aggregation', 'adm1', '--audience', 'public'], {
      token: imoToken,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ISP decision: allow/m);
    expect(r.stdout).toMatch(/Disclosure control: freq\(3\) — 1 cell\(s\) suppressed below 3/);
    const link = /Public link \(shown once\): (\S+)/.exec(r.stdout)![1]!;
    const id = /\(id ([0-9a-f-]{36}), version 1\)/.exec(r.stdout)![1]!;
    const snap = (await (await fetch(link)).json()) as {
      snapshot: { cells: { codes: string[]; count: number | null }[] };
    };
    expect(snap.snapshot.cells.find((c) => c.codes.join('/') === 'MZ02/f')!.count).toBeNull();

    const json = await server.run(['publish', '--republish', id, '--json'], { token: imoToken });
    expect(JSON.parse(json.stdout)).toMatchObject({
      id,
      version: 2,
      decision: { decision: 'allow-with-conditions' },
    });

    const off = await server.run(['unpublish', id], { token: imoToken });
    expect(off.code).toBe(0);
    expect(off.stdout).toContain('no longer answers');
    expect((await fetch(link)).status).toBe(404);
  });

  it('a refusal prints the ISP decision and exits non-zero; a partner is refused', async () => {
    const args = [
      'publish',
      '--table',
      tableFile,
      '--title',
      'Cases',
      '--data-type',
      'protection-monitoring-case-data',
    ];
    const r = await server.run([...args, '--aggregation', 'individual', '--audience', 'public'], {
      token: imoToken,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ISP decision: deny/m);
    expect(r.stderr).toMatch(/publication-refused/);
    const partner = server.credentials.find((c) => c.role === 'partner-im-officer')!;
    const p = await server.run([...args, '--aggregation', 'adm1'], {
      token: await server.tokenFor(partner.email, partner.organisationAcronym),
    });
    expect(p.code).toBe(1);
    expect(p.stderr).toMatch(/forbidden/);
  });

  it('a bad table names the row and column', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'adm1,count\nMZ01,12\nMZ02,many\n');
    const r = await server.run(
      ['publish', '--table', bad, '--title', 'T', '--data-type', '3w-4w-5w', '--aggregation', 'adm1'],
      { token: imoToken },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 3, column count: "many"/);
  });
});
