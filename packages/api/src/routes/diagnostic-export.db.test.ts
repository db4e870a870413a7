// Export of a diagnostic round and its action plan (issue 11 §1) over HTTP, on the demo: the XLSX
// is read back as a real file (scores equal the score route's, every item answered or not, the
// party's own action plan only); the cluster's workbook has members only as an aggregate and by
// name only where the member consented; a member cannot export the cluster's view; each export is
// audited. PGlite, or the server named by TEST_DATABASE_URL.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { ownerSql } from '@steward/db/testing';
import { readXlsx, readZipDirectory } from '@steward/core/sdc/io/index';
import { zipEntryText } from '@steward/core/sdc/io/zip';
import { cellText, column, type Dataset } from '@steward/core/sdc/dataset';
import { describe, expect, it } from 'vitest';
import { demoAppForFile, signInTo } from '../test-support/demo-app';

const demo = demoAppForFile();
async function signIn(role: string): Promise<{ cookie: string; acronym: string }> {
  const { cookie, session } = await signInTo(
    demo.app,
    demo.credentials.find((x) => x.role === role)!,
  );
  const acronym = session.memberships.find((m) => m.organisationId === session.activeOrganisationId)!.acronym;
  return { cookie, acronym };
}

const get = (cookie: string, path: string) => demo.app.request(path, { headers: { cookie } });
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
        demo.db,
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
    expect(texts(plan, 'status')).toEqual(['In progress']);
    expect(texts(plan, 'status code')).toEqual(['in_progress']);

    const meta = await sheet(bytes, 'metadata');
    const m = new Map(texts(meta, 'key').map((k, i) => [k, texts(meta, 'value')[i]]));
    expect(m.get('round')).toBe('Baseline diagnostic');
    expect(m.get('organisation')).toBe(fp.acronym);
    expect(m.get('language')).toBe('en');
    // No members sheet in a member's workbook.
    expect((await readXlsx(bytes, { sheet: 'members' })).ok).toBe(false);

    expect(await auditCount(baseline.id, 'xlsx')).toBe(before + 1);
  });

  it("refuses a member the cluster's view, and anyone not signed in", async () => {
    const fp = await signIn('partner-focal-point');
    const res = await get(fp.cookie, `/api/diagnostic/rounds/${baseline.id}/export?party=cluster`);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await demo.app.request(`/api/diagnostic/rounds/${baseline.id}/export`)).status).toBe(401);
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

  it('writes the workbook in the language asked for (lang, else Accept-Language): French', async () => {
    const fp = await signIn('partner-focal-point');
    const url = `/api/diagnostic/rounds/${baseline.id}/export?party=member`;
    const english = new Uint8Array(await (await get(fp.cookie, url)).arrayBuffer());
    const res = await get(fp.cookie, `${url}&lang=fr`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const read = await readXlsx(bytes);
    expect(read.ok && read.sheets).toEqual(['scores', 'réponses', 'plan d’action', 'métadonnées']);

    const scores = await sheet(bytes, 'scores');
    expect(scores.columns.map((c) => c.name)).toEqual(['groupe', 'code', 'nom', 'score']);
    const names = new Map(texts(scores, 'code').map((k, i) => [k, texts(scores, 'nom')[i]]));
    expect(names.get('overall')).toBe('Global');
    expect(names.get('personal_data_protection')).toBe('Protection des données personnelles');
    const byCode = new Map(texts(scores, 'code').map((k, i) => [k, texts(scores, 'score')[i]]));
    const en = scoreMap(await sheet(english, 'scores'));
    expect(byCode.get('overall')).toBe(en.get('overall') === null ? null : String(en.get('overall')));

    const answers = await sheet(bytes, 'réponses');
    expect(answers.columns.map((c) => c.name)).toEqual([
      'élément',
      'action',
      'principes',
      'énoncé',
      'réponse',
      'code de réponse',
      'note',
      'preuve',
      'trouvé par Steward',
    ]);
    const row = texts(answers, 'élément').indexOf('reg.coverage');
    // The same figure as in English, in the French sentence.
    const entries = /^Registry entries: (\d+)\.$/.exec(
      texts(await sheet(english, 'answers'), 'found by Steward')[row]!,
    )![1]!;
    expect(texts(answers, 'trouvé par Steward')[row]).toBe(`Entrées du registre : ${entries}.`);
    expect(texts(answers, 'action')[row]).toBe('2. Registre');
    // Steward's default item, unchanged by the cluster: its statement in French.
    expect(texts(answers, 'énoncé')[row]).toBe(
      'Chaque activité de données de l’organisation est inscrite au registre.',
    );
    const codes = texts(answers, 'code de réponse');
    const labels = texts(answers, 'réponse');
    const french: Record<string, string> = {
      in_place: 'En place',
      partial: 'Partiellement en place',
      not_in_place: 'Pas en place',
      not_applicable: 'Sans objet',
      unanswered: 'Sans réponse',
    };
    expect(codes.length).toBeGreaterThan(0);
    expect(labels).toEqual(codes.map((c) => french[c!]));

    const plan = await sheet(bytes, 'plan d’action');
    expect(texts(plan, 'état')).toEqual(['En cours']);
    expect(texts(plan, 'code d’état')).toEqual(['in_progress']);
    const meta = await sheet(bytes, 'métadonnées');
    const m = new Map(texts(meta, 'clé').map((k, i) => [k, texts(meta, 'valeur')[i]]));
    expect(m.get('langue')).toBe('fr');
    expect(m.get('partie')).toBe('membre');

    // Accept-Language chooses when lang is absent; lang wins over it.
    const negotiated = await demo.app.request(url, {
      headers: { cookie: fp.cookie, 'accept-language': 'de-DE, fr-CA;q=0.8, en;q=0.5' },
    });
    const nRead = await readXlsx(new Uint8Array(await negotiated.arrayBuffer()));
    expect(nRead.ok && nRead.sheets?.[1]).toBe('réponses');
    const overridden = await demo.app.request(`${url}&lang=es`, {
      headers: { cookie: fp.cookie, 'accept-language': 'fr' },
    });
    const oRead = await readXlsx(new Uint8Array(await overridden.arrayBuffer()));
    expect(oRead.ok && oRead.sheets?.[1]).toBe('respuestas');

    const bad = await get(fp.cookie, `${url}&lang=de`);
    expect(bad.status).toBe(400);
    const languages = await ownerSql<{ language: string | null }>(
      demo.db,
      `select details->>'language' as language from audit_log where action = 'diagnostic.round.exported'
         and target_id = '${baseline.id}' and details->>'format' = 'xlsx' order by sequence desc limit 3`,
    );
    expect(languages.map((l) => l.language)).toEqual(['es', 'fr', 'fr']);
  });

  it("writes the cluster's workbook in Arabic, right to left, members' headings and evidence translated", async () => {
    const coord = await signIn('cluster-coordinator');
    const res = await get(coord.cookie, `/api/diagnostic/rounds/${baseline.id}/export?party=cluster&lang=ar`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const read = await readXlsx(bytes);
    expect(read.ok && read.sheets).toEqual([
      'الدرجات',
      'الإجابات',
      'خطة العمل',
      'الأعضاء',
      'البيانات الوصفية',
    ]);

    const dir = readZipDirectory(bytes);
    if (typeof dir === 'string') throw new Error(dir);
    const sheetsXml = [...dir].filter(([name]) => name.startsWith('xl/worksheets/'));
    expect(sheetsXml).toHaveLength(5);
    for (const [, entry] of sheetsXml)
      expect(await zipEntryText(bytes, entry)).toContain('<sheetView rightToLeft="1"');

    const answers = await sheet(bytes, 'الإجابات');
    expect(answers.columns.map((c) => c.name)).toContain('وجده ستيوارد');
    const items = texts(answers, 'البند');
    const found = texts(answers, 'وجده ستيوارد');
    // The ISP's version is a parameter: isolated inside the Arabic sentence.
    const isp = found[items.indexOf('isp.endorsed')]!;
    expect(isp).toMatch(/^الإصدار \u2068[^\u2069]+\u2069 من البروتوكول /);
    expect(found.some((f) => f !== null && /\{\w+\}|diagnostic\./.test(f))).toBe(false);

    const members = await sheet(bytes, 'الأعضاء');
    const header = members.columns.map((c) => c.name);
    expect(header.slice(0, 4)).toEqual(['المجموعة', 'الرمز', 'الاسم', 'جميع الأعضاء']);
    expect(header.slice(4).sort()).toEqual(['AMD', 'TRI']);
    const groups = texts(members, 'المجموعة');
    expect(groups[0]).toBe('الإجمالي');
    expect(texts(members, 'الاسم')[texts(members, 'الرمز').indexOf('isp')]).toBe(
      '3. بروتوكول تبادل المعلومات',
    );
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
