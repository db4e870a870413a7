/**
 * Registry in Chromium: the entry form validates per field; a new entry is created through the
 * form; a CSV with a names column the entry does not declare is uploaded and shows quarantined,
 * with the owner's two choices; the import panel's template has the columns the server reads, a
 * CSV with one bad row reports that row and column and creates nothing, and a good CSV creates its
 * entries. Review reminders sent by `steward serve` at start show on the agreements page and link
 * to the overdue entry.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { ar } from '../src/i18n/ar';
import { fr } from '../src/i18n/fr';
import { FSI, PDI } from '../src/i18n/locales';
import { launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));
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
    // The upload says what the scan found, not only "uploaded" (issue 8).
    const findings = await page.getByTestId('upload-findings').textContent();
    expect(findings).toContain('respondent_name');
    expect(await page.getByTestId('upload-message').textContent()).toContain(
      '1 column that may identify people',
    );
    await page.screenshot({ path: '/tmp/shots/registry-upload-en.png', fullPage: true });
    await page.getByTestId('file-quarantined').waitFor();
    await page.getByRole('button', { name: en['reg.quarantine.declare'] }).waitFor();
    await page.getByRole('button', { name: en['reg.quarantine.accept'] }).waitFor();
    await page.context().close();
  });

  it('imports entries from CSV: a bad row is reported by row and column and nothing is created', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page.goto(`${baseUrl}/registry`);
    await page.getByTestId('registry-table').waitFor();
    await page.getByRole('button', { name: en['reg.import.open'] }).click();
    await page.getByTestId('import-panel').waitFor();

    // The template is built in the browser: its header row is the file's first line.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: en['reg.import.template'] }).click(),
    ]);
    const templatePath = join(dir, 'template.csv');
    await download.saveAs(templatePath);
    const header = readFileSync(templatePath, 'utf8').trim().split(',');
    expect(header).toContain('nextReviewOn');
    expect(header).toContain('dataTypes');

    const stamp = Date.now().toString(36);
    const next = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const row = (title: string, over: Record<string, string> = {}) => {
      const values: Record<string, string> = {
        title,
        description: 'Imported in the browser test',
        purpose: 'Response planning',
        kind: 'asset',
        dataTypes: 'needs-assessment;3w-4w-5w',
        containsPersonalData: 'no',
        containsDemographicData: 'no',
        dataSubjects: 'Households (aggregated)',
        collectionMethod: 'household-survey',
        storageLocation: 'Steward',
        accessDescription: 'IM team',
        aggregationLevel: 'adm2',
        includesNames: 'no',
        includesCoordinates: 'no',
        retentionPeriod: '2 years',
        destructionMethod: 'Secure deletion',
        focalPoint: 'IM officer',
        nextReviewOn: next,
        ...over,
      };
      return header.map((column) => values[column] ?? '').join(',');
    };
    const csvOf = (rows: string[]) => [header.join(','), ...rows].join('\r\n') + '\r\n';
    const search = page.getByLabel(en['reg.filter.search'], { exact: true });

    // Row 2 is fine, row 3 has an impossible date: nothing is imported.
    const bad = join(dir, 'import-bad.csv');
    writeFileSync(
      bad,
      csvOf([row(`Import ${stamp} first`), row(`Import ${stamp} second`, { nextReviewOn: '2026-02-30' })]),
    );
    await page.locator('#import-file').setInputFiles(bad);
    await page.getByRole('button', { name: en['reg.import.submit'], exact: true }).click();
    await page.getByTestId('import-problems').waitFor();
    const problems = await page.getByTestId('import-problem').allTextContents();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Row 3, column nextReviewOn');
    expect(problems[0]).toContain('YYYY-MM-DD');
    await search.fill(`Import ${stamp}`);
    await page.getByTestId('registry-no-match').waitFor();

    // The corrected file creates both entries, which appear in the list.
    const good = join(dir, 'import-good.csv');
    writeFileSync(good, csvOf([row(`Import ${stamp} first`), row(`Import ${stamp} second`)]));
    await page.locator('#import-file').setInputFiles(good);
    await page.getByRole('button', { name: en['reg.import.submit'], exact: true }).click();
    await page.getByTestId('import-created').waitFor();
    expect(await page.getByTestId('import-created').textContent()).toBe('2 entries imported.');
    await search.fill(`Import ${stamp}`);
    const table = page.getByTestId('registry-table');
    await table.getByRole('link', { name: `Import ${stamp} second` }).waitFor();
    await expect
      .poll(() => table.locator('tbody tr').allTextContents())
      .toEqual([
        expect.stringContaining(`Import ${stamp} first`),
        expect.stringContaining(`Import ${stamp} second`),
      ]);
    await page.context().close();
  });

  it('says with whom an entry may be shared: the decision names its recipient and the ISP says who may receive it (issue 8)', async () => {
    const tri = credentials.find((c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'TRI')!;
    const page = await newPage(browser);
    await signIn(page, baseUrl, tri);
    await page.goto(`${baseUrl}/registry`);
    const title = 'Protection monitoring household survey — raw responses';
    await page.getByTestId('registry-table').getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const cluster = en['vocab.recipientClass.cluster'];
    expect(await page.getByTestId('entry-decision-heading').textContent()).toBe(
      en['reg.entry.decision'].replace('{recipient}', cluster),
    );
    expect(await page.getByTestId('entry-decision').textContent()).toContain(
      en['reg.decision.deny'].replace('{recipient}', cluster),
    );
    // A severe entry that may leave its owner only under an agreement, or not at all: said in so many words.
    expect([en['reg.audience.agreement'], en['reg.audience.no-share']]).toContain(
      await page.getByTestId('entry-audience').textContent(),
    );
    expect(await page.getByTestId('entry-sensitivity').textContent()).not.toContain(
      'Shareable with the cluster',
    );
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect
      .poll(() => page.getByTestId('entry-decision-heading').textContent())
      .toBe(
        ar['reg.entry.decision'].replace('{recipient}', `${FSI}${ar['vocab.recipientClass.cluster']}${PDI}`),
      );
    expect([ar['reg.audience.agreement'], ar['reg.audience.no-share']]).toContain(
      await page.getByTestId('entry-audience').textContent(),
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'entry-decision-ar.png'), fullPage: true });
    await page.context().close();
  });

  it('shows the review reminders steward serve sent at start, linking to the overdue entry', async () => {
    // The demo's government directorate has an entry whose review is two months overdue.
    const focal = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'DPDSA',
    )!;
    expect(focal).toBeDefined();
    const page = await newPage(browser);
    await signIn(page, baseUrl, focal);
    await page.goto(`${baseUrl}/registry`);
    await page.getByTestId('registry-table').waitFor();
    await page.getByLabel(en['reg.filter.owner'], { exact: true }).selectOption({ label: 'DPDSA' });
    await page.getByLabel(en['reg.filter.review'], { exact: true }).selectOption('overdue');
    const first = page.getByTestId('registry-table').locator('tbody tr th a').first();
    const title = (await first.textContent())!;
    const href = (await first.getAttribute('href'))!;
    expect(href).toMatch(/^\/registry\/[0-9a-f-]{36}$/);

    // The reminders are sent just after the server starts listening: look again until they show.
    const reminder = page.getByTestId('notifications').locator(`a[href="${href}"]`);
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/agreements`);
          await page.getByRole('heading', { level: 1, name: en['share.heading'] }).waitFor();
          await page.waitForLoadState('networkidle');
          return reminder.count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    const text = await reminder.textContent();
    expect(text).toMatch(/^Review overdue: /);
    expect(text).toContain(`“${title}”`);
    // The notice is a code with parameters: in French it reads in French (issue 8).
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await expect.poll(() => reminder.textContent()).toMatch(/^Revue en retard : l’entrée du registre « /);
    expect(await reminder.textContent()).toContain(title);
    await page.getByRole('combobox', { name: fr['header.language'], exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['share.heading'] }).waitFor();
    await reminder.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect
      .poll(() => page.getByTestId('entry-history').textContent())
      .toMatch(/Steward · sent a reminder: the review due on .+ is overdue/);
    await page.context().close();

    // A viewer of the same organisation cannot act on it and does not get it (issue 8).
    const viewer = credentials.find((c) => c.role === 'viewer' && c.organisationAcronym === 'DPDSA')!;
    expect(viewer).toBeDefined();
    const seen = await newPage(browser);
    await signIn(seen, baseUrl, viewer);
    const status = await seen.evaluate(async (link) => {
      const res = await fetch('/api/notifications');
      const body = (await res.json()) as { items: { link: string }[] };
      return { status: res.status, mine: body.items.filter((n) => n.link === link).length };
    }, href);
    expect(status).toEqual({ status: 200, mine: 0 });
    // It reads its organisation's entry, but is offered neither the edit form nor a file upload
    // (only data managers may: the services refuse the viewer).
    await seen.goto(`${baseUrl}${href}`);
    await seen.getByRole('heading', { level: 1, name: title }).waitFor();
    await seen.getByTestId('entry-history').waitFor();
    expect(await seen.getByRole('link', { name: en['reg.edit'] }).count()).toBe(0);
    expect(await seen.locator('#entry-file').count()).toBe(0);
    // Nor the forms at their addresses (a shared link): said at once, not a long form refused when
    // sent (the web walk: a caseworker filled /registry/new).
    for (const path of ['/registry/new', `${href}/edit`]) {
      await seen.goto(`${baseUrl}${path}`);
      await seen.getByTestId('entry-form-not-allowed').waitFor();
      await seen.getByRole('heading', { level: 1, name: en['reg.form.notAllowed.heading'] }).waitFor();
      expect(await seen.locator('form').count()).toBe(0);
    }
    await seen.context().close();
  });
});
