/**
 * Sharing rough edges (issue 8) in Chromium, in English and French: a request the ISP denies
 * offers no approval but says why, and the decision names the requesting partner (not "the
 * cluster"); an agreement approved when the entry had no file says so
 * instead of offering a download that silently fails; the approval form offers "includes later
 * versions" (issue 7 §5: an agreement gives the file version approved).
 */
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import {
  actAs,
  coverNewFlow,
  fileRequest,
  launchBrowser,
  newPage,
  requestAndOpen,
  signOffDiaFor,
  tickRiskChecklist,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const focalPoints = credentials.filter((c) => c.role === 'partner-focal-point');
/** A second focal point of TRI (the first demo focal point's organisation): signs DIAs off. */
const secondFocalPoint = inject('secondFocalPoint');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Switches the interface language from English (each test starts in English). */
async function chooseLanguage(page: Page, lang: 'en' | 'fr'): Promise<void> {
  if (lang === 'en') return;
  await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
}

async function createEntry(request: APIRequestContext, csrf: string, over: Record<string, unknown>) {
  const res = await request.post(`${baseUrl}/api/registry`, {
    headers: { 'x-csrf-token': csrf },
    data: {
      title: `E2E edge ${Date.now()}`,
      description: 'District totals',
      purpose: 'Response planning',
      kind: 'asset',
      dataTypes: ['needs-assessment'],
      containsPersonalData: false,
      containsDemographicData: false,
      dataSubjects: 'Households',
      collectionMethod: 'household-survey',
      legalBasis: 'public-interest',
      storageLocation: 'Steward',
      accessDescription: 'IM team',
      aggregationLevel: 'adm2',
      includesNames: false,
      includesCoordinates: false,
      retentionPeriod: '2 years',
      destructionMethod: 'Secure deletion',
      focalPoint: 'Focal point',
      nextReviewOn: new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10),
      sharedWithCluster: true,
      ...over,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; title: string };
}

describe('Sharing rough edges', () => {
  const owner = () => focalPoints[0]!;
  const requester = () =>
    credentials.find(
      (c) => c.organisationAcronym !== owner().organisationAcronym && c.role.startsWith('partner-'),
    )!;

  it('a request the ISP denies shows the denial and offers no approval (en, fr)', async () => {
    const ownerPage = await newPage(browser);
    const ownerCsrf = await actAs(ownerPage, baseUrl, owner());
    // Requests go only to entries the catalogue shows (one the ISP denies is refused as not found), so
    // the request is filed while the entry is aggregated, and the owner then turns it into raw
    // responses, which a signed-off DIA must cover first (issue 11).
    const severe = await createEntry(ownerPage.context().request, ownerCsrf, {
      title: `E2E raw responses ${Date.now()}`,
    });
    const requesterPage = await newPage(browser);
    const requesterCsrf = await actAs(requesterPage, baseUrl, requester());
    await fileRequest(baseUrl, { request: requesterPage.context().request, csrf: requesterCsrf }, severe.id);
    await requesterPage.context().close();
    const signerPage = await newPage(browser);
    const signerCsrf = await actAs(signerPage, baseUrl, secondFocalPoint);
    await signOffDiaFor(
      baseUrl,
      { request: ownerPage.context().request, csrf: ownerCsrf },
      { request: signerPage.context().request, csrf: signerCsrf },
      severe.id,
    );
    await signerPage.context().close();
    const changed = await ownerPage.context().request.patch(`${baseUrl}/api/registry/${severe.id}`, {
      headers: { 'x-csrf-token': ownerCsrf },
      data: {
        dataTypes: ['protection-monitoring-case-data'],
        containsPersonalData: true,
        containsDemographicData: true,
        aggregationLevel: 'household',
      },
    });
    expect(changed.status(), await changed.text()).toBe(200);

    for (const [lang, dict] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      await ownerPage.goto(`${baseUrl}/agreements`);
      await chooseLanguage(ownerPage, lang);
      const item = ownerPage.getByTestId('incoming-request').filter({ hasText: severe.title }).first();
      await item.getByTestId('request-decision').waitFor();
      await item.getByTestId('approval-denied').waitFor();
      // The decision says who with: the requesting partner, not "the cluster".
      expect(await item.getByTestId('request-decision-heading').textContent()).toBe(
        dict['share.decisionWith.deny'].replace('{recipient}', requester().organisationAcronym),
      );
      expect(await item.getByTestId('approval-denied').textContent()).toBe(
        dict['share.approve.deniedNoApproval'],
      );
      expect(await item.getByRole('button', { name: dict['share.approve.open'] }).count()).toBe(0);
      await item.getByRole('button', { name: dict['share.reject.open'] }).waitFor();
    }
    await ownerPage.context().close();
  });

  it('an agreement approved without a file says why there is nothing to download (en, fr)', async () => {
    const ownerPage = await newPage(browser);
    const ownerCsrf = await actAs(ownerPage, baseUrl, owner());
    const empty = await createEntry(ownerPage.context().request, ownerCsrf, {});
    const requesterPage = await newPage(browser);
    const requesterCsrf = await actAs(requesterPage, baseUrl, requester());
    // The approval form offers "includes later versions"; this one approves the current state only.
    const item = await requestAndOpen(
      baseUrl,
      { request: requesterPage.context().request, csrf: requesterCsrf },
      ownerPage,
      empty,
    );
    await item.getByRole('button', { name: en['share.approve.open'] }).click();
    const later = item.getByRole('checkbox', { name: en['share.approve.includesLaterVersions'] });
    await later.waitFor();
    expect(await later.isChecked()).toBe(false);
    await tickRiskChecklist(item);
    await coverNewFlow(item);
    await item.getByRole('button', { name: en['share.approve.submit'] }).click();
    await ownerPage.getByTestId('agreement-row').filter({ hasText: empty.title }).first().waitFor();
    await ownerPage.context().close();

    const { items } = (await (
      await requesterPage.context().request.get(`${baseUrl}/api/agreements`)
    ).json()) as { items: { id: string; reference: string; entryTitle: string; fileId: string | null }[] };
    const agreement = items.find((a) => a.entryTitle === empty.title)!;
    expect(agreement.fileId).toBeNull();
    for (const [lang, dict] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      await requesterPage.goto(`${baseUrl}/agreements`);
      await chooseLanguage(requesterPage, lang);
      const row = requesterPage.getByTestId('agreement-row').filter({ hasText: agreement.reference }).first();
      await row.getByTestId('no-file-approved').waitFor();
      expect(await row.getByTestId('no-file-approved').textContent()).toBe(dict['share.noFileApproved']);
      expect(await row.getByRole('button', { name: dict['share.download'] }).count()).toBe(0);
    }
    const refused = await requesterPage
      .context()
      .request.get(`${baseUrl}/api/agreements/${agreement.id}/download`);
    expect(refused.status()).toBe(404);
    expect(((await refused.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'no-file-approved',
    );
    await requesterPage.context().close();
  });
});
