/**
 * Registry in Chromium: the entry form validates per field; a new entry is created through the
 * form; a CSV with a names column the entry does not declare is uploaded and shows quarantined,
 * with the owner's two choices.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const owner =
  credentials.find((c) => c.role === 'partner-im-officer') ??
  credentials.find((c) => c.role === 'partner-focal-point')!;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'steward-registry-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Data registry', () => {
  it('lists the demo registry with its filters', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.registry'], exact: true })
      .click();
    await page.getByTestId('registry-table').waitFor();
    const rows = await page.getByTestId('registry-table').locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await page.getByLabel(en['reg.filter.search'], { exact: true }).fill('zzzz-no-such-title');
    await page.getByTestId('registry-no-match').waitFor();
    await page.context().close();
  });

  it('validates the form per field, creates an entry, and quarantines an undeclared names column', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page.goto(`${baseUrl}/registry/new`);
    await page.getByRole('button', { name: en['reg.form.create'] }).click();
    await page.getByTestId('entry-form-problem').waitFor();
    await expect
      .poll(() => page.getByLabel(en['reg.field.title'], { exact: true }).getAttribute('aria-invalid'))
      .toBe('true');

    const label = (key: keyof typeof en) => page.getByLabel(en[key] as string, { exact: true });
    await label('reg.field.title').fill('E2E needs assessment, district totals');
    await label('reg.field.description').fill('District totals of the needs assessment');
    await label('reg.field.purpose').fill('Response planning');
    await page.getByRole('checkbox', { name: en['vocab.dataType.needs-assessment'] }).check();
    await label('reg.field.dataSubjects').fill('Households');
    await label('reg.field.collectionMethod').selectOption('household-survey');
    await label('reg.field.aggregationLevel').selectOption('adm2');
    await label('reg.field.storageLocation').fill('Steward');
    await label('reg.field.accessDescription').fill('IM team');
    await label('reg.field.retentionPeriod').fill('2 years');
    await label('reg.field.destructionMethod').fill('Secure deletion');
    await label('reg.field.focalPoint').fill('IM officer');
    const next = new Date(Date.now() + 180 * 86_400_000).toISOString().slice(0, 10);
    await label('reg.field.nextReviewOn').fill(next);
    await page.getByRole('button', { name: en['reg.form.create'] }).click();
    await page.waitForURL(
      (url) => /^\/registry\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
    );
    await page.getByRole('heading', { level: 1, name: 'E2E needs assessment, district totals' }).waitFor();

    const csv = join(dir, 'needs.csv');
    writeFileSync(
      csv,
      'respondent_name,district,household_size\nAmina Yusuf,North,5\nJohn Okello,South,3\nFatima Ali,North,7\n',
    );
    await page.locator('#entry-file').setInputFiles(csv);
    await page.getByTestId('quarantine-banner').waitFor();
    expect(await page.getByTestId('quarantine-banner').textContent()).toContain('respondent_name');
    await page.getByTestId('file-quarantined').waitFor();
    await page.getByRole('button', { name: en['reg.quarantine.declare'] }).waitFor();
    await page.getByRole('button', { name: en['reg.quarantine.accept'] }).waitFor();
    await page.context().close();
  });
});
