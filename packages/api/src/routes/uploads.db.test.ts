// Issue 7 §2 and §8 over HTTP, on PGlite or the server named by TEST_DATABASE_URL, with the demo
// loaded: /api/health answers while a large import is being parsed (in the worker thread); an
// exceeded limit is 413 `limit-exceeded` naming the limit; a download's content type is the
// server's own detection, not the one uploaded.
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { createServices } from '@steward/services';
import { sharedParsePool } from '@steward/services/uploads/parse-pool';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from '../app';

let db: Awaited<ReturnType<typeof createDemoTestDatabase>>['db'];
let app: StewardApp;
let session: { cookie: string; csrf: string };
const bytes = (n: number) => new Uint8Array(randomBytes(n));

const HEADER =
  'title,description,purpose,kind,dataTypes,containsPersonalData,containsDemographicData,dataSubjects,collectionMethod,storageLocation,accessDescription,aggregationLevel,includesNames,includesCoordinates,retentionPeriod,destructionMethod,focalPoint,nextReviewOn';
const ROW =
  'Site list,Sites,Planning,asset,movement-locations,no,no,IDPs,direct-observation,Steward,IM,site,yes,yes,2 years,Deletion,IMO,2026-12-01';

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  db = demoDb.db;
  const services = createServices({ db, clock: () => new Date(), randomBytes: bytes, config: {} });
  const credentials = demoDb.demo.credentials;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 1024 * 1024 } });
  const c = credentials.find((x) => x.role === 'partner-im-officer')!;
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  session = {
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!,
    csrf: ((await res.json()) as { csrfToken: string }).csrfToken,
  };
}, 120_000);
afterAll(async () => db?.close());

async function upload(path: string, name: string, content: Uint8Array, type = 'text/csv'): Promise<Response> {
  const form = new FormData();
  form.append('file', new File([content], name, { type }));
  return app.request(path, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: form,
  });
}

describe('one upload kills the server (issue 7 §2), over HTTP', () => {
  it('/api/health answers while a large import is being parsed, and the import still answers correctly', async () => {
    // 5,000 rows of ~4 KB (20 MB), every row with a bad date: all the work is reading and validating.
    const row = ROW.replace('Sites,', `${'d'.repeat(4000)},`).replace('2026-12-01', 'not-a-date');
    const body = new TextEncoder().encode(
      `${HEADER}\n${Array.from({ length: UPLOAD_LIMITS.importRows }, () => row).join('\n')}\n`,
    );
    const pool = sharedParsePool();
    const startedBefore = pool.activity.started;
    let importDone = false;
    const importing = upload('/api/registry/import', 'large.csv', body).then((r) => {
      importDone = true;
      return r;
    });
    // Wait until the import's parse has been handed to the worker.
    while (pool.activity.started === startedBefore && !importDone) await new Promise((r) => setTimeout(r, 2));
    expect(importDone).toBe(false);
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    // The health check answered while the import was still being parsed.
    expect(importDone).toBe(false);
    const res = await importing;
    expect(res.status).toBe(400);
    const error = (
      (await res.json()) as { error: { code: string; fields: unknown[]; details: Record<string, unknown> } }
    ).error;
    expect(error.code).toBe('validation');
    expect(error.fields).toHaveLength(UPLOAD_LIMITS.errorsKept);
    expect(error.details).toMatchObject({
      problemCount: UPLOAD_LIMITS.importRows,
      moreProblems: UPLOAD_LIMITS.importRows - UPLOAD_LIMITS.errorsKept,
    });
  }, 120_000);

  it('an import over the row limit is 413 limit-exceeded, naming the limit and its value', async () => {
    const lines = Array.from({ length: UPLOAD_LIMITS.importRows + 10 }, () => ROW).join('\n');
    const res = await upload(
      '/api/registry/import',
      'many.csv',
      new TextEncoder().encode(`${HEADER}\n${lines}\n`),
    );
    expect(res.status).toBe(413);
    const { error } = (await res.json()) as { error: { code: string; details: Record<string, unknown> } };
    expect(error).toMatchObject({
      code: 'limit-exceeded',
      details: { limit: 'rows', max: UPLOAD_LIMITS.importRows, file: 'many.csv' },
    });
  }, 60_000);
});

describe('a KoboToolbox export is inspected off the request thread (issue 7 §2), over HTTP', () => {
  it('/api/health answers while a large export is inspected for the mapping step, which still answers correctly', async () => {
    // The hand-written export (test-data/kobo), its 8 submissions repeated to 40,000 (≈ 18 MB):
    // more than the default 1 MiB body, less than the upload limit.
    const text = readFileSync(
      new URL('../../../../test-data/kobo/protection-activities-2025-03.csv', import.meta.url),
      'utf8',
    );
    const [header, ...data] = text.trimEnd().split('\n');
    const rows = Array.from({ length: 5_000 }, () => data).flat();
    const body = new TextEncoder().encode(`${header}\n${rows.join('\n')}\n`);
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const pool = sharedParsePool();
    const startedBefore = pool.activity.started;
    let inspectionDone = false;
    const inspecting = upload('/api/reporting/frameworks/5w/kobo/inspect', 'kobo-export.csv', body).then(
      (r) => {
        inspectionDone = true;
        return r;
      },
    );
    // Wait until the export has been handed to the worker.
    while (pool.activity.started === startedBefore && !inspectionDone)
      await new Promise((r) => setTimeout(r, 2));
    expect(inspectionDone).toBe(false);
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    // The health check answered while the export was still being read and inspected.
    expect(inspectionDone).toBe(false);
    const res = await inspecting;
    expect(res.status).toBe(200);
    const inspection = (await res.json()) as {
      rows: number;
      columns: { name: string; meta: boolean; answers: string[] | null }[];
      proposal: { columns: Record<string, string> };
    };
    expect(inspection.rows).toBe(rows.length);
    expect(inspection.proposal.columns['location/district']).toBe('#adm2+code');
    expect(inspection.columns.find((c) => c.name === 'activity_details/activity')?.answers).toEqual([
      'awareness',
      'civil_documentation',
      'protection_monitoring',
      'pss',
    ]);
    expect(inspection.columns.find((c) => c.name === '_uuid')?.meta).toBe(true);
  }, 120_000);
});

describe('the uploaded Content-Type is echoed back (issue 7 §8), over HTTP', () => {
  it('a download carries the type the server detected, not the one uploaded', async () => {
    const list = (await (
      await app.request('/api/registry', { headers: { cookie: session.cookie } })
    ).json()) as { items: { id: string; own: boolean }[] };
    const own = list.items.find((i) => i.own)!;
    const res = await upload(
      `/api/registry/${own.id}/files`,
      'page.csv',
      new TextEncoder().encode('district,count\nPemba,3\n'),
      'text/html',
    );
    expect(res.status).toBe(201);
    const info = (await res.json()) as { id: string };
    const dl = await app.request(`/api/registry/${own.id}/files/${info.id}/download`, {
      headers: { cookie: session.cookie },
    });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});
