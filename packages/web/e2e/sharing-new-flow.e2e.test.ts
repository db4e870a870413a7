/**
 * The DIA gate before a new partner-to-partner flow (issue 11 §3, decision 0024) in Chromium: TRI's
 * focal point approves RCSN's request for a service-mapping entry — a data type that never went from
 * TRI to RCSN. The approval form says it is a new flow and asks which signed-off assessment covers
 * it; approving without one is refused with the reason and a link to start one (checked in English
 * and Arabic, with axe); naming TRI's signed-off DIA makes the agreement, and the DIA then links it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { actAs, expectAccessible, launchBrowser, newPage, requestAndOpen } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const owner = credentials.find((c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'TRI')!;
const requester = credentials.find(
  (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
)!;
const SHOTS = '/tmp/steward-e2e';

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a new partner flow waits for a signed-off DIA', () => {
  it('says so, refuses without one (en, ar) and approves naming TRI’s signed-off DIA', async () => {
    const ownerPage = await newPage(browser);
    const ownerCsrf = await actAs(ownerPage, baseUrl, owner);
    const title = `E2E service map ${Date.now()}`;
    const created = await ownerPage.context().request.post(`${baseUrl}/api/registry`, {
      headers: { 'x-csrf-token': ownerCsrf },
      data: {
        title,
        description: 'Services by district',
        purpose: 'Referral pathways',
        kind: 'asset',
        dataTypes: ['service-mapping'],
        containsPersonalData: false,
        containsDemographicData: false,
        dataSubjects: 'Service providers',
        collectionMethod: 'other',
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
    expect(created.status(), await created.text()).toBe(201);
    const entry = (await created.json()) as { id: string };

    const requesterPage = await newPage(browser);
    const requesterCsrf = await actAs(requesterPage, baseUrl, requester);
    const item = await requestAndOpen(
      baseUrl,
      { request: requesterPage.context().request, csrf: requesterCsrf },
      ownerPage,
      { id: entry.id, title },
      {
        purpose: 'Mapping referral pathways for the district',
        intendedUse: 'Referral pathway planning',
        recipients: 'RCSN coordinator',
        contactEmail: 'coordinator@example.org',
      },
    );
    await requesterPage.context().close();
    await item.getByRole('button', { name: en['share.approve.open'] }).click();
    // The form says it is a new flow, names the data type, and asks for the covering DIA.
    const flow = item.getByTestId('new-flow');
    await flow.waitFor();
    expect(await flow.textContent()).toContain(en['share.flow.title']);
    expect(await flow.textContent()).toContain(en['vocab.dataType.service-mapping']);
    const choice = flow.getByTestId('new-flow-dia');
    await expect.poll(() => choice.locator('option').count()).toBeGreaterThan(1);
    expect(await choice.inputValue()).toBe('');

    // Approving without one: refused with the reason and where to start (en).
    const refused = ownerPage.waitForResponse(
      (r) => r.url().endsWith('/approve') && r.request().method() === 'POST',
    );
    await item.getByRole('button', { name: en['share.approve.submit'] }).click();
    expect((await refused).status()).toBe(409);
    const notice = item.getByTestId('dia-required');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(en['assessments.blocked.title']);
    expect(await notice.textContent()).toContain(en['assessments.dia.required.partner_flow']);
    expect(
      await notice.getByRole('link', { name: en['assessments.blocked.start'] }).getAttribute('href'),
    ).toBe(`/assessments?entry=${entry.id}`);
    await expectAccessible(ownerPage, 'approval refused: new partner flow (en)');
    await ownerPage.screenshot({ path: join(SHOTS, 'sharing-new-flow-en.png'), fullPage: true });

    // The same refusal in Arabic (right to left).
    await ownerPage.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => ownerPage.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => notice.textContent()).toContain(ar['assessments.blocked.title']);
    expect(await notice.textContent()).toContain(ar['assessments.dia.required.partner_flow']);
    expect(await flow.textContent()).toContain(ar['share.flow.title']);
    await expectAccessible(ownerPage, 'approval refused: new partner flow (ar)');
    await ownerPage.screenshot({ path: join(SHOTS, 'sharing-new-flow-ar.png'), fullPage: true });

    // Naming TRI's signed-off DIA covers it: the agreement is made and the DIA links it.
    const diaId = (await choice
      .locator('option', { hasText: 'Protection monitoring — household interviews' })
      .getAttribute('value'))!;
    await choice.selectOption(diaId);
    const approved = ownerPage.waitForResponse(
      (r) => r.url().endsWith('/approve') && r.request().method() === 'POST',
    );
    await item.getByRole('button', { name: ar['share.approve.submit'] }).click();
    const response = await approved;
    expect(response.status(), await response.text()).toBe(201);
    const agreement = (await response.json()) as { id: string };
    const row = ownerPage.getByTestId('agreement-row').filter({ hasText: title }).first();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('active');
    const linked = await ownerPage.context().request.get(`${baseUrl}/api/assessments/${diaId}`);
    expect(((await linked.json()) as { agreements: { id: string }[] }).agreements.map((a) => a.id)).toContain(
      agreement.id,
    );
    await ownerPage.context().close();
  });
});
