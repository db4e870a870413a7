/**
 * HSDS 3.0: every export validates with Ajv against the upstream schemas (additionalProperties
 * false everywhere, as upstream's CI); every upstream example imports; import is all or nothing
 * with the path and field of each problem; export → import round-trips.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, type Actor, type DemoCredential, type Services } from '../index';
import { MAX_IMPORT_SERVICES } from './hsds-io';

const HSDS = fileURLToPath(new URL('../../../../test-data/hsds/', import.meta.url));
const read = (p: string): unknown => JSON.parse(readFileSync(`${HSDS}${p}`, 'utf8'));

type Schema = Record<string, unknown>;
/** Upstream's strict check: no property that the schema does not name, on every object. */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) out[k] = strict(v);
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

function validator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of readdirSync(`${HSDS}schema`).filter((n) => n.endsWith('.json'))) {
    ajv.addSchema({ ...(strict(read(`schema/${f}`)) as Schema), $id: f });
  }
  return ajv;
}

let db: Database;
let services: Services;
let credentials: DemoCredential[];
const now = new Date('2026-12-02T09:30:00Z'); // a Wednesday, 11:30 in Maputo

/** A demo user's session actor, acting for their first organisation (as the web app starts). */
async function actorFor(email: string): Promise<Actor> {
  const c = credentials.find((x) => x.email === email)!;
  const { sessionToken } = await services.auth.login({ email, password: c.password });
  const actor = (await services.auth.authenticateSession(sessionToken))!;
  const home = actor.memberships.find((m) => m.acronym === c.organisationAcronym)!;
  return { ...actor, activeOrganisationId: home.organisationId };
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

describe('HSDS 3.0 export', () => {
  it('every service of the export validates against the HSDS 3.0 service schema (strict)', async () => {
    const imo = await actorFor('imo@demo.example.org');
    const page = (await services.directory.exportHsds(imo)) as { contents: unknown[]; total_items: number };
    expect(page.total_items).toBe(11);
    // The demo ISP rates service-location coordinates High (on request): other organisations' points are withheld.
    expect(JSON.stringify(page)).not.toContain('"latitude"');
    const ajv = validator();
    const validate = ajv.getSchema('service.json')!;
    for (const service of page.contents) {
      const ok = validate(service);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    // The validator is not vacuous: a service without its id, or with an unknown field, fails.
    const [first] = page.contents as Record<string, unknown>[];
    expect(validate({ ...first, id: undefined })).toBe(false);
    expect(validate({ ...first, referral_method: 'x' })).toBe(false);
  });

  it('the public HSDS feed validates too and holds no partner-only contact, no unlisted service', async () => {
    const feed = (await services.directory.publicFeed()) as { contents: Record<string, unknown>[] };
    const validate = validator().getSchema('service.json')!;
    for (const s of feed.contents)
      expect(validate(s), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const text = JSON.stringify(feed);
    expect(feed.contents.length).toBeGreaterThan(5);
    expect(text).not.toContain('Emergency safe shelter');
    expect(text).not.toContain('+258 84 000 0101'); // TRI's focal point (partner-only)
    expect(text).toContain('+258 84 000 0100'); // TRI's public reception
    // The demo ISP rates service-mapping coordinates High (on request): no points for the public.
    expect(text).not.toContain('"latitude"');
  });
});

describe('HSDS 3.0 import', () => {
  const examples = readdirSync(`${HSDS}examples`).filter((f) => f.endsWith('.json') && f !== 'tabular.json');

  it.each(examples)('imports the upstream example %s', async (file) => {
    const tri = await actorFor('focal-point@demo.example.org');
    const result = await services.directory.importHsds(tri, read(`examples/${file}`));
    if (/taxonomy|^location|^base|^organization_list/.test(file)) {
      // What the file was, as a code (rendered in the user's language by the web page).
      // (a page of taxonomies or organizations without services: a document with no services)
      const kind = /_list/.test(file)
        ? 'document'
        : /taxonomy/.test(file)
          ? 'taxonomy'
          : /^location/.test(file)
            ? 'location'
            : /^base/.test(file)
              ? 'metadata'
              : 'document';
      expect(result).toEqual({ created: 0, updated: 0, note: { code: 'no-services', params: { kind } } });
    } else {
      expect(result.created + result.updated).toBeGreaterThan(0);
    }
  });

  it('an imported upstream service keeps its HSDS fields (service_full.json)', async () => {
    const tri = await actorFor('focal-point@demo.example.org');
    const doc = read('examples/service_full.json') as {
      id: string;
      name: string;
      eligibility_description: string;
    };
    const result = await services.directory.importHsds(tri, doc);
    expect(result).toMatchObject({
      created: 0,
      updated: 1,
    });
    // Upstream's point (100, 101) is out of range: one adjustment, a code with the values given.
    expect(result.warnings).toEqual([
      {
        path: '$.service_at_locations[0].location.latitude',
        code: 'location-point-dropped',
        params: { latitude: '100', longitude: '101' },
      },
    ]);
    const viewer = await actorFor('viewer@demo.example.org');
    const view = await services.directory.get(viewer, doc.id);
    expect(view.name).toBe(doc.name);
    expect(view.eligibilityDescription).toBe(doc.eligibility_description);
    expect(view.organisationAcronym).toBe('TRI');
    expect(view.referralMethod).toBe('referrals-not-accepted');
    // Upstream's example point (100, 101) is out of range: the location stays, without its point.
    expect(view.locations.length).toBeGreaterThan(0);
    expect(view.locations[0]!.latitude).toBeNull();
  });

  it('is all or nothing: one bad service, nothing written, every problem by path and field', async () => {
    const tri = await actorFor('focal-point@demo.example.org');
    const before = (await ownerSql<{ n: number }>(db, 'select count(*)::int as n from services'))[0]!.n;
    const good = { id: '11111111-1111-4111-8111-111111111111', name: 'Good one', status: 'active' };
    const bad = { id: '22222222-2222-4222-8222-222222222222', name: '', status: 'closed', minimum_age: -3 };
    const error = await services.directory
      .importHsds(tri, { contents: [good, bad] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation' });
    const fields = (error as { details: { fields: { path: string }[] } }).details.fields.map((f) => f.path);
    expect(fields).toEqual(
      expect.arrayContaining(['contents[1].name', 'contents[1].status', 'contents[1].minimumAge']),
    );
    // Each problem has a stable code and its params (the web says it in the user's language).
    const coded = (error as { details: { fields: { path: string; code?: string; params?: unknown }[] } })
      .details.fields;
    expect(coded.find((f) => f.path === 'contents[1].name')).toMatchObject({
      code: 'required',
      message: 'is required',
    });
    expect(coded.find((f) => f.path === 'contents[1].minimumAge')).toEqual({
      path: 'contents[1].minimumAge',
      message: 'must be a whole number from 0 to 130',
      code: 'not-whole-number',
      params: { min: 0, max: 130 },
    });
    const after = (await ownerSql<{ n: number }>(db, 'select count(*)::int as n from services'))[0]!.n;
    expect(after).toBe(before);
  });

  it("refuses a file that would overwrite another organisation's service", async () => {
    const tri = await actorFor('focal-point@demo.example.org');
    const imo = await actorFor('imo@demo.example.org');
    const page = (await services.directory.exportHsds(imo)) as { contents: Record<string, unknown>[] };
    const bcsa = page.contents.find((s) => s.name === 'Child protection case management')!;
    const error = await services.directory.importHsds(tri, bcsa).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation' });
    expect((error as { details: { fields: unknown[] } }).details.fields).toEqual([
      {
        path: '$.id',
        message: 'is a service of another organisation',
        code: 'other-organisation',
        params: {},
      },
    ]);
  });

  it('more services than one import takes: limit-exceeded naming the limit and its value', async () => {
    const tri = await actorFor('focal-point@demo.example.org');
    const contents = Array.from({ length: MAX_IMPORT_SERVICES + 1 }, (_, i) => ({
      name: `Service ${i}`,
      status: 'active',
    }));
    const error = await services.directory.importHsds(tri, { contents }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'limit-exceeded',
      details: { limit: 'directoryImportServices', max: 2000 },
    });
  });

  it("round-trips the organisation's own services (export → import updates, creates none)", async () => {
    const amd = await actorFor('focal-point.amd@demo.example.org');
    const page = (await services.directory.exportHsds(amd)) as { contents: Record<string, unknown>[] };
    const own = page.contents.filter(
      (s) => (s.organization as { alternate_name?: string }).alternate_name === 'AMD',
    );
    expect(own.length).toBe(1);
    const result = await services.directory.importHsds(amd, { contents: own });
    expect(result).toEqual({ created: 0, updated: 1 });
    const after = await services.directory.get(amd, own[0]!.id as string);
    expect(after.referralMethod).toBe('steward');
    expect(after.serviceType).toBe('legal');
    expect(after.coveragePcodes).toEqual(['MZ0103']);
    expect(after.schedules).toEqual([{ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '16:00' }]);
    expect(after.locations.map((l) => l.adminPcode)).toEqual(['MZ0103']);
  });

  it('a caseworker cannot import; a file with no services is refused clearly', async () => {
    const caseworker = await actorFor('caseworker@demo.example.org');
    await expect(services.directory.importHsds(caseworker, { contents: [] })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const tri = await actorFor('focal-point@demo.example.org');
    await expect(services.directory.importHsds(tri, { hello: 'world' })).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(services.directory.importHsds(tri, 'not json')).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
