// Publication (issue 10) on a real database (PGlite, or the server named by TEST_DATABASE_URL):
// frozen checked snapshots, refusals audited and naming the rule, RLS on publications and their
// unprotected sources, the public link by token only, immediate unpublishing, re-checked
// republishing.
import { sql } from 'drizzle-orm';
import { queryRows } from '@steward/db';
import { insertIspVersion } from '@steward/db/repositories/isp';
import { insertAdminAreas } from '@steward/db/repositories/reference';
import { appRoleSql } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import { createWorld, system, type World } from '../test-support/fixtures';
import type { Actor } from '../types';
import { snapshotFile } from './publication-service';

let w: World;
let imo: Actor;
let alice: Actor;
let bob: Actor;
let clusterOrg: string;
let imoId: string;

const table = {
  dimensions: [
    { name: 'adm1', codes: [{ code: 'MZ01' }, { code: 'MZ02' }, { code: 'MZ03' }] },
    { name: 'sex', codes: [{ code: 'f' }, { code: 'm' }] },
  ],
  rows: [
    { codes: ['MZ01', 'f'], count: 120 },
    { codes: ['MZ01', 'm'], count: 98 },
    { codes: ['MZ02', 'f'], count: 2 },
    { codes: ['MZ02', 'm'], count: 40 },
    { codes: ['MZ03', 'f'], count: 33 },
    { codes: ['MZ03', 'm'], count: 41 },
  ],
};
const publicTable = {
  title: 'People reached by province and sex, March 2026',
  dataType: '3w-4w-5w',
  aggregation: 'adm1',
  audience: 'public',
  table,
};
const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;
const auditCount = async (action: string) =>
  (
    await w.db.asSystem('test', (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_log where action = ${action}`),
    )
  )[0]!.n;

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  const isp = demoIsp(w.clock.now);
  await w.db.asSystem('test', (tx) =>
    insertIspVersion(tx, {
      version: isp.version,
      status: 'endorsed',
      context: isp.context,
      reviewDue: isp.reviewDue,
      document: isp,
      basedOnId: null,
      createdAt: w.clock.now,
      createdBy: null,
      updatedAt: w.clock.now,
      endorsedAt: w.clock.now,
    }),
  );
  clusterOrg = (
    await w.services.organisations.create(system, {
      name: 'Protection Cluster',
      acronym: 'PC',
      type: 'cluster-lead',
    })
  ).id;
  imoId = (
    await w.services.users.create(system, {
      email: 'imo@example.org',
      password: 'imo-password-1234',
      displayName: 'Cluster IMO',
      memberships: [{ organisationId: clusterOrg, role: 'cluster-imo' }],
    })
  ).id;
  imo = await login('imo@example.org', 'imo-password-1234');
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
}, 120_000);
afterAll(async () => w?.db.close());

describe('publishing a table', () => {
  let id: string;
  let token: string;

  it('publishes a frozen snapshot with small cells suppressed, audited with what was checked', async () => {
    const before = await auditCount('publication.published');
    const { publication, publicToken } = await w.services.publication.publish(imo, publicTable);
    id = publication.id;
    token = publicToken!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cell = (k: string) => publication.snapshot.cells.find((c) => c.codes.join('/') === k)!;
    expect(cell('MZ02/f')).toMatchObject({ count: null, status: 'suppressed-primary', rule: 'freq(3)' });
    expect(
      publication.snapshot.cells.filter((c) => c.status === 'suppressed-secondary').length,
    ).toBeGreaterThan(0);
    expect(publication.checks).toMatchObject({ threshold: 3, audience: 'public', audit: { safe: true } });
    expect(await auditCount('publication.published')).toBe(before + 1);
    // The ISP decision went through the decision point.
    const [decision] = await w.db.asSystem('test', (tx) =>
      queryRows<{ details: { form: string; recipient: string } }>(
        tx,
        sql`select details from audit_log where action = 'isp.decision' and target_type = 'publication' order by sequence desc limit 1`,
      ),
    );
    expect(decision!.details).toMatchObject({ form: 'aggregate-publication', recipient: 'public' });
  });

  it('serves the snapshot by its public token, and nothing by any other', async () => {
    const pub = await w.services.publication.publicSnapshot(token);
    expect(pub.title).toBe(publicTable.title);
    expect(pub.snapshot.cells.find((c) => c.codes.join('/') === 'MZ02/f')!.count).toBeNull();
    expect(JSON.stringify(pub)).not.toMatch(/"count":2[,}]/);
    expect(Object.keys(pub).sort()).toEqual([
      'aggregation',
      'dataType',
      'kind',
      'publishedAt',
      'snapshot',
      'title',
      'version',
    ]);
    await expect(w.services.publication.publicSnapshot(token.slice(0, -2) + 'AA')).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(w.services.publication.publicSnapshot('../etc')).rejects.toMatchObject({
      code: 'not-found',
    });
    const hxl = snapshotFile(pub.snapshot, 'hxl').body as string;
    expect(hxl).toMatch(/^MZ02,f,x,suppressed-primary,/m);
  });

  it('RLS: partners read the published snapshot but never the unprotected source; anonymous reads nothing', async () => {
    expect((await w.services.publication.list(alice)).map((p) => p.id)).toContain(id);
    expect(await appRoleSql(w.db, w.alice.id, 'select * from publication_sources', w.orgA)).toEqual([]);
    expect(
      (
        await appRoleSql<{ n: number }>(
          w.db,
          imoId,
          'select count(*)::int as n from publication_sources',
          clusterOrg,
        )
      )[0]!.n,
    ).toBe(1);
    const anonymous = await w.db.withAnonymous((tx) => queryRows(tx, sql`select id from publications`));
    expect(anonymous).toEqual([]);
    expect(
      await appRoleSql(
        w.db,
        w.alice.id,
        `update publications set status = 'unpublished' returning id`,
        w.orgA,
      ),
    ).toEqual([]);
  });

  it('only cluster roles of the publishing organisation publish and unpublish', async () => {
    await expect(w.services.publication.publish(alice, publicTable)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(w.services.publication.unpublish(bob, id)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('republishing re-checks and keeps the link; unpublishing is immediate', async () => {
    const again = await w.services.publication.republish(imo, id);
    expect(again.publication.version).toBe(2);
    expect(again.publicToken).toBeNull();
    expect((await w.services.publication.publicSnapshot(token)).version).toBe(2);
    await w.services.publication.unpublish(imo, id);
    await expect(w.services.publication.publicSnapshot(token)).rejects.toMatchObject({ code: 'not-found' });
    expect((await w.services.publication.list(alice)).map((p) => p.id)).not.toContain(id);
    expect(await auditCount('publication.unpublished')).toBe(1);
  });
});

describe('refusals', () => {
  it('refuses what the ISP denies, naming the rule; audited; nothing stored', async () => {
    const before = await auditCount('publication.refused');
    const count = async () => (await w.services.publication.list(imo)).length;
    const n = await count();
    const error = await w.services.publication
      .publish(imo, {
        ...publicTable,
        dataType: 'protection-monitoring-case-data',
        aggregation: 'individual',
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'publication-refused', details: { reason: 'isp-denied' } });
    expect(await auditCount('publication.refused')).toBe(before + 1);
    expect(await count()).toBe(n);
  });

  it('uses the protection threshold (5) for protection data that the ISP lets out', async () => {
    const result = await w.services.publication
      .publish(imo, {
        ...publicTable,
        dataType: 'protection-monitoring-case-data',
        aggregation: 'adm1',
        audience: 'cluster',
      })
      .catch((e: unknown) => e);
    if (result instanceof Error) {
      expect(result).toMatchObject({ code: 'publication-refused' });
      return;
    }
    expect((result as { publication: { checks: { threshold: number } } }).publication.checks.threshold).toBe(
      5,
    );
  });

  it('rejects malformed input field by field', async () => {
    await expect(
      w.services.publication.publish(imo, {
        title: '',
        dataType: 'x',
        aggregation: 'nowhere',
        audience: 'everyone',
        table: {},
      }),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('named audience and area names', () => {
  it('a publication to a named organisation reaches that organisation only, with the gazetteer names frozen in it', async () => {
    await w.db.asSystem('test', (tx) =>
      insertAdminAreas(tx, [
        {
          countryIso3: 'MOZ',
          pcode: 'MZ01',
          name: 'Cabo Delgado',
          level: 1,
          parentPcode: null,
          validFrom: null,
        },
        { countryIso3: 'MOZ', pcode: 'MZ02', name: 'Niassa', level: 1, parentPcode: null, validFrom: null },
      ]),
    );
    const { publication, publicToken } = await w.services.publication.publish(imo, {
      ...publicTable,
      title: 'For partner A only',
      audience: 'organisation',
      audienceOrganisationId: w.orgA,
    });
    expect(publicToken).toBeNull();
    expect(publication).toMatchObject({ audience: 'organisation', audienceOrganisationId: w.orgA });
    // Names frozen with the snapshot; a code the gazetteer does not know stays a code.
    expect(publication.snapshot.labels).toEqual({ adm1: { MZ01: 'Cabo Delgado', MZ02: 'Niassa' } });
    expect((await w.services.publication.list(alice)).map((p) => p.id)).toContain(publication.id);
    expect((await w.services.publication.list(bob)).map((p) => p.id)).not.toContain(publication.id);
    await expect(w.services.publication.get(bob, publication.id)).rejects.toMatchObject({
      code: 'not-found',
    });
    const hxl = snapshotFile(publication.snapshot, 'hxl').body as string;
    expect(hxl.split('\r\n')[1]).toMatch(/^#adm1\+code,#adm1\+name,#meta\+sex,/);
    expect(hxl).toMatch(/^MZ02,Niassa,f,x,suppressed-primary,/m);
    expect(hxl).toMatch(/^MZ03,,Total,74,published,/m);
  });

  it('a named audience needs the organisation', async () => {
    await expect(
      w.services.publication.publish(imo, { ...publicTable, audience: 'organisation' }),
    ).rejects.toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'audienceOrganisationId' }] },
    });
  });
});
