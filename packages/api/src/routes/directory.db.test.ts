// The service directory over HTTP (issue 9), on the demo response: roles, owners, filters, the
// stale flag, the referral list, the public directory (public fields only, ISP decision shown).
import { describe, expect, it } from 'vitest';
import { demoAppForFile, sendAs, signInTo, type Signed } from '../test-support/demo-app';

type ServiceItem = {
  id: string;
  name: string;
  organisationAcronym: string;
  serviceType: string;
  stale: boolean;
  contacts: { visibility: string; phone: string | null }[];
  locations: { latitude: number | null; adminPcode: string | null }[];
};
const clock = { now: new Date('2026-12-02T09:30:00Z') };
const demo = demoAppForFile({ at: clock.now, clock: () => clock.now });
const signIn = (email: string) =>
  signInTo(
    demo.app,
    demo.credentials.find((x) => x.email === email)!,
  );
const call = (who: Signed | null, path: string, method = 'GET', body?: unknown) =>
  sendAs(demo.app, who, method, path, body);

const list = async (who: Signed, query = ''): Promise<ServiceItem[]> => {
  const res = await call(who, `/api/directory/services${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: ServiceItem[] }).items;
};

const newService = {
  name: 'Mobile legal clinic',
  serviceType: 'legal',
  referralMethod: 'steward',
  eligibilityDescription: 'Displaced persons without documents.',
  languages: ['pt'],
  populationServed: ['idps'],
  coveragePcodes: ['MZ0109'],
  schedules: [{ byday: 'TU,TH', opens_at: '09:00', closes_at: '15:00' }],
  locations: [
    {
      name: 'Metuge market',
      adminPcode: 'MZ0109',
      latitude: -12.9,
      longitude: 40.37,
      accessibility: ['wheelchair'],
    },
  ],
  contacts: [
    {
      name: 'Clinic focal point',
      phone: '+258 84 000 0999',
      isReferralFocalPoint: true,
      visibility: 'partner',
    },
  ],
};

describe('directory API', () => {
  it('needs a session', async () => {
    expect((await call(null, '/api/directory/services')).status).toBe(401);
    expect((await call(null, '/api/directory/referral-services?to=TRI')).status).toBe(401);
  });

  it('filters: service type, admin area with parent areas, language, accessibility, population, open now', async () => {
    const caseworker = await signIn('caseworker@demo.example.org');
    const all = await list(caseworker);
    expect(all.length).toBe(11);
    expect((await list(caseworker, '?serviceType=legal')).map((s) => s.name)).toEqual([
      'Legal counselling and civil documentation',
    ]);
    // Montepuez (MZ0111): BCSA's services are there, and services covering all of Cabo Delgado (MZ01) count.
    const montepuez = (await list(caseworker, '?pcode=MZ0111')).map((s) => s.name);
    expect(montepuez).toEqual(
      expect.arrayContaining([
        'Child protection case management',
        'Protection monitoring and counselling desk',
      ]),
    );
    expect(montepuez).not.toContain('Women and girls safe space'); // Nampula
    // A province includes the districts inside it.
    expect((await list(caseworker, '?pcode=MZ07')).map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Women and girls safe space',
        'Emergency safe shelter',
        'Family tracing and reunification',
      ]),
    );
    expect(
      (await list(caseworker, '?language=mak')).every((s) => s.name !== 'Psychosocial support groups'),
    ).toBe(true);
    expect((await list(caseworker, '?accessibility=sign-language')).map((s) => s.name)).toEqual([
      'Legal counselling and civil documentation',
    ]);
    expect((await list(caseworker, '?population=girls')).map((s) => s.name)).toEqual([
      'Women and girls safe space',
    ]);
    // Wednesday 11:30 in Maputo: the Saturday distribution is closed, the weekday services open.
    const open = (await list(caseworker, '?openNow=true')).map((s) => s.name);
    expect(open).toContain('Psychosocial support groups');
    expect(open).not.toContain('Core relief items distribution');
    expect((await call(caseworker, '/api/directory/services?pcode=not-a-pcode')).status).toBe(400);
  });

  it("other organisations' location points are withheld when the ISP does not allow them for the cluster", async () => {
    const bcsa = await signIn('focal-point.bcsa@demo.example.org');
    const items = await list(bcsa);
    const own = items.filter((s) => s.organisationAcronym === 'BCSA' && s.locations.length > 0);
    const others = items.filter((s) => s.organisationAcronym !== 'BCSA' && s.locations.length > 0);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((s) => s.locations.every((l) => l.latitude !== null))).toBe(true);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((s) => s.locations.every((l) => l.latitude === null && l.adminPcode !== null))).toBe(
      true,
    );
  });

  it('a partner adds, changes and deletes its own services; a caseworker cannot; bad input names the field', async () => {
    const amd = await signIn('focal-point.amd@demo.example.org');
    const created = await call(amd, '/api/directory/services', 'POST', newService);
    expect(created.status).toBe(201);
    const service = (await created.json()) as ServiceItem & { assuredDate: string };
    expect(service).toMatchObject({ organisationAcronym: 'AMD', stale: false, assuredDate: '2026-12-02' });
    const changed = await call(amd, `/api/directory/services/${service.id}`, 'PUT', {
      ...newService,
      name: 'Mobile legal clinic (Metuge)',
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as ServiceItem).name).toBe('Mobile legal clinic (Metuge)');

    const bad = await call(amd, '/api/directory/services', 'POST', {
      ...newService,
      serviceType: 'astrology',
      referralMethod: 'pigeon',
      schedules: [{ byday: 'XX', opens_at: '25:00', closes_at: '16:00' }],
    });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'serviceType',
        'referralMethod',
        'schedules[0].byday',
        'schedules[0].opens_at',
      ]),
    );

    const caseworker = await signIn('caseworker@demo.example.org');
    expect((await call(caseworker, '/api/directory/services', 'POST', newService)).status).toBe(403);
    const tri = await signIn('focal-point@demo.example.org');
    expect((await call(tri, `/api/directory/services/${service.id}`, 'PUT', newService)).status).toBe(403);
    expect((await call(tri, `/api/directory/services/${service.id}`, 'DELETE')).status).toBe(403);
    expect((await call(amd, `/api/directory/services/${service.id}`, 'DELETE')).status).toBe(204);
    expect((await call(amd, `/api/directory/services/${service.id}`)).status).toBe(404);
  });

  it('the IMO sees stale entries and flags them; a partner cannot flag; the owner review clears it', async () => {
    const imo = await signIn('imo@demo.example.org');
    const stale = await list(imo, '?stale=true');
    expect(stale.map((s) => s.name)).toEqual(['Family tracing and reunification']);
    const id = stale[0]!.id;
    const tri = await signIn('focal-point@demo.example.org');
    expect((await call(tri, `/api/directory/services/${id}/flag-stale`, 'POST')).status).toBe(403);
    const flagged = await call(imo, `/api/directory/services/${id}/flag-stale`, 'POST');
    expect(flagged.status).toBe(200);
    expect(((await flagged.json()) as { staleFlaggedAt: string | null }).staleFlaggedAt).not.toBeNull();
    const bcsa = await signIn('focal-point.bcsa@demo.example.org');
    const reviewed = await call(bcsa, `/api/directory/services/${id}/review`, 'POST');
    expect(reviewed.status).toBe(200);
    expect(await reviewed.json()).toMatchObject({
      stale: false,
      staleFlaggedAt: null,
      assuredDate: '2026-12-02',
    });
  });

  it('referral-services lists what the organisation accepts referrals for', async () => {
    const caseworker = await signIn('caseworker@demo.example.org');
    const res = await call(caseworker, '/api/directory/referral-services?to=BCSA');
    expect(res.status).toBe(200);
    const items = (await res.json()) as { name: string; referralMethod: string }[];
    expect(items.map((s) => s.name)).toEqual([
      'Child protection case management',
      'Family tracing and reunification',
    ]);
    expect((await call(caseworker, '/api/directory/referral-services?to=NOPE')).status).toBe(404);
  });

  it('the public directory: no sign-in, public fields only, the ISP decision shown, no points', async () => {
    const res = await call(null, '/api/public/directory');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      listing: { decision: string };
      points: { decision: string; explanation: string };
      services: ServiceItem[];
    };
    expect(body.listing.decision).not.toBe('deny');
    expect(body.points.decision).toBe('deny');
    expect(body.services.map((s) => s.name)).not.toContain('Emergency safe shelter');
    expect(body.services.flatMap((s) => s.contacts).every((c) => c.visibility === 'public')).toBe(true);
    expect(body.services.flatMap((s) => s.locations).every((l) => l.latitude === null)).toBe(true);
    const text = JSON.stringify(body);
    for (const partnerOnly of ['+258 84 000 0101', 'referrals.tri@demo.example.org'])
      expect(text).not.toContain(partnerOnly);
    const feed = await call(null, '/api/public/directory/hsds');
    expect(feed.status).toBe(200);
    expect(((await feed.json()) as { contents: unknown[] }).contents.length).toBe(body.services.length);
  });

  it('an HSDS import answers its adjustments and a file without services as codes + params, no sentence', async () => {
    const amd = await signIn('focal-point.amd@demo.example.org');
    const imported = await call(amd, '/api/directory/import', 'POST', {
      name: 'Import probe: mobile clinic',
      status: 'active',
      service_at_locations: [{ location: { name: 'Clinic', latitude: -95, longitude: 40.5 } }],
    });
    expect(imported.status).toBe(201);
    expect(await imported.json()).toEqual({
      created: 1,
      updated: 0,
      warnings: [
        {
          path: '$.service_at_locations[0].location.latitude',
          code: 'location-point-dropped',
          params: { latitude: '-95', longitude: '40.5' },
        },
      ],
    });
    const location = await call(amd, '/api/directory/import', 'POST', {
      location_type: 'physical',
      name: 'x',
    });
    expect(location.status).toBe(201);
    expect(await location.json()).toEqual({
      created: 0,
      updated: 0,
      note: { code: 'no-services', params: { kind: 'location' } },
    });
    // Not HSDS at all: refused with a code the page says in the user's language.
    const other = await call(amd, '/api/directory/import', 'POST', { rows: [1, 2] });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({
      error: { code: 'validation', details: { code: 'directory.import.not-hsds' } },
    });
  });
  it('a taxonomy term: its problems as codes + params, cluster roles only', async () => {
    const imo = await signIn('imo@demo.example.org');
    const bad = await call(imo, '/api/directory/taxonomy', 'PUT', {
      code: 'Mine Action',
      name: '',
      description: 'd'.repeat(501),
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { code: string; fields: { path: string; code: string; params: unknown; message: string }[] };
    };
    expect(body.error.code).toBe('validation');
    expect(body.error.fields.map((f) => [f.path, f.code, f.params])).toEqual([
      ['code', 'not-term-code', { max: 40 }],
      ['name', 'required', {}],
      ['description', 'too-long', { max: 500 }],
    ]);
    expect(body.error.fields[0]!.message).toMatch(/lower-case letters, digits and dashes/);
    const partner = await signIn('focal-point@demo.example.org');
    const refused = await call(partner, '/api/directory/taxonomy', 'PUT', {
      code: 'mine-action',
      name: 'Mine action',
    });
    expect(refused.status).toBe(403);
    const added = await call(imo, '/api/directory/taxonomy', 'PUT', {
      code: 'mine-action',
      name: 'Mine action',
    });
    expect(added.status).toBe(200);
    const terms = (await (await call(partner, '/api/directory/taxonomy')).json()) as {
      items: { code: string }[];
    };
    expect(terms.items.at(-1)).toEqual({
      code: 'mine-action',
      name: 'Mine action',
      description: '',
      position: 100,
    });
  });
});
