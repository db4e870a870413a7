/**
 * Issue 11 §4 "Done means" in real Chromium against `steward serve` with the demo: a focal point
 * sets the retention schedule of an entry whose stored file's period has ended, approves the
 * destruction after the checklist, destroys it; the file can no longer be downloaded, the page
 * shows the tombstone (name, version, SHA-256), and the audit log proves what/when/who/how with
 * the content hash. The demo's own retention task is listed. Axe and screenshots in en and ar.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { actForOrganisation, expectAccessible, launchBrowser, me, newPage, signIn } from './support';

const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('retention and destruction', () => {
  it('the demo has a retention task', { timeout: 180_000 }, async () => {
    let found = 0;
    for (const who of credentials.filter((c) => c.role === 'partner-focal-point')) {
      const page = await newPage(browser);
      await signIn(page, baseUrl, who);
      await actForOrganisation(page, who.organisationAcronym);
      const res = await page.context().request.get(`${baseUrl}/api/retention`);
      const body = (await res.json()) as { items: { status: string }[] };
      found += body.items.filter((s) => s.status === 'due' || s.status === 'overdue').length;
      await page.context().close();
      if (found > 0) break;
    }
    expect(found).toBeGreaterThanOrEqual(1);
  });

  it('a file whose retention ended is destroyed after approval: no download, a tombstone, and the audit log proves it (en + ar)', async () => {
    const owner = credentials.find((c) => c.role === 'partner-focal-point')!;
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await actForOrganisation(page, owner.organisationAcronym);
    const request = page.context().request;
    const csrf = ((await (await request.get(`${baseUrl}/api/me`)).json()) as { csrfToken: string }).csrfToken;
    const title = `E2E old assessment ${Date.now()}`;
    const created = await request.post(`${baseUrl}/api/registry`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        title,
        description: 'District totals from an old assessment',
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
        retentionPeriod: '1 year',
        destructionMethod: 'Crypto-shredding',
        focalPoint: 'Focal point',
        nextReviewOn: iso(new Date(Date.now() + 200 * 86_400_000)),
        sharedWithCluster: false,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const entry = (await created.json()) as { id: string };
    const content = 'district,households\nNorth,120\nSouth,95\n';
    const uploaded = await request.post(`${baseUrl}/api/registry/${entry.id}/files`, {
      headers: { 'x-csrf-token': csrf },
      multipart: { file: { name: 'old-totals.csv', mimeType: 'text/csv', buffer: Buffer.from(content) } },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    const file = (await uploaded.json()) as { id: string };
    const downloadUrl = `${baseUrl}/api/registry/${entry.id}/files/${file.id}/download`;
    expect((await request.get(downloadUrl)).status()).toBe(200);
    const sha256 = createHash('sha256').update(content).digest('hex');

    // the retention page from the navigation; set the schedule: 12 months after collection, 13 months ago
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.retention'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['retention.title'] }).waitFor();
    await page.getByLabel(en['retention.form.target']).selectOption(`entry:${entry.id}`);
    // validation names the field
    await page.getByRole('button', { name: en['retention.form.save'] }).click();
    await page.locator('#retention-period-error').getByText(en['retention.form.months']).waitFor();
    await page.getByLabel(en['retention.form.period']).fill('12');
    await page.getByLabel(en['retention.form.trigger'], { exact: true }).selectOption('collection');
    const collected = new Date();
    collected.setUTCMonth(collected.getUTCMonth() - 12);
    collected.setUTCDate(collected.getUTCDate() - 10);
    await page.getByLabel(en['retention.form.triggerOn']).fill(iso(collected));
    await page
      .getByLabel(en['retention.form.method'], { exact: true })
      .fill('Crypto-shredding of the stored file');
    await page.getByRole('button', { name: en['retention.form.save'] }).click();
    await expect
      .poll(() => page.getByTestId('retention-form-message').textContent())
      .toMatch(/^Schedule saved/);

    const row = page.getByTestId('retention-row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('due');
    await expectAccessible(page, 'retention tasks (en)');

    // approval asks for the checklist first
    await row.getByRole('button', { name: en['retention.approve'] }).click();
    const checklist = row.getByTestId('risk-checklist-destroy');
    await row.getByRole('button', { name: en['retention.approve.confirm'] }).click();
    await checklist.getByText(en['guidance.checklist.incomplete']).waitFor();
    await expectAccessible(page, 'retention approval checklist (en)');
    await page.screenshot({ path: `${SHOTS}/retention-approve-en.png`, fullPage: true });
    for (const box of await checklist.getByRole('checkbox').all()) await box.check();
    await row.getByRole('button', { name: en['retention.approve.confirm'] }).click();
    await row.getByText(en['retention.approved'], { exact: true }).waitFor();
    // still downloadable until destroyed
    expect((await request.get(downloadUrl)).status()).toBe(200);

    await row.getByRole('button', { name: en['retention.destroy'] }).click();
    await page.getByLabel(en['retention.filter']).selectOption('all');
    const destroyed = page.getByTestId('retention-row').filter({ hasText: title });
    await expect.poll(() => destroyed.getAttribute('data-status')).toBe('destroyed');
    const tombstone = destroyed.getByTestId('retention-tombstone');
    expect(await tombstone.textContent()).toContain('old-totals.csv');
    expect(await tombstone.textContent()).toContain(sha256.slice(0, 16));
    await page.screenshot({ path: `${SHOTS}/retention-destroyed-en.png`, fullPage: true });

    // it cannot be downloaded any more
    const refused = await request.get(downloadUrl);
    expect([404, 410]).toContain(refused.status());
    expect(await refused.text()).not.toContain('North,120');

    // the audit log proves what, when, who and how, with the content hash
    const audit = await request.get(
      `${baseUrl}/api/audit?action=retention.file-destroyed&targetId=${encodeURIComponent(file.id)}`,
    );
    expect(audit.status(), await audit.text()).toBe(200);
    const items = (
      (await audit.json()) as { items: { occurredAt: string; details: Record<string, unknown> }[] }
    ).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.details).toMatchObject({ entryId: entry.id, sha256, version: 1 });
    expect(String(items[0]!.details.method)).toBe('Crypto-shredding of the stored file');
    expect(items[0]!.details.approvedBy).toBe((await me(page)).body!.user.id);
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.audit'] })
      .click();
    await page.getByLabel(en['audit.filter.action']).fill('retention.');
    await page.getByRole('button', { name: en['audit.filter.apply'] }).click();
    await page
      .locator('[data-testid="audit-entries"] tbody tr[data-action="retention.file-destroyed"]')
      .first()
      .waitFor();

    // in Arabic
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.retention'] })
      .click();
    await page.getByRole('combobox', { name: en['header.language'] }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar['retention.title'] }).waitFor();
    await page.getByLabel(ar['retention.filter']).selectOption('all');
    await page
      .getByTestId('retention-row')
      .filter({ hasText: title })
      .getByText(ar['retention.status.destroyed'])
      .waitFor();
    await expectAccessible(page, 'retention tasks (ar)');
    await page.screenshot({ path: `${SHOTS}/retention-ar.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});
