/**
 * "Approve with conditions" on a request the ISP attaches a condition to (issue 8): the page used
 * to read `c.kind` from condition codes such as "suppress-below-n:5", sent `conditions: [null…]`
 * and got a 400. Now the ISP's conditions are listed as part of the agreement, the approver adds
 * others, and the agreement is made — in English and in French, its row naming every condition
 * in the reader's language.
 */
import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { actAs, coverNewFlow, launchBrowser, newPage, requestAndOpen, tickRiskChecklist } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const owner = credentials.filter((c) => c.role === 'partner-focal-point')[0]!;
const requester = credentials.find(
  (c) => c.organisationAcronym !== owner.organisationAcronym && c.role.startsWith('partner-'),
)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An aggregated protection-monitoring entry: the ISP shares it bilaterally with "suppress below 5". */
async function conditionedEntry(request: APIRequestContext, csrf: string, title: string) {
  const res = await request.post(`${baseUrl}/api/registry`, {
    headers: { 'x-csrf-token': csrf },
    data: {
      title,
      description: 'District totals of protection incidents',
      purpose: 'Response planning',
      kind: 'asset',
      dataTypes: ['protection-monitoring-case-data'],
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
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string };
}

describe('Approve with conditions', () => {
  it('approves a request the ISP attaches conditions to (en, fr)', async () => {
    const ownerPage = await newPage(browser);
    const ownerCsrf = await actAs(ownerPage, baseUrl, owner);
    const requesterPage = await newPage(browser);
    const requesterCsrf = await actAs(requesterPage, baseUrl, requester);

    for (const [lang, dict] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const title = `E2E conditioned ${lang} ${Date.now()}`;
      const entry = await conditionedEntry(ownerPage.context().request, ownerCsrf, title);
      const item = await requestAndOpen(
        baseUrl,
        { request: requesterPage.context().request, csrf: requesterCsrf },
        ownerPage,
        { id: entry.id, title },
      );
      if (lang !== 'en') {
        await ownerPage
          .getByRole('combobox', { name: en['header.language'], exact: true })
          .selectOption(lang);
        await expect.poll(() => ownerPage.locator('html').getAttribute('lang')).toBe(lang);
      }
      await item.getByTestId('request-decision').waitFor();
      const suppress = dict['isp.cond.suppress'].replace('{n}', '5');
      // The decision beside the request names the ISP's condition in the reader's language.
      await item.getByTestId('request-decision').getByText(suppress, { exact: true }).waitFor();

      await item.getByRole('button', { name: dict['share.approve.open'] }).click();
      const fromIsp = item.getByTestId('isp-conditions');
      await fromIsp.getByText(suppress, { exact: true }).waitFor();
      // The ISP's own condition is not a box to untick; the approver adds one more.
      expect(
        await item.getByRole('checkbox', { name: dict['vocab.conditionKind.suppress-below-n'] }).count(),
      ).toBe(0);
      await item.getByRole('checkbox', { name: dict['vocab.conditionKind.remove-names'] }).check();
      const approved = ownerPage.waitForResponse(
        (r) => r.url().endsWith('/approve') && r.request().method() === 'POST',
      );
      await tickRiskChecklist(item);
      await coverNewFlow(item);
      await item.getByRole('button', { name: dict['share.approve.submit'] }).click();
      const response = await approved;
      const sent = JSON.parse(response.request().postData() ?? '{}') as { conditions: unknown[] };
      expect(sent.conditions).not.toContain(null);
      expect(sent.conditions).toContain('remove-names');
      expect(response.status(), await response.text()).toBe(201);

      const row = ownerPage.getByTestId('agreement-row').filter({ hasText: title }).first();
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('active');
      await row.getByText(dict['vocab.conditionKind.remove-names'], { exact: false }).waitFor();
      // The ISP's condition too, in the reader's language: the agreement keeps it as its key (it
      // kept the English sentence, which the French page showed as written — the web walk).
      await row.getByText(suppress, { exact: false }).waitFor({ timeout: 5_000 });
      await ownerPage.screenshot({ path: `/tmp/approve-conditions-${lang}.png`, fullPage: false });
    }
    await requesterPage.context().close();
    await ownerPage.context().close();
  });
});
