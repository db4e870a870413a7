// Export of a diagnostic round and its action plan (issue 11 §1) over HTTP, on the demo: the XLSX
// is read back as a real file (scores equal the score route's, every item answered or not, the
// party's own action plan only); the cluster's workbook has members only as an aggregate and by
// name only where the member consented; a member cannot export the cluster's view; each export is
// audited. PGlite, or the server named by TEST_DATABASE_URL.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { ownerSql } from '@steward/db/testing';
import { readXlsx } from '@steward/core/sdc/io/index';
import { cellText, column, type Dataset } from '@steward/core/sdc/dataset';
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { createServices } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from '../app';

let db: Awaited<ReturnType<typeof createDemoTestDatabase>>['db'];
let credentials: { email: string; password: string; role: string }[];
let app: StewardApp;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  db = demo.db;
  credentials = demo.demo.credentials;
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  app = createApp({ services, config: { webDist: null } });
}, 120_000);
afterAll(async () => db?.close());

async function signIn(role: string): Promise<{ cookie: string; acronym: string }> {
  const c = credentials.find((x) => x.role === role)!;
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    activeOrganisationId: string;
    memberships: { organisationId: string; acronym: string }[];
  };
  const acronym = body.memberships.find((m) => m.organisationId === body.activeOrganisationId)!.acronym;
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, acronym };
}

const get = (cookie: string, path: string) => app.request(path, { headers: { cookie } });
async function getJson<T>(cookie: string, path: string): Promise<T> {
  const res = await get(cookie, path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}
async function sheet(bytes: Uint8Array, name: string): Promise<Dataset> {
  const read = await readXlsx(bytes, { sheet: name });
  if (!read.ok) throw new Error(read.error.message);
  return read.dataset;
}
const texts = (d: Dataset, name: string): (string | null)[] => {
  const col = column(d, name);
  return Array.from({ length: d.rowCount }, (_, r) => cellText(col, r));
};
/** The score sheet as key → score (null when empty). */
const scoreMap = (d: Dataset, col = 'score'): Map<string, number | null> => {
  const keys = texts(d, 'key');
  const values = texts(d, col);
  return new Map(keys.map((k, i) => [k!, values[i] === null ? null : Number(values[i])]));
};
const auditCount = async (roundId: string, format: string) =>
  Number(
    (
      await ownerSql<{ n: number | string }>(
        db,
        `select count(*) as n from audit_log where action = 'diagnostic.round.exported'
           and target_id = '${roundId}' and details->>'format' = '${format}'`,
      )
    )[0]!.n,
  );

interface Round {
  id: string;
  title: string;
  status: string;
}
interface Score {
  overall: number | null;
  byAction: Record<string, number | null>;
  byPrinciple: Record<string, number | null>;
  items: number;
}

describe('diagnostic export', () => {
  let baseline: Round;

  it('gives a member its own round as a workbook that reads back: scores, every item, its own plan', async () => {
    const fp = await signIn('partner-focal-point');
    const rounds = (await getJson<{ items: Round[] }>(fp.cookie, '/api/diagnostic/rounds')).items;
    baseline = rounds.find((r) => r.title === 'Baseline diagnostic')!;
    const before = await auditCount(baseline.id, 'xlsx');

    const res = await get(fp.cookie, `/api/diagnostic/rounds/${baseline.id}/export?party=member`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="diagnostic-baseline-diagnostic-member-.*\.xlsx"/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());

    const score = await getJson<Score>(fp.cookie, `/api/diagnostic/rounds/${baseline.id}/score?party=member`);
    const scores = scoreMap(await sheet(bytes, 'scores'));
    expect(scores.get('overall')).toBe(score.overall);
    expect(scores.get('registry')).toBe(score.byAction.registry);
    expect(scores.get('data_security')).toBe(score.byPrinciple.data_security);
    expect(scores.size).toBe(1 + 6 + 12);

    const answers = await sheet(bytes, 'answers');
    expect(answers.rowCount).toBe(score.items);
    expect(texts(answers, 'answer code').every((s) => s !== null)).toBe(true);
    // What Steward found, as a sentence (TRI has registry entries in the demo).
    const found = texts(answers, 'found by Steward');
    const coverage = found[texts(answers, 'item').indexOf('reg.coverage')];
    expect(coverage).toMatch(/^Registry entries: \d+\.$/);
    expect(found.some((f) => f !== null && /\{\w+\}|diagnostic\.evidence/.test(f))).toBe(false);

    const plan = await sheet(bytes, 'action plan');
    // The demo focal point acts for TRI, whose plan has one item (the cluster's are not in it).
    expect(fp.acronym).toBe('TRI');
    expect(texts(plan, 'item')).toEqual(['reg.retention']);
    expect(texts(plan, 'status')).toEqual(['in_progress']);

    const meta = await sheet(bytes, 'metadata');
    const m = new Map(texts(meta, 'key').map((k, i) => [k, texts(meta, 'value')[i]]));
    expect(m.get('round')).toBe('Baseline diagnostic');
    expect(m.get('organisation')).toBe(fp.acronym);
    // No members sheet in a member's workbook.
    expect((await readXlsx(bytes, { sheet: 'members' })).ok).toBe(false);

    expect(await auditCount(baseline.id, 'xlsx')).toBe(before + 1);
  });

  it("refuses a member the cluster's view, and anyone not signed in", async () => {
    const fp = await signIn('partner-focal-point');
    const res = await get(fp.cookie, `/api/diagnostic/rounds/${baseline.id}/export?party=cluster`);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await app.request(`/api/diagnostic/rounds/${baseline.id}/export`)).status).toBe(401);
    const missing = await get(
      fp.cookie,
      `/api/diagnostic/rounds/00000000-0000-4000-8000-000000000000/export`,
    );
    expect(missing.status).toBe(404);
  });

  it("gives the cluster members' scores as an aggregate and by name only with consent", async () => {
    const coord = await signIn('cluster-coordinator');
    const res = await get(coord.cookie, `/api/diagnostic/rounds/${baseline.id}/export?party=cluster`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const members = await getJson<{
      aggregate: Score | null;
      named: { acronym: string; score: Score }[];
    }>(coord.cookie, `/api/diagnostic/rounds/${baseline.id}/members`);
    const sheetMembers = await sheet(bytes, 'members');
    const header = sheetMembers.columns.map((c) => c.name);
    // The demo: TRI and AMD consent, FUDA, BCSA and RCSN do not.
    expect(header.slice(4).sort()).toEqual(['AMD', 'TRI']);
    for (const hidden of ['FUDA', 'BCSA', 'RCSN']) expect(header).not.toContain(hidden);
    const agg = scoreMap(sheetMembers, 'all members');
    expect(agg.get('overall')).toBe(members.aggregate!.overall);
    expect(agg.get('isp')).toBe(members.aggregate!.byAction.isp);
    const amd = scoreMap(sheetMembers, 'AMD');
    expect(amd.get('overall')).toBe(members.named.find((n) => n.acronym === 'AMD')!.score.overall);

    const plan = await sheet(bytes, 'action plan');
    expect(texts(plan, 'item')).toEqual(['isp.review']);
    expect(texts(plan, 'item')).not.toContain('reg.retention');
  });

  it('gives the printable report the same content, audited as a report', async () => {
    const coord = await signIn('cluster-coordinator');
    const before = await auditCount(baseline.id, 'report');
    const report = await getJson<{
      round: Round;
      party: string;
      items: unknown[];
      score: Score;
      plan: { itemId: string }[];
      members: { named: { acronym: string }[]; suppressed: boolean } | null;
    }>(coord.cookie, `/api/diagnostic/rounds/${baseline.id}/report?party=cluster`);
    expect(report.round.title).toBe('Baseline diagnostic');
    expect(report.plan.map((p) => p.itemId)).toEqual(['isp.review']);
    expect(report.members?.suppressed).toBe(false);
    expect(report.members?.named.map((n) => n.acronym).sort()).toEqual(['AMD', 'TRI']);
    expect(await auditCount(baseline.id, 'report')).toBe(before + 1);

    const fp = await signIn('partner-focal-point');
    const own = await getJson<{ members: unknown }>(
      fp.cookie,
      `/api/diagnostic/rounds/${baseline.id}/report?party=member`,
    );
    expect(own.members).toBeNull();
  });
});
