// Publication over HTTP (issue 10), demo loaded, PGlite or TEST_DATABASE_URL: the IMO publishes a
// table to the public; small cells come back suppressed; the public link, with no cookie at all,
// serves that snapshot and its CSV/HXL/XLSX with the same suppression and nothing else; a partner
// cannot publish; unpublishing closes the link at once.
import { describe, expect, it } from 'vitest';
import { demoAppForFile, sendAs, signInTo, type Signed } from '../test-support/demo-app';

const demo = demoAppForFile();
const signIn = (role: string) =>
  signInTo(
    demo.app,
    demo.credentials.find((x) => x.role === role)!,
  );
const post = (who: Signed, path: string, body?: unknown) => sendAs(demo.app, who, 'POST', path, body);

const table = {
  title: 'People reached, Cabo Delgado and Niassa, by sex',
  dataType: '3w-4w-5w',
  aggregation: 'adm1',
  audience: 'public',
  table: {
    dimensions: [
      { name: 'adm1', codes: [{ code: 'MZ01' }, { code: 'MZ02' }] },
      { name: 'sex', codes: [{ code: 'f' }, { code: 'm' }] },
    ],
    rows: [
      { codes: ['MZ01', 'f'], count: 150 },
      { codes: ['MZ01', 'm'], count: 131 },
      { codes: ['MZ02', 'f'], count: 1 },
      { codes: ['MZ02', 'm'], count: 64 },
    ],
  },
};

describe('publication over HTTP', () => {
  it('publishes to the public with suppression; the link alone serves the snapshot and its files; unpublish closes it', async () => {
    const imo = await signIn('cluster-imo');
    const res = await post(imo, '/api/publications', table);
    expect(res.status, await res.clone().text()).toBe(201);
    const { publication, publicToken } = (await res.json()) as {
      publication: {
        id: string;
        snapshot: { cells: { codes: string[]; count: number | null; status: string }[] };
      };
      publicToken: string;
    };
    const niassaF = publication.snapshot.cells.find((c) => c.codes.join('/') === 'MZ02/f')!;
    expect(niassaF).toMatchObject({ count: null, status: 'suppressed-primary' });

    // A fresh client: no cookie, no token header.
    const pub = await demo.app.request(`/api/public/publications/${publicToken}`);
    expect(pub.status).toBe(200);
    const body = (await pub.json()) as { title: string; snapshot: { cells: { count: number | null }[] } };
    expect(body.title).toBe(table.title);
    expect(JSON.stringify(body)).not.toContain('"count":1,');
    const csv = await (
      await demo.app.request(`/api/public/publications/${publicToken}/export?format=csv`)
    ).text();
    // Areas named from the gazetteer, frozen with the snapshot.
    expect(csv).toMatch(/^MZ02,Gaza,f,x,suppressed-primary,Suppressed/m);
    const hxl = await demo.app.request(`/api/public/publications/${publicToken}/export?format=hxl`);
    expect(hxl.headers.get('content-disposition')).toMatch(/\.hxl\.csv"$/);
    expect((await hxl.text()).split('\r\n')[1]).toBe(
      '#adm1+code,#adm1+name,#meta+sex,#reached,#status,#description+note',
    );
    const xlsx = await demo.app.request(`/api/public/publications/${publicToken}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

    // The link reaches nothing else.
    expect((await demo.app.request(`/api/publications/${publication.id}`)).status).toBe(401);
    expect(
      (await demo.app.request('/api/publications', { headers: { authorization: `Bearer ${publicToken}` } }))
        .status,
    ).toBe(401);
    expect((await demo.app.request(`/api/public/publications/${publicToken}x`)).status).toBe(404);

    // A partner cannot publish or unpublish.
    const partner = await signIn('partner-im-officer');
    expect((await post(partner, '/api/publications', table)).status).toBe(403);
    expect((await post(partner, `/api/publications/${publication.id}/unpublish`)).status).toBe(403);

    // The HDX export of the signed-in view carries the same suppression.
    const hdx = await demo.app.request(`/api/publications/${publication.id}/export?format=hxl`, {
      headers: { cookie: imo.cookie },
    });
    expect(await hdx.text()).toMatch(/^MZ02,Gaza,f,x,/m);

    expect((await post(imo, `/api/publications/${publication.id}/unpublish`)).status).toBe(200);
    expect((await demo.app.request(`/api/public/publications/${publicToken}`)).status).toBe(404);
    expect((await demo.app.request(`/api/public/publications/${publicToken}/export?format=csv`)).status).toBe(
      404,
    );
  });

  it('refuses with the ISP decision named, as 403 publication-refused', async () => {
    const imo = await signIn('cluster-imo');
    const res = await post(imo, '/api/publications', {
      ...table,
      dataType: 'protection-monitoring-case-data',
      aggregation: 'individual',
    });
    expect(res.status).toBe(403);
    const error = ((await res.json()) as { error: { code: string; details: { reason: string } } }).error;
    expect(error).toMatchObject({ code: 'publication-refused', details: { reason: 'isp-denied' } });
  });

  it('publishes figures computed in the database from approved partner reports (demo 5w), small cells suppressed', async () => {
    const imo = await signIn('cluster-imo');
    const now = new Date();
    const month = (back: number) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
      return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    };
    const res = await post(imo, '/api/publications', {
      title: 'People reached by district and sex',
      audience: 'public',
      report: { framework: '5w', periods: [month(3), month(2)], by: ['adm2', 'sex'] },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { publication } = (await res.json()) as {
      publication: {
        dataType: string;
        aggregation: string;
        checks: { threshold: number; primaryCount: number };
        snapshot: { cells: { count: number | null; status: string }[] };
      };
    };
    expect(publication).toMatchObject({
      dataType: '3w-4w-5w',
      aggregation: 'adm2',
      checks: { threshold: 3 },
    });
    const cells = publication.snapshot.cells;
    expect(cells.length).toBeGreaterThan(10);
    // Published cells are never small; suppressed ones carry no number.
    for (const c of cells) {
      if (c.status === 'published') expect(c.count === 0 || c.count! >= 3).toBe(true);
      else expect(c.count).toBeNull();
    }
    expect(publication.checks.primaryCount).toBe(
      cells.filter((c) => c.status === 'suppressed-primary').length,
    );
  });
});
