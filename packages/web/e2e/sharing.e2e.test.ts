/**
 * Requests and agreements in Chromium: a partner requests another organisation's registry asset;
 * the owner sees the ISP decision beside it and approves with conditions; the requester downloads
 * the file (it carries the agreement reference); the owner revokes and the download is refused.
 * The public request form works without signing in.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import {
  actForOrganisation,
  coverNewFlow,
  type DemoCredential,
  launchBrowser,
  newPage,
  signIn,
  tickRiskChecklist,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const focalPoints = credentials.filter((c) => c.role === 'partner-focal-point');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Summary {
  id: string;
  title: string;
  organisationAcronym: string;
  fileCount: number;
  quarantinedFiles: number;
}

describe('Requests and agreements', () => {
  it('request → approve with conditions → download with the agreement id → revoke → download refused', async () => {
    // The owner (a focal point) registers an asset shared with the cluster and attaches a clean CSV.
    const owner: DemoCredential = focalPoints[0]!;
    const requester = credentials.find(
      (c) => c.organisationAcronym !== owner.organisationAcronym && c.role.startsWith('partner-'),
    )!;
    const setup = await newPage(browser);
    await signIn(setup, baseUrl, owner);
    await actForOrganisation(setup, owner.organisationAcronym);
    const csrf = (
      (await (await setup.context().request.get(`${baseUrl}/api/me`)).json()) as { csrfToken: string }
    ).csrfToken;
    const created = await setup.context().request.post(`${baseUrl}/api/registry`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        title: `E2E district totals ${Date.now()}`,
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
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const target = (await created.json()) as Summary;
    const uploaded = await setup.context().request.post(`${baseUrl}/api/registry/${target.id}/files`, {
      headers: { 'x-csrf-token': csrf },
      multipart: {
        file: {
          name: 'totals.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('district,households\nNorth,120\nSouth,95\n'),
        },
      },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    await setup.context().close();

    const page = await newPage(browser);
    await signIn(page, baseUrl, requester);
    await actForOrganisation(page, requester.organisationAcronym);
    // The requester's organisation cannot see another partner's entry; the link still lets it ask.
    await page.goto(`${baseUrl}/registry/${encodeURIComponent(target.id)}`);
    await page.getByText(en['share.request.introUnseen'], { exact: true }).waitFor();
    const field = (key: keyof typeof en) => page.getByLabel(en[key] as string, { exact: true });
    await field('share.request.purpose').fill('Joint protection analysis for the HNO');
    await field('share.request.intendedUse').fill('District aggregates only');
    await field('share.request.recipients').fill('Analysis team');
    await field('share.request.duration').fill('60');
    await field('share.request.contact').fill('analysis@example.org');
    await page.getByRole('button', { name: en['share.request.submit'] }).click();
    await page.getByTestId('request-sent').waitFor();

    const ownerPage = await newPage(browser);
    await signIn(ownerPage, baseUrl, owner);
    await actForOrganisation(ownerPage, owner.organisationAcronym);
    await ownerPage
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.agreements'], exact: true })
      .click();
    const item = ownerPage.getByTestId('incoming-request').filter({ hasText: target.title }).first();
    await item.waitFor();
    await item.getByTestId('request-decision').waitFor();
    await item.getByRole('button', { name: en['share.approve.open'] }).click();
    await item.getByRole('checkbox', { name: en['vocab.conditionKind.remove-names'] }).check();
    await tickRiskChecklist(item);
    await coverNewFlow(item);
    await item.getByRole('button', { name: en['share.approve.submit'] }).click();
    const row = ownerPage.getByTestId('agreement-row').filter({ hasText: target.title }).first();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('active');

    await page.goto(`${baseUrl}/agreements`);
    const mine = page.getByTestId('agreement-row').filter({ hasText: target.title }).first();
    await mine.waitFor();
    const reference = (await mine.locator('code').first().textContent())!.trim();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mine.getByRole('button', { name: en['share.download'] }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    // CSV: a header comment line; XLSX: the reference in the metadata sheet (zip entries are stored deflated,
    // so for XLSX only the file's presence is checked here).
    if (download.suggestedFilename().toLowerCase().endsWith('.csv'))
      expect(bytes.toString('utf8')).toContain(`# Steward agreement ${reference}`);
    else expect(bytes.length).toBeGreaterThan(0);
    const downloadUrl = await mine
      .getByRole('button', { name: en['share.download'] })
      .getAttribute('data-href');

    await ownerPage.reload();
    const ownerRow = ownerPage.getByTestId('agreement-row').filter({ hasText: reference }).first();
    await ownerRow.getByRole('button', { name: en['share.revoke'] }).click();
    await ownerRow.getByLabel(en['share.revokeReason'], { exact: true }).fill('Purpose fulfilled');
    await ownerRow.getByRole('button', { name: en['share.revokeConfirm'] }).click();
    await expect.poll(() => ownerRow.getAttribute('data-status')).toBe('revoked');

    await page.reload();
    const after = page.getByTestId('agreement-row').filter({ hasText: reference }).first();
    await after.getByText(en['share.downloadClosed']).waitFor();
    const refused = await page.context().request.get(`${baseUrl}${downloadUrl}`);
    expect([403, 404, 409, 410]).toContain(refused.status());
    await page.context().close();
    await ownerPage.context().close();
  });

  it('closes downloads once an agreement has expired (the demo has one past its expiry date)', async () => {
    // Expiry is computed from the clock, so a browser test cannot move time; the demo's agreement
    // that expired 20 days ago shows what the recipient sees (the service test moves the clock).
    const page = await newPage(browser);
    let found: { id: string; reference: string } | undefined;
    for (const who of focalPoints) {
      await page.context().clearCookies();
      await signIn(page, baseUrl, who);
      await actForOrganisation(page, who.organisationAcronym);
      const { items } = (await (await page.context().request.get(`${baseUrl}/api/agreements`)).json()) as {
        items: { id: string; reference: string; status: string; recipientOrganisation: string }[];
      };
      found = items.find(
        (a) => a.status === 'expired' && a.recipientOrganisation === who.organisationAcronym,
      );
      if (found) break;
    }
    expect(found, 'an expired agreement in the demo').toBeDefined();
    await page.goto(`${baseUrl}/agreements`);
    const row = page.getByTestId('agreement-row').filter({ hasText: found!.reference }).first();
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('expired');
    await row.getByText(en['share.downloadClosed']).waitFor();
    expect(await row.getByRole('link', { name: en['share.download'] }).count()).toBe(0);
    const refused = await page.context().request.get(`${baseUrl}/api/agreements/${found!.id}/download`);
    expect(refused.status()).toBe(403);
    await page.context().close();
  });

  it('accepts a request from the public form without signing in', async () => {
    const page = await newPage(browser);
    const signedIn = await newPage(browser);
    await signIn(signedIn, baseUrl, focalPoints[0]!);
    const list = (await (await signedIn.context().request.get(`${baseUrl}/api/registry`)).json()) as {
      items: Summary[];
    };
    await signedIn.context().close();
    const entry = list.items[0]!;

    await page.goto(`${baseUrl}/request?entry=${encodeURIComponent(entry.id)}`);
    expect(new URL(page.url()).pathname).toBe('/request');
    const field = (key: keyof typeof en) => page.getByLabel(en[key] as string, { exact: true });
    expect(await field('share.request.entryId').inputValue()).toBe(entry.id);
    await field('share.request.name').fill('Researcher');
    await field('share.request.organisation').fill('University');
    await field('share.request.purpose').fill('Academic study of displacement trends');
    await field('share.request.intendedUse').fill('Aggregated analysis');
    await field('share.request.recipients').fill('Research team');
    await field('share.request.contact').fill('researcher@example.org');
    await page.getByRole('button', { name: en['share.request.submit'] }).click();
    await page.getByTestId('public-request-sent').waitFor();
    await page.context().close();
  });
});
