/**
 * The two-person rule on the ISP page in Chromium (issue 7 §1): a version that protects less than
 * the protocol in force, endorsed by every member organisation, is not brought into force by the
 * coordinator's click: the page says a second person must approve and shows how it protects less;
 * the requester gets no Approve button; the cluster IMO sees Approve and Reject and rejects it
 * (rejecting keeps the demo's ISP in force for the other browser tests). In French too.
 */
import { request as playwrightRequest, type APIRequestContext, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { launchBrowser, newPage, signIn, type DemoCredential } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const coordinator = credentials.find((c) => c.role === 'cluster-coordinator')!;
const imo = credentials.find((c) => c.role === 'cluster-imo')!;

let browser: Browser;
const apis: APIRequestContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const api of apis) await api.dispose();
  await browser?.close();
});

/** An API session for one demo login, acting for `acronym` (default: their first organisation). */
async function apiAs(who: DemoCredential, acronym = who.organisationAcronym) {
  const api = await playwrightRequest.newContext({ baseURL: baseUrl });
  apis.push(api);
  const login = await api.post('/api/auth/login', { data: { email: who.email, password: who.password } });
  expect(login.status()).toBe(200);
  const session = (await login.json()) as {
    csrfToken: string;
    activeOrganisationId: string | null;
    memberships: { organisationId: string; acronym: string }[];
  };
  const headers = { 'x-csrf-token': session.csrfToken };
  const own = session.memberships.find((m) => m.acronym === acronym)!;
  if (session.activeOrganisationId !== own.organisationId) {
    const switched = await api.put('/api/me/active-organisation', {
      headers,
      data: { organisationId: own.organisationId },
    });
    expect(switched.ok()).toBe(true);
  }
  return { api, headers };
}

describe('ISP: the two-person rule', () => {
  it('asks a second person before a version that protects less comes into force', async () => {
    // Set-up through the API: a successor of the ISP in force that shares "no-share" data with the
    // cluster, in consultation, endorsed by every member organisation.
    const lead = await apiAs(coordinator);
    const active = (await (await lead.api.get('/api/isp')).json()) as {
      active: { id: string; version: string };
    };
    const draft = (await (
      await lead.api.post('/api/isp/versions', { headers: lead.headers, data: { from: active.active.id } })
    ).json()) as { id: string; isp: { version: string; rules: { sharing: string }[] } };
    const relaxed = {
      ...draft.isp,
      version: `${active.active.version}.2-e2e`,
      rules: draft.isp.rules.map((r) => (r.sharing === 'no-share' ? { ...r, sharing: 'coordination' } : r)),
    };
    expect(
      (
        await lead.api.put(`/api/isp/versions/${draft.id}`, { headers: lead.headers, data: { isp: relaxed } })
      ).status(),
    ).toBe(200);
    expect(
      (
        await lead.api.post(`/api/isp/versions/${draft.id}/status`, {
          headers: lead.headers,
          data: { status: 'in-consultation' },
        })
      ).status(),
    ).toBe(200);
    const view = (await (await lead.api.get(`/api/isp/versions/${draft.id}`)).json()) as {
      endorsement: { pending: { name: string }[] };
    };
    for (const org of view.endorsement.pending) {
      const who =
        credentials.find((c) => c.organisationAcronym === org.name && c.role === 'partner-focal-point') ??
        credentials.find((c) => c.organisationAcronym === org.name && c.role === 'cluster-coordinator')!;
      const s = await apiAs(who, org.name);
      expect(
        (await s.api.post(`/api/isp/versions/${draft.id}/endorse`, { headers: s.headers })).status(),
      ).toBe(200);
    }

    // The coordinator clicks "Make this the protocol in force": a request, not a change.
    const page = await newPage(browser);
    await signIn(page, baseUrl, coordinator);
    await page.goto(`${baseUrl}/isp/${encodeURIComponent(draft.id)}`);
    await page.getByRole('button', { name: en['isp.activate'] }).click();
    await expect
      .poll(() => page.getByTestId('isp-message').textContent())
      .toBe(en['isp.twoPerson.requested']);
    const pending = page.getByTestId('isp-pending-change');
    await pending.waitFor();
    expect(await pending.textContent()).toContain(en['isp.relax.now-allowed']);
    expect(await pending.getByRole('button', { name: en['isp.twoPerson.approve'] }).count()).toBe(0);
    expect(await pending.textContent()).toContain(en['isp.twoPerson.waitForOther']);
    expect(await page.getByTestId('isp-status').first().textContent()).toBe(en['isp.status.in-consultation']);

    // The cluster IMO, in French, sees Approve and Reject, and rejects.
    const second = await newPage(browser);
    await signIn(second, baseUrl, imo);
    await second.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await second.goto(`${baseUrl}/isp/${encodeURIComponent(draft.id)}`);
    const theirs = second.getByTestId('isp-pending-change');
    await theirs.waitFor();
    await theirs.getByRole('button', { name: fr['isp.twoPerson.approve'] }).waitFor();
    await theirs.getByRole('button', { name: fr['isp.twoPerson.reject'] }).click();
    await expect
      .poll(() => second.getByTestId('isp-message').textContent())
      .toBe(fr['isp.twoPerson.rejected']);
    expect(await second.getByTestId('isp-pending-changes').count()).toBe(0);

    const after = (await (await lead.api.get('/api/isp')).json()) as { active: { id: string } };
    expect(after.active.id).toBe(active.active.id);
  });
});
