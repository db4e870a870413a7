/**
 * HSDS 3.0 tabular data package: the ZIP holds datapackage.json and one CSV per upstream
 * resource whose header is that resource's fields in upstream order; row counts and ids are those
 * of the JSON export (same visibility); text cells are guarded against formula injection.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvText } from '@steward/core/sdc/io/csv';
import { readZipDirectory, zipEntryText } from '@steward/core/sdc/io/zip';
import { cellText } from '@steward/core/sdc/dataset';
import type { Database } from '@steward/db';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, type Actor, type DemoCredential, type Services } from '../index';
import { hsdsCsvFiles } from './hsds-csv';
import { HSDS_DATAPACKAGE } from './hsds-datapackage';

type Json = Record<string, unknown>;
interface UpstreamResource {
  name: string;
  path: string;
  schema: { fields: { name: string }[] };
}
const UPSTREAM = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../test-data/hsds/datapackage.json', import.meta.url)),
    'utf8',
  ),
) as { resources: UpstreamResource[] };

let db: Database;
let services: Services;
let credentials: DemoCredential[];
const now = new Date('2026-12-02T09:30:00Z');

async function actorFor(email: string): Promise<Actor> {
  const c = credentials.find((x) => x.email === email)!;
  const { sessionToken } = await services.auth.login({ email, password: c.password });
  const actor = (await services.auth.authenticateSession(sessionToken))!;
  const home = actor.memberships.find((m) => m.acronym === c.organisationAcronym)!;
  return { ...actor, activeOrganisationId: home.organisationId };
}

/** The ZIP's entries as parsed CSV: header and rows of text cells, by path. */
async function unzip(bytes: Uint8Array): Promise<Map<string, { header: string[]; rows: string[][] }>> {
  const dir = readZipDirectory(bytes);
  if (typeof dir === 'string') throw new Error(dir);
  const out = new Map<string, { header: string[]; rows: string[][] }>();
  for (const [name, entry] of dir) {
    if (!name.endsWith('.csv')) continue;
    const text = await zipEntryText(bytes, entry);
    if (/^[^\r\n]*\r\n$/.test(text)) {
      // Header only (the reader refuses a table without rows): field names hold no quotes or commas.
      out.set(name, { header: text.trimEnd().split(','), rows: [] });
      continue;
    }
    const read = readCsvText(text, { file: name });
    if (!read.ok) throw new Error(read.error.message);
    const cols = read.dataset.columns;
    const rows: string[][] = [];
    for (let r = 0; r < read.dataset.rowCount; r++) rows.push(cols.map((c) => cellText(c, r) ?? ''));
    out.set(name, { header: cols.map((c) => c.name), rows });
  }
  return out;
}

/** What the JSON export holds per HSDS resource (sub-objects shared by services counted once). */
function jsonIds(page: Json): Record<string, Set<string>> {
  const ids: Record<string, Set<string>> = {};
  const add = (t: string, o: unknown) => {
    (ids[t] ??= new Set()).add((o as Json).id as string);
  };
  for (const s of page.contents as Json[]) {
    add('service', s);
    add('organization', s.organization);
    for (const a of s.attributes as Json[]) {
      add('attribute', a);
      add('taxonomy_term', a.taxonomy_term);
    }
    for (const r of s.schedules as Json[]) add('schedule', r);
    for (const l of s.languages as Json[]) add('language', l);
    for (const a of s.service_areas as Json[]) add('service_area', a);
    for (const c of s.contacts as Json[]) {
      add('contact', c);
      for (const p of c.phones as Json[]) add('phone', p);
    }
    for (const sal of s.service_at_locations as Json[]) {
      add('service_at_location', sal);
      const l = sal.location as Json;
      add('location', l);
      for (const a of l.addresses as Json[]) add('address', a);
      for (const a of l.accessibility as Json[]) add('accessibility', a);
    }
  }
  return ids;
}

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  credentials = demoDb.demo.credentials;
});
afterAll(async () => db?.close());

describe('HSDS 3.0 tabular data package', () => {
  it('the descriptor names every upstream resource, path and field in upstream order', () => {
    expect(
      HSDS_DATAPACKAGE.resources.map((r) => [r.name, r.path, r.schema.fields.map((f) => f.name)]),
    ).toEqual(UPSTREAM.resources.map((r) => [r.name, r.path, r.schema.fields.map((f) => f.name)]));
  });

  for (const email of ['imo@demo.example.org', 'focal-point.amd@demo.example.org']) {
    it(`exports the demo directory for ${email}: headers as datapackage.json, rows and ids as the JSON export`, async () => {
      const actor = await actorFor(email);
      const page = (await services.directory.exportHsds(actor)) as Json;
      const zip = await services.directory.exportHsdsCsvPackage(actor);
      const dir = readZipDirectory(zip);
      if (typeof dir === 'string') throw new Error(dir);
      const descriptor = JSON.parse(await zipEntryText(zip, dir.get('datapackage.json')!)) as {
        resources: UpstreamResource[];
      };
      expect(descriptor.resources.map((r) => r.path)).toEqual(UPSTREAM.resources.map((r) => r.path));
      const files = await unzip(zip);
      expect([...files.keys()].sort()).toEqual(UPSTREAM.resources.map((r) => r.path).sort());
      const expected = jsonIds(page);
      expect(expected.service!.size).toBe((page.contents as unknown[]).length);
      expect(expected.contact?.size ?? 0).toBeGreaterThan(0);
      for (const r of UPSTREAM.resources) {
        const f = files.get(r.path)!;
        expect(f.header, r.path).toEqual(r.schema.fields.map((x) => x.name));
        const ids = f.rows.map((row) => row[0]!);
        expect(new Set(ids).size, `${r.path}: ids unique`).toBe(ids.length);
        // JSON export → CSV package keeps every id (and adds none).
        expect(new Set(ids), r.path).toEqual(expected[r.name] ?? new Set());
      }
      const svc = files.get('services.csv')!;
      const byId = new Map((page.contents as Json[]).map((s) => [s.id as string, s]));
      const col = (n: string) => svc.header.indexOf(n);
      for (const row of svc.rows) {
        const s = byId.get(row[0]!)!;
        expect(row[col('name')]).toBe(s.name);
        expect(row[col('organization_id')]).toBe(s.organization_id);
        expect(row[col('status')]).toBe(s.status);
      }
    });
  }

  it('the package of each caller holds the contacts of their JSON export (same public/partner-only visibility)', async () => {
    const imo = await actorFor('imo@demo.example.org');
    const amd = await actorFor('focal-point.amd@demo.example.org');
    const count = async (a: Actor) =>
      (await unzip(await services.directory.exportHsdsCsvPackage(a))).get('contacts.csv')!.rows.length;
    const jsonCount = async (a: Actor) =>
      jsonIds((await services.directory.exportHsds(a)) as Json).contact?.size ?? 0;
    expect(await count(imo)).toBe(await jsonCount(imo));
    expect(await count(amd)).toBe(await jsonCount(amd));
  });

  it('guards text cells against formula injection and quotes as RFC 4180', () => {
    const page = {
      contents: [
        {
          id: 'a1',
          organization_id: 'o1',
          name: '=HYPERLINK("http://x","y")',
          description: 'line one\nline, two',
          status: 'active',
          minimum_age: -1,
          organization: { id: 'o1', name: '@SUM(A1)', description: "'quoted" },
          attributes: [],
          schedules: [],
          languages: [],
          service_areas: [],
          contacts: [{ id: 'c1', name: '+cmd', phones: [{ id: 'p1', contact_id: 'c1', number: '=1+1' }] }],
          service_at_locations: [],
        },
      ],
    };
    const files = new Map(hsdsCsvFiles(page).map((f) => [f.path, f.csv]));
    const services = files.get('services.csv')!.split('\r\n');
    expect(services[1]).toContain(`a1,o1,,"'=HYPERLINK(""http://x"",""y"")",,"line one\nline, two"`);
    expect(services[1]).toContain(',-1,');
    expect(files.get('organizations.csv')!.split('\r\n')[1]).toBe("o1,'@SUM(A1),,''quoted,,,,,,,,,");
    expect(files.get('contacts.csv')!).toContain("c1,,a1,,,'+cmd,,,");
    expect(files.get('phones.csv')!).toContain("p1,,,,c1,,'=1+1,,,");
    expect(files.get('programs.csv')).toBe('id,organization_id,name,alternate_name,description\r\n');
  });
});
