/**
 * The diagnostic page after switching organisation (review2 §1): a user who is cluster IMO in the
 * cluster lead and a viewer in TRI opens the cluster's view, then acts for TRI — the page falls
 * back to the organisation's view and no request for the cluster's view is made (before, the
 * cluster view stayed chosen and its requests were refused); back in the lead, the cluster's view
 * again. In English and Arabic, in real Chromium against `steward serve` with the demo.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { ar } from '../src/i18n/ar';
import type { Dictionary } from '../src/i18n/dictionary';
import { actForOrganisation, csrfOf, expectAccessible, launchBrowser, me, newPage, signIn } from './support';

const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const admin = credentials.find((c) => c.role === 'admin')!;
const user = {
  email: `two-organisations-${randomBytes(4).toString('hex')}@e2e.example.org`,
  password: randomBytes(18).toString('base64url'),
};
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  const page = await newPage(browser);
  await signIn(page, baseUrl, admin);
  const request = page.context().request;
  const organisations = (await (await request.get(`${baseUrl}/api/organisations`)).json()) as {
    items: { id: string; acronym: string }[];
  };
  const id = (acronym: string) => organisations.items.find((o) => o.acronym === acronym)!.id;
  const created = await request.post(`${baseUrl}/api/users`, {
    headers: { 'x-csrf-token': await csrfOf(page, baseUrl) },
    data: {
      email: user.email,
      displayName: 'Two Organisations',
      password: user.password,
      memberships: [
        { organisationId: id('DPCCU'), role: 'cluster-imo' },
        { organisationId: id('TRI'), role: 'viewer' },
      ],
    },
  });
  expect(created.status()).toBe(201);
  await page.context().close();
}, 180_000);
afterAll(async () => browser?.close());

/**
 * The diagnostic requests (any route) the page makes for the cluster's view once the server has
 * answered the switch of organisation (PUT /api/me/active-organisation).
 */
function clusterRequestsAfterSwitch(page: Page): string[] {
  const seen: string[] = [];
  let switched = false;
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/api/me/active-organisation') switched = true;
  });
  page.on('request', (r: Request) => {
    const url = new URL(r.url());
    if (
      switched &&
      url.pathname.startsWith('/api/diagnostic/') &&
      url.searchParams.get('party') === 'cluster'
    )
      seen.push(`${r.method()} ${url.pathname}`);
  });
  return seen;
}

/** The page's next comparison of rounds as `party`, started before the action. */
function comparedAs(page: Page, party: 'cluster' | 'member') {
  return page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/diagnostic/compare' && url.searchParams.get('party') === party;
  });
}

/** Acts for another of the user's organisations with the header's switcher (labels in `d`). */
async function switchTo(page: Page, acronym: string, d: Dictionary): Promise<void> {
  const own = (await me(page)).body!.memberships.find((m) => m.acronym === acronym)!;
  await page
    .getByRole('combobox', { name: d['header.organisation'], exact: true })
    .selectOption(own.organisationId);
  await expect.poll(async () => (await me(page)).body?.activeOrganisationId).toBe(own.organisationId);
}

/** The page's next answer for a round as `party` (any round), started before the action. */
function answerAs(page: Page, party: 'cluster' | 'member') {
  return page.waitForResponse((r) => {
    const url = new URL(r.url());
    return (
      /^\/api\/diagnostic\/rounds\/[^/]+\/response$/.test(url.pathname) &&
      url.searchParams.get('party') === party &&
      r.request().method() === 'GET'
    );
  });
}

describe('diagnostic: switching organisation', () => {
  it("falls back to the organisation's view where the user has no cluster role, asking nothing as the cluster (en, ar)", async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, user);
    await actForOrganisation(page, 'DPCCU');
    const clusterAnswer = answerAs(page, 'cluster');
    const clusterCompared = comparedAs(page, 'cluster');
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.diagnostic'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['diagnostic.title'] }).waitFor();
    expect((await clusterAnswer).status()).toBe(200);
    expect(await page.getByRole('radio', { name: en['diagnostic.party.cluster'] }).isChecked()).toBe(true);
    expect((await clusterCompared).status()).toBe(200); // the last request the cluster's view makes

    // Act for TRI (viewer): the organisation's view, and no request as the cluster.
    const asCluster = clusterRequestsAfterSwitch(page);
    const compared = comparedAs(page, 'member');
    const nextAnswer = page.waitForResponse(
      (r) =>
        /^\/api\/diagnostic\/rounds\/[^/]+\/response$/.test(new URL(r.url()).pathname) &&
        r.request().method() === 'GET',
    );
    await switchTo(page, 'TRI', en);
    const answer = await nextAnswer;
    expect(new URL(answer.url()).searchParams.get('party')).toBe('member');
    expect(answer.status()).toBe(200);
    await page.getByRole('checkbox', { name: en['diagnostic.shareNamed'] }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.locator('[data-score="overall"]').waitFor();
    // the rounds compared, for the organisation (the last request the view makes)
    expect((await compared).status()).toBe(200);
    await page.getByRole('table', { name: en['diagnostic.compare'] }).waitFor();
    expect(await page.getByTestId('diagnostic-message').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByTestId('diagnostic-report-link').getAttribute('href')).toContain('party=member');
    expect(asCluster).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-org-switch-en.png'), fullPage: false });
    await expectAccessible(page, "the diagnostic page, organisation's view after a switch");

    // In Arabic, the same; then back in the lead, the cluster's view chosen again.
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar['diagnostic.title'] }).waitFor();
    await page.getByRole('checkbox', { name: ar['diagnostic.shareNamed'] }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(asCluster).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-org-switch-ar.png'), fullPage: false });

    const clusterAgain = answerAs(page, 'cluster');
    await switchTo(page, 'DPCCU', ar);
    expect((await clusterAgain).status()).toBe(200);
    await page.getByRole('radio', { name: ar['diagnostic.party.cluster'] }).waitFor();
    expect(await page.getByRole('radio', { name: ar['diagnostic.party.cluster'] }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-org-switch-lead-ar.png'), fullPage: false });
    await expectAccessible(page, "the diagnostic page in Arabic, the cluster's view again");
  }, 180_000);
});
