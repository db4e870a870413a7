// `steward incident report` and `steward incident summary` against a real server (test
// database, demo loaded): the exact JSON contract, the asset's ISP level as initial severity,
// cluster roles only for the summary, no partner incident detail in it, and a type the cluster
// added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../remote/client';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.close());

const cred = (role: string) => server.credentials.find((c) => c.role === role)!;

describe('steward incident', () => {
  it('report → { id, severity, state: "notified" }, with the linked asset’s level', async () => {
    const caseworker = cred('caseworker');
    const token = await server.tokenFor(caseworker.email, caseworker.organisationAcronym);
    const r = await server.run(
      [
        'incident',
        'report',
        '--title',
        'Phone lost',
        '--type',
        'near-miss',
        '--personal-data',
        'no',
        '--json',
      ],
      { token },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['id', 'severity', 'state']);
    expect(out).toMatchObject({ state: 'notified', severity: 'low' });

    // With an asset of the focal point's organisation: the severity is the entry's ISP level.
    const focal = cred('partner-focal-point');
    const focalToken = await server.tokenFor(focal.email, focal.organisationAcronym);
    const client = connect({ server: server.url, token: focalToken }, { env: {} });
    const asset = (await client.get<{ items: { id: string }[] }>('/api/registry')).items[0]!.id;
    const withAsset = await server.run(
      [
        'incident',
        'report',
        '--title',
        'List e-mailed to wrong address',
        '--type',
        'unauthorised-disclosure',
        '--personal-data',
        'yes',
        '--asset',
        asset,
        '--json',
      ],
      { token: focalToken },
    );
    expect(withAsset.stderr).toBe('');
    const inc = JSON.parse(withAsset.stdout) as { id: string; severity: string };
    expect(['low', 'moderate', 'high', 'severe']).toContain(inc.severity);
    const full = await client.get<{ assetIds: string[]; severity: string }>(`/api/incidents/${inc.id}`);
    expect(full).toMatchObject({ assetIds: [asset], severity: inc.severity });
  });

  it('bad input is one clear line', async () => {
    const token = await server.tokenFor(cred('caseworker').email);
    const bad = await server.run(
      ['incident', 'report', '--title', 'x', '--type', 'theft', '--personal-data', 'no'],
      { token },
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/type/);
    const pd = await server.run(
      ['incident', 'report', '--title', 'x', '--type', 'other', '--personal-data', 'maybe'],
      { token },
    );
    expect(pd.code).toBe(2);
    expect(pd.stderr).toMatch(/--personal-data: give yes or no/);
  });

  it('a type the cluster coordinator added is accepted; an unknown type is refused listing the valid ones', async () => {
    const coordinator = cred('cluster-coordinator');
    const coordinatorToken = await server.tokenFor(coordinator.email, coordinator.organisationAcronym);
    const admin = connect({ server: server.url, token: coordinatorToken }, { env: {} });
    await admin.post('/api/incidents/types', {
      code: 'fraud-by-staff',
      labels: {
        en: 'Fraud by staff',
        fr: 'Fraude du personnel',
        es: 'Fraude del personal',
        pt: 'Fraude do pessoal',
        ar: 'احتيال من الموظفين',
      },
    });
    const token = await server.tokenFor(cred('caseworker').email);
    const args = (type: string) => [
      'incident',
      'report',
      '--title',
      'Vouchers resold',
      '--type',
      type,
      '--personal-data',
      'no',
      '--json',
    ];
    const ok = await server.run(args('fraud-by-staff'), { token });
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout)).toMatchObject({ state: 'notified' });
    const bad = await server.run(args('fraud'), { token });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /type: "fraud" is not an incident type; one of unauthorised-disclosure, .*other, fraud-by-staff/,
    );
  });

  it('summary: cluster roles only; counts with small numbers suppressed, no titles or organisations', async () => {
    const viewer = cred('viewer');
    const refused = await server.run(['incident', 'summary', '--json'], {
      token: await server.tokenFor(viewer.email, viewer.organisationAcronym),
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/forbidden/);
    const coordinator = cred('cluster-coordinator');
    const r = await server.run(['incident', 'summary', '--json'], {
      token: await server.tokenFor(coordinator.email, coordinator.organisationAcronym),
    });
    expect(r.stderr).toBe('');
    const s = JSON.parse(r.stdout) as {
      threshold: number;
      tables: {
        dimension: string;
        total: { count: number | null };
        cells: { code: string; count: number | null }[];
      }[];
    };
    expect(s.tables.map((t) => t.dimension)).toEqual(['month', 'type', 'severity', 'state']);
    expect(r.stdout).not.toMatch(/Phone lost|wrong address/);
    for (const t of s.tables) {
      for (const c of t.cells)
        if (c.count !== null) expect(c.count === 0 || c.count >= s.threshold).toBe(true);
    }
    const text = await server.run(['incident', 'summary'], {
      token: await server.tokenFor(coordinator.email, coordinator.organisationAcronym),
    });
    expect(text.stdout).toMatch(/^Incidents \(counts below \d+ suppressed: x\)/);
  });
});

describe('steward incident types', () => {
  it('lists built-in and added types; cluster roles add one and change its labels; others cannot', async () => {
    const imo = cred('cluster-imo');
    const imoToken = await server.tokenFor(imo.email, imo.organisationAcronym);
    const added = await server.run(
      [
        'incident',
        'types',
        'add',
        '--code',
        'cyber-attack',
        '--label',
        'Cyber attack',
        '--label-fr',
        'Cyberattaque',
        '--json',
      ],
      { token: imoToken },
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    // Languages not given take the English label until changed.
    expect(JSON.parse(added.stdout)).toEqual({
      code: 'cyber-attack',
      builtIn: false,
      labels: {
        en: 'Cyber attack',
        fr: 'Cyberattaque',
        es: 'Cyber attack',
        pt: 'Cyber attack',
        ar: 'Cyber attack',
      },
    });
    const again = await server.run(
      ['incident', 'types', 'add', '--code', 'cyber-attack', '--label', 'Again'],
      { token: imoToken },
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already/);

    // A caseworker lists the types but may not add or change one.
    const caseworkerToken = await server.tokenFor(cred('caseworker').email);
    const listed = await server.run(['incident', 'types', '--json'], { token: caseworkerToken });
    expect(listed.stderr).toBe('');
    const items = (
      JSON.parse(listed.stdout) as { items: { code: string; builtIn: boolean; labels: { en: string } }[] }
    ).items;
    expect(items.slice(0, 6).map((t) => t.code)).toEqual([
      'unauthorised-disclosure',
      'loss-or-theft',
      'unauthorised-access',
      'misuse',
      'near-miss',
      'other',
    ]);
    expect(items.find((t) => t.code === 'near-miss')).toEqual({
      code: 'near-miss',
      builtIn: true,
      labels: { en: 'Near miss' },
    });
    expect(items.find((t) => t.code === 'cyber-attack')).toMatchObject({
      builtIn: false,
      labels: { en: 'Cyber attack' },
    });
    const refused = await server.run(
      ['incident', 'types', 'add', '--code', 'bribery', '--label', 'Bribery'],
      { token: caseworkerToken },
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/forbidden|Only cluster roles/);
    const refusedEdit = await server.run(
      ['incident', 'types', 'label', '--code', 'cyber-attack', '--label', 'Hacked'],
      { token: caseworkerToken },
    );
    expect(refusedEdit.code).toBe(1);

    // The coordinator gives the Arabic label; the others stay.
    const coordinator = cred('cluster-coordinator');
    const coordinatorToken = await server.tokenFor(coordinator.email, coordinator.organisationAcronym);
    const changed = await server.run(
      ['incident', 'types', 'label', '--code', 'cyber-attack', '--label-ar', 'هجوم إلكتروني', '--json'],
      { token: coordinatorToken },
    );
    expect(changed.stderr).toBe('');
    expect(JSON.parse(changed.stdout)).toMatchObject({
      labels: { en: 'Cyber attack', fr: 'Cyberattaque', ar: 'هجوم إلكتروني' },
    });
    const text = await server.run(['incident', 'types'], { token: caseworkerToken });
    expect(text.stdout).toMatch(/^cyber-attack\tCyber attack\t\(added by the cluster\)$/m);
    // Built-in types keep the app's labels; an unknown type is not found; no label is a usage error.
    const builtIn = await server.run(['incident', 'types', 'label', '--code', 'misuse', '--label', 'Abuse'], {
      token: coordinatorToken,
    });
    expect(builtIn.code).toBe(1);
    expect(builtIn.stderr).toMatch(/built-in/);
    const unknown = await server.run(
      ['incident', 'types', 'label', '--code', 'no-such-type', '--label', 'X'],
      { token: coordinatorToken },
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no incident type no-such-type/);
    const none = await server.run(['incident', 'types', 'label', '--code', 'cyber-attack'], {
      token: coordinatorToken,
    });
    expect(none.code).toBe(2);
    // The change is audited with the labels before and after.
    const client = connect({ server: server.url, token: coordinatorToken }, { env: {} });
    const audit = await client.get<{ items: { action: string; details: Record<string, unknown> }[] }>(
      '/api/audit?action=incident.type-labels-changed',
    );
    const entry = audit.items.find((a) => a.action === 'incident.type-labels-changed');
    expect(entry?.details).toMatchObject({
      code: 'cyber-attack',
      before: { ar: 'Cyber attack' },
      after: { ar: 'هجوم إلكتروني' },
    });
  });
});
