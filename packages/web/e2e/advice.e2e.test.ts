/**
 * Issue 11 §5 in real Chromium against `steward serve` with the demo: the help centre lists the
 * guidance by topic and by principle (filter, en + ar with screenshots), the registry form shows
 * the same guidance beside its fields, and approving a share of Severe data is refused until the
 * checklist is ticked, then goes through. Axe on each state.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import {
  actForOrganisation,
  coverNewFlow,
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
  signOffDiaFor,
} from './support';

const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const secondFocalPoint = inject('secondFocalPoint');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function chooseArabic(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: en['header.language'] }).selectOption('ar');
  await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
}

describe('advice where people act', () => {
  it('the help centre lists the guidance by topic and by principle, with a filter (en + ar)', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, credentials.find((c) => c.role === 'caseworker') ?? credentials[0]!);
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.help'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['help.title'] }).waitFor();
    // the two view buttons have space between them, though no registry page has loaded (shared styles)
    const byTopic = await page.getByRole('button', { name: en['help.byTopic'] }).boundingBox();
    const byPrinciple = await page.getByRole('button', { name: en['help.byPrinciple'] }).boundingBox();
    expect(byPrinciple!.x - (byTopic!.x + byTopic!.width)).toBeGreaterThanOrEqual(4);
    const topics = page.getByTestId('help-by-topic');
    await topics.getByRole('heading', { level: 3, name: en['guidance.topic.retention'] }).waitFor();
    await topics.getByText(en['guidance.registry.sensitivity.why']).waitFor();
    // the checklists before risky actions are listed too
    await page
      .getByTestId('help-checklist-share-high')
      .getByText(en['guidance.checklist.share-high.1'])
      .waitFor();
    await expectAccessible(page, 'help centre by topic (en)');
    await page.screenshot({ path: `${SHOTS}/advice-help-en.png`, fullPage: true });

    // filter: only matching entries stay
    await page.getByLabel(en['help.search']).fill('their keys');
    await expect.poll(() => page.locator('[data-guidance-entry]').count()).toBe(1);
    expect(await page.locator('[data-guidance-entry]').getAttribute('data-guidance-entry')).toBe(
      'retention.approve',
    );
    await page.getByLabel(en['help.search']).fill('zzz no such advice');
    await page.getByText(en['help.noMatch']).waitFor();
    await page.getByLabel(en['help.search']).fill('');

    // by principle: the retention principle lists what serves it
    await page.getByRole('button', { name: en['help.byPrinciple'] }).click();
    const retention = page
      .getByTestId('help-by-principle')
      .getByRole('region', { name: en['diagnostic.principle.retention'] });
    await retention.getByRole('heading', { level: 4, name: en['guidance.sharing.expiry.title'] }).waitFor();
    await retention
      .getByRole('heading', { level: 4, name: en['guidance.registry.retention.title'] })
      .waitFor();
    await expectAccessible(page, 'help centre by principle (en)');

    await chooseArabic(page);
    await page.getByRole('heading', { level: 1, name: ar['help.title'] }).waitFor();
    await page.getByText(ar['guidance.retention.approve.why']).first().waitFor();
    await expectAccessible(page, 'help centre by principle (ar)');
    await page.screenshot({ path: `${SHOTS}/advice-help-ar.png` });
    // nothing scrolls sideways in right-to-left
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });

  it('the registry form shows why a field matters, with its principle and source', async () => {
    const owner = credentials.find((c) => c.role === 'partner-focal-point')!;
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await actForOrganisation(page, owner.organisationAcronym);
    await page.goto(`${baseUrl}/registry/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const guidance = page.locator('details[data-guidance="registry.retention"]');
    await guidance.locator('summary').click();
    await guidance.getByText(en['guidance.registry.retention.why']).waitFor();
    expect(await guidance.textContent()).toContain(en['diagnostic.principle.retention']);
    expect(await guidance.getByRole('link').getAttribute('href')).toMatch(/^https:\/\//);
    await expectAccessible(page, 'registry form with guidance open (en)');
    await guidance.screenshot({ path: `${SHOTS}/advice-field-en.png` });
    await page.context().close();
  });

  it('approving a share of Severe data asks for the checklist first', async () => {
    const focalPoints = credentials.filter((c) => c.role === 'partner-focal-point');
    const owner = focalPoints[0]!;
    const requester = credentials.find(
      (c) => c.organisationAcronym !== owner.organisationAcronym && c.role.startsWith('partner-'),
    )!;
    const setup = await newPage(browser);
    await signIn(setup, baseUrl, owner);
    await actForOrganisation(setup, owner.organisationAcronym);
    const csrf = (
      (await (await setup.context().request.get(`${baseUrl}/api/me`)).json()) as { csrfToken: string }
    ).csrfToken;
    const title = `E2E site-level 5W ${Date.now()}`;
    const created = await setup.context().request.post(`${baseUrl}/api/registry`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        title,
        description: '5W by site',
        purpose: 'Response planning',
        kind: 'asset',
        dataTypes: ['3w-4w-5w'],
        containsPersonalData: false,
        containsDemographicData: false,
        dataSubjects: 'Partners',
        collectionMethod: 'partner-reporting',
        legalBasis: 'public-interest',
        storageLocation: 'Steward',
        accessDescription: 'IM team',
        aggregationLevel: 'site',
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
    // A High entry is a draft until a signed-off DIA covers it, and the catalogue, and so a request
    // by id, leaves drafts out: a second focal point of TRI signs the DIA off, then the owner activates.
    const signer = await newPage(browser);
    await signIn(signer, baseUrl, secondFocalPoint);
    await actForOrganisation(signer, secondFocalPoint.organisationAcronym);
    const signerCsrf = (
      (await (await signer.context().request.get(`${baseUrl}/api/me`)).json()) as { csrfToken: string }
    ).csrfToken;
    await signOffDiaFor(
      baseUrl,
      { request: setup.context().request, csrf },
      { request: signer.context().request, csrf: signerCsrf },
      entry.id,
    );
    await signer.context().close();
    const activated = await setup.context().request.post(`${baseUrl}/api/registry/${entry.id}/activate`, {
      headers: { 'x-csrf-token': csrf },
    });
    expect(activated.status(), await activated.text()).toBe(200);
    await setup.context().close();

    const page = await newPage(browser);
    await signIn(page, baseUrl, requester);
    await actForOrganisation(page, requester.organisationAcronym);
    await page.goto(`${baseUrl}/registry/${encodeURIComponent(entry.id)}`);
    const field = (key: keyof typeof en) => page.getByLabel(en[key] as string, { exact: true });
    await field('share.request.purpose').fill('Gap analysis by site');
    await field('share.request.intendedUse').fill('Planning only');
    await field('share.request.recipients').fill('IM team');
    await field('share.request.duration').fill('30');
    await field('share.request.contact').fill('im@example.org');
    await page.getByRole('button', { name: en['share.request.submit'] }).click();
    await page.getByTestId('request-sent').waitFor();
    await page.context().close();

    const ownerPage = await newPage(browser);
    await signIn(ownerPage, baseUrl, owner);
    await actForOrganisation(ownerPage, owner.organisationAcronym);
    await ownerPage.goto(`${baseUrl}/agreements`);
    const item = ownerPage.getByTestId('incoming-request').filter({ hasText: title }).first();
    await item.getByTestId('request-decision').waitFor();
    await item.getByRole('button', { name: en['share.approve.open'] }).click();
    const checklist = item.getByTestId('risk-checklist-share-high');
    await checklist.waitFor();
    let approvals = 0;
    ownerPage.on('request', (r) => {
      if (r.url().endsWith('/approve') && r.method() === 'POST') approvals += 1;
    });
    // not ticked: refused in the page, nothing sent
    await coverNewFlow(item);
    await item.getByRole('button', { name: en['share.approve.submit'] }).click();
    await checklist.getByText(en['guidance.checklist.incomplete']).waitFor();
    expect(approvals).toBe(0);
    await expectAccessible(ownerPage, 'approval checklist refused (en)');
    await checklist.screenshot({ path: `${SHOTS}/advice-checklist-en.png` });
    const boxes = await checklist.getByRole('checkbox').all();
    expect(boxes.length).toBe(4);
    for (const box of boxes) await box.check();
    expect(await checklist.getByText(en['guidance.checklist.incomplete']).count()).toBe(0);
    await coverNewFlow(item);
    await item.getByRole('button', { name: en['share.approve.submit'] }).click();
    const row = ownerPage.getByTestId('agreement-row').filter({ hasText: title }).first();
    await row.waitFor();
    expect(approvals).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('active');
    await ownerPage.context().close();
  });
});
