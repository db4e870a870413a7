/**
 * Import of the HSDS 3.0 tabular data package (the ZIP export.zip writes): export → import into
 * an empty organisation of another installation gives the same service ids and counts; a bad row
 * is refused with its file, row and column and nothing is written; a ZIP bomb stops at the limit.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { cellText } from '@steward/core/sdc/dataset';
import { readCsvText, writeCsvRows } from '@steward/core/sdc/io/csv';
import { readZipDirectory, writeZipStored, zipEntryText } from '@steward/core/sdc/io/zip';
import { deflateZip } from '@steward/core/sdc/test-support/deflate-zip';
import type { Database } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, type Actor, type DemoCredential, type Services } from '../index';

type Json = Record<string, unknown>;
const now = new Date('2026-12-02T09:30:00Z');

interface Install {
  db: Database;
  services: Services;
  credentials: DemoCredential[];
}
let source: Install;
let target: Install;

async function install(): Promise<Install> {
  const demoDb = await createDemoTestDatabase({ at: now });
  const db = demoDb.db;
  const services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  const credentials = demoDb.demo.credentials;
  return { db, services, credentials };
}

async function actorFor(i: Install, email: string): Promise<Actor> {
  const c = i.credentials.find((x) => x.email === email)!;
  const { sessionToken } = await i.services.auth.login({ email, password: c.password });
  const actor = (await i.services.auth.authenticateSession(sessionToken))!;
  const home = actor.memberships.find((m) => m.acronym === c.organisationAcronym)!;
  return { ...actor, activeOrganisationId: home.organisationId };
}

/** The ZIP's entries as text, by name (in order). */
async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const dir = readZipDirectory(bytes);
  if (typeof dir === 'string') throw new Error(dir);
  const out = new Map<string, string>();
  for (const [name, entry] of dir) out.set(name, await zipEntryText(bytes, entry));
  return out;
}
/** A CSV as rows of cells (as written: formula guards kept) and back. */
function table(text: string): string[][] {
  const read = readCsvText(text, { delimiter: ',' });
  if (!read.ok) return [text.trimEnd().split(',')];
  const cols = read.dataset.columns;
  const rows = [cols.map((c) => c.name)];
  for (let r = 0; r < read.dataset.rowCount; r++) rows.push(cols.map((c) => cellText(c, r) ?? ''));
  return rows;
}
function edit(files: Map<string, string>, file: string, row: number, column: string, value: string) {
  const rows = table(files.get(file)!);
  const at = rows[0]!.indexOf(column);
  expect(at).toBeGreaterThanOrEqual(0);
  rows[row - 1]![at] = value;
  files.set(file, writeCsvRows(rows, { formulaGuard: false }));
}
const rezip = (files: Map<string, string>) =>
  writeZipStored([...files].map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })));

/** Per service: what the round trip must keep. */
const shape = (page: Json) =>
  Object.fromEntries(
    (page.contents as Json[]).map((s) => [
      s.id as string,
      {
        name: s.name,
        status: s.status,
        locations: (s.service_at_locations as Json[]).length,
        contacts: (s.contacts as Json[]).length,
        languages: (s.languages as Json[]).map((l) => l.code).sort(),
        areas: (s.service_areas as Json[]).map((a) => a.name).sort(),
        schedules: (s.schedules as Json[]).length,
        attributes: (s.attributes as Json[]).map((a) => a.value).sort(),
      },
    ]),
  );

const count = async (db: Database, table: string) =>
  (await ownerSql<{ n: number }>(db, `select count(*)::int as n from ${table}`))[0]!.n;

beforeAll(async () => {
  source = await install();
  target = await install();
  // The target installation's directory is emptied: its organisations have no service.
  await ownerSql(target.db, 'truncate services, service_locations cascade');
}, 120_000);
afterAll(async () => {
  await source?.db.close();
  await target?.db.close();
});

describe('HSDS 3.0 tabular data package import', () => {
  it('export.zip → import into an empty organisation: same service ids and counts, nothing lost', async () => {
    const imo = await actorFor(source, 'imo@demo.example.org');
    const zip = await source.services.directory.exportHsdsCsvPackage(imo);
    const page = await source.services.directory.exportHsds(imo);
    const tri = await actorFor(target, 'focal-point@demo.example.org');
    const result = await target.services.directory.importHsdsPackage(tri, {
      name: 'directory.zip',
      bytes: zip,
    });
    const total = (page.contents as Json[]).length;
    expect(total).toBeGreaterThan(5);
    expect(result).toMatchObject({ created: total, updated: 0 });
    const again = await target.services.directory.exportHsds(tri);
    expect(shape(again)).toEqual(shape(page));
    expect(await count(target.db, 'services')).toBe(total);
    const owners = await ownerSql<{ n: number }>(
      target.db,
      'select count(distinct organization_id)::int as n from services',
    );
    expect(owners[0]!.n).toBe(1);
    // Importing the same package again updates every service and creates none.
    const second = await target.services.directory.importHsdsPackage(tri, {
      name: 'directory.zip',
      bytes: zip,
    });
    expect(second).toMatchObject({ created: 0, updated: total });
    expect(await count(target.db, 'services')).toBe(total);
  });

  it('restores formula-guarded cells exactly (a description starting with "=" or an apostrophe)', async () => {
    // After the round trip, every service of the target installation is TRI's.
    const fp = await actorFor(target, 'focal-point@demo.example.org');
    const page = await target.services.directory.exportHsds(fp);
    const own = (page.contents as Json[])[0]!;
    const edited = { contents: [{ ...own, description: "=1+2 'quoted'", alternate_name: "'apostrophe" }] };
    await target.services.directory.importHsds(fp, edited);
    const zip = await target.services.directory.exportHsdsCsvPackage(fp);
    const files = await entries(zip);
    expect(files.get('services.csv')).toContain("'=1+2");
    await target.services.directory.importHsdsPackage(fp, { name: 'p.zip', bytes: zip });
    const after = await target.services.directory.get(fp, own.id as string);
    expect(after.description).toBe("=1+2 'quoted'");
    expect(after.alternateName).toBe("'apostrophe");
  });

  it('a bad row: every problem by file, row and column, nothing written', async () => {
    const imo = await actorFor(source, 'imo@demo.example.org');
    const files = await entries(await source.services.directory.exportHsdsCsvPackage(imo));
    // Row 3 of services.csv: a minimum age that is not a number.
    edit(files, 'services.csv', 3, 'minimum_age', 'ten');
    // Row 2 of languages.csv names a service the package does not hold.
    edit(files, 'languages.csv', 2, 'service_id', '00000000-0000-4000-8000-000000000000');
    const tri = await actorFor(target, 'focal-point@demo.example.org');
    const before = await count(target.db, 'services');
    const error = await target.services.directory
      .importHsdsPackage(tri, { name: 'bad.zip', bytes: rezip(files) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation' });
    const fields = (error as { details: { fields: { path: string; message: string }[] } }).details.fields;
    // Each problem: English message (CLI, API clients), stable code + params (the web's i18n).
    expect(fields).toEqual([
      {
        path: 'services.csv, row 3, column minimum_age',
        message: 'must be a number',
        code: 'not-a-number',
        params: { file: 'services.csv', row: 3, column: 'minimum_age', value: 'ten' },
      },
      {
        path: 'languages.csv, row 2, column service_id',
        message: 'names no row of services.csv',
        code: 'unknown-reference',
        params: { file: 'languages.csv', row: 2, column: 'service_id', table: 'services.csv' },
      },
    ]);
    expect(await count(target.db, 'services')).toBe(before);
  });

  it('a row the service rules refuse is named by file, row and column too (status)', async () => {
    const imo = await actorFor(source, 'imo@demo.example.org');
    const files = await entries(await source.services.directory.exportHsdsCsvPackage(imo));
    edit(files, 'services.csv', 2, 'status', 'paused');
    // An unknown column is named too.
    const orgs = files.get('organizations.csv')!.split('\r\n');
    orgs[0] = orgs[0]!.replace('tax_id', 'tax_number');
    files.set('organizations.csv', orgs.join('\r\n'));
    const tri = await actorFor(target, 'focal-point@demo.example.org');
    const e1 = await target.services.directory
      .importHsdsPackage(tri, { name: 'bad.zip', bytes: rezip(files) })
      .catch((e: unknown) => e);
    expect((e1 as { details: { fields: unknown[] } }).details.fields[0]).toMatchObject({
      path: 'organizations.csv, column tax_number',
      code: 'not-a-field',
      params: { file: 'organizations.csv', column: 'tax_number', table: 'organization' },
    });
    files.set('organizations.csv', orgs.join('\r\n').replace('tax_number', 'tax_id'));
    const e2 = await target.services.directory
      .importHsdsPackage(tri, { name: 'bad.zip', bytes: rezip(files) })
      .catch((e: unknown) => e);
    expect((e2 as { details: { fields: unknown[] } }).details.fields).toEqual([
      {
        path: 'services.csv, row 2, column status',
        message: expect.stringMatching(/^must be one of /) as unknown,
        code: 'not-one-of',
        // A problem of the service rules names its place in the package as one of the reader does.
        params: {
          allowed: expect.stringContaining('active') as unknown,
          file: 'services.csv',
          row: 2,
          column: 'status',
        },
      },
    ]);
  });

  it("upstream's tabular example (test-data/hsds/examples/csv, its own descriptor): imported, the tables Steward keeps not listed as codes", async () => {
    const folder = fileURLToPath(new URL('../../../../test-data/hsds/examples/csv/', import.meta.url));
    const names = readdirSync(folder).sort();
    expect(names).toContain('datapackage.json');
    const zip = writeZipStored(
      names.map((name) => ({ name, data: new Uint8Array(readFileSync(`${folder}${name}`)) })),
    );
    const tri = await actorFor(target, 'focal-point@demo.example.org');
    const result = await target.services.directory.importHsdsPackage(tri, {
      name: 'upstream.zip',
      bytes: zip,
    });
    expect(result).toMatchObject({ created: 1, updated: 0 });
    const warnings = result.warnings ?? [];
    // Every adjustment is a code with parameters, no sentence.
    for (const w of warnings) expect(Object.keys(w).sort()).toEqual(['code', 'params', 'path']);
    expect(warnings).toContainEqual({
      path: 'programs.csv',
      code: 'table-not-imported',
      params: { table: 'program' },
    });
    expect(warnings).toContainEqual({
      path: 'funding.csv',
      code: 'table-not-imported',
      params: { table: 'funding' },
    });
    // Upstream's point (100, 101) is out of range: named by the locations file, row and column.
    expect(warnings).toContainEqual({
      path: 'locations.csv, row 2, column latitude',
      code: 'location-point-dropped',
      params: { latitude: '100', longitude: '101' },
    });
  });

  it('refuses what is not a package, a ZIP bomb at the limit, and a caseworker', async () => {
    const tri = await actorFor(target, 'focal-point@demo.example.org');
    const notZip = await target.services.directory
      .importHsdsPackage(tri, { name: 'x.zip', bytes: new TextEncoder().encode('hello') })
      .catch((e: unknown) => e);
    expect(notZip).toMatchObject({ code: 'validation' });
    const noDescriptor = await target.services.directory
      .importHsdsPackage(tri, { name: 'x.zip', bytes: deflateZip({ 'services.csv': 'id,name\r\n' }) })
      .catch((e: unknown) => e);
    expect(String((noDescriptor as Error).message)).toContain('datapackage.json is missing');
    const bomb = deflateZip({
      'datapackage.json': '{"resources":[]}',
      'services.csv': `id,name\r\n${'a'.repeat(8 * 1024 * 1024)}`,
    });
    const e = await target.services.directory
      .importHsdsPackage(tri, { name: 'bomb.zip', bytes: bomb })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      details: { limit: 'compressionRatio', max: UPLOAD_LIMITS.compressionRatio },
    });
    const caseworker = await actorFor(target, 'caseworker@demo.example.org');
    await expect(
      target.services.directory.importHsdsPackage(caseworker, { name: 'x.zip', bytes: bomb }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
