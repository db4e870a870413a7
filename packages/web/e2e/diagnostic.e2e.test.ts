/**
 * Issue 11 §1: a member answers the current diagnostic round in real Chromium against `steward
 * serve` with the demo: pre-filled evidence from Steward's own data, saving, scores, and the
 * comparison with the previous round; then the page in French.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readXlsx } from '@steward/core/sdc/io/index';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { ar } from '../src/i18n/ar';
import { actForOrganisation, expectAccessible, launchBrowser, newPage, signIn } from './support';

const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
const by = (role: string) => credentials.find((c) => c.role === role)!;

describe('diagnostic', () => {
  it('a focal point answers the current round, sees pre-filled evidence, scores and the previous round', async () => {
    const page = await newPage(browser);
    const tri = by('partner-focal-point'); // TRI's focal point (also a viewer in AMD)
    expect(tri.organisationAcronym).toBe('TRI');
    await signIn(page, baseUrl, tri);
    // act for TRI, which has not answered the current round yet
    await actForOrganisation(page, 'TRI');
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.diagnostic'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['diagnostic.title'] }).waitFor();
    // the current (open) round is chosen; its answers are pre-filled from the registry
    const evidence = page.locator('[data-item="reg.coverage"] [data-evidence]');
    await evidence.waitFor();
    expect(await evidence.textContent()).toContain(en['diagnostic.found']);
    const coverage = page.locator('select[name="reg.coverage"]');
    expect(await coverage.inputValue()).not.toBe('');

    // answer one item by hand and save
    await page.locator('select[name="inc.sop"]').selectOption('partial');
    await page.getByRole('button', { name: en['diagnostic.save'] }).click();
    const message = page.getByTestId('diagnostic-message');
    await message.waitFor();
    expect(await message.textContent()).toBe(en['diagnostic.saved']);
    expect(await page.locator('[data-score="overall"]').textContent()).toMatch(/\d+ %/);
    expect(await page.locator('select[name="inc.sop"]').inputValue()).toBe('partial');

    // the previous round side by side
    const compare = page.getByRole('table', { name: en['diagnostic.compare'] });
    await compare.waitFor();
    const headers = await compare.locator('thead th').allTextContents();
    expect(headers.some((h) => h.startsWith('Baseline diagnostic'))).toBe(true);
    expect(headers.some((h) => h.startsWith('Annual diagnostic'))).toBe(true);
    expect(await compare.locator('[data-compare="registry"] td').count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-en.png'), fullPage: false });

    // the comparison chart, with the accessible table behind it: one column per round
    const trend = page.getByTestId('diagnostic-trend-actions');
    await trend.locator('.figure-canvas[data-state="ready"]').waitFor();
    const trendTable = trend.getByRole('table', { name: en['diagnostic.trend.byAction'] });
    expect(await trendTable.locator('thead th').count()).toBe(3);
    expect(await trendTable.locator('tbody tr').count()).toBe(6);
    const registryRow = await trendTable
      .locator('tbody tr', { hasText: en['diagnostic.action.registry'] })
      .locator('td')
      .allTextContents();
    const registryCompared = await compare.locator('[data-compare="registry"] td').allTextContents();
    expect(registryRow.map((v) => `${v} %`)).toEqual(registryCompared.slice(0, 2));
    await trend.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-trend-en.png'), fullPage: false });
    await expectAccessible(page, 'the diagnostic page with the comparison chart');

    // the round as XLSX: a real file that reads back with the page's overall score
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('diagnostic-export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^diagnostic-annual-diagnostic-member-.*\.xlsx$/);
    const saved = join(SCREENSHOTS, 'diagnostic-export.xlsx');
    await download.saveAs(saved);
    const scores = await readXlsx(new Uint8Array(readFileSync(saved)), { sheet: 'scores' });
    if (!scores.ok) throw new Error(scores.error.message);
    const overall = scores.dataset.columns.find((c) => c.name === 'score')!;
    const pageOverall = await page.locator('[data-score="overall"]').textContent();
    expect(`${overall.kind === 'numeric' ? overall.values[0] : NaN} %`).toBe(pageOverall);

    // the printable report: scores, answers and the plan, with a print button
    await page.getByTestId('diagnostic-report-link').click();
    await page.getByRole('heading', { level: 1, name: en['diagnostic.report.heading'] }).waitFor();
    const report = page.getByTestId('diagnostic-report');
    // the party's own scores, and no members' columns for a focal point
    const reportScores = report.locator('table.diagnostic-report-scores');
    expect(await reportScores.locator('thead th').count()).toBe(2);
    expect(await reportScores.locator('[data-report-score="overall"] td').allTextContents()).toEqual([
      pageOverall,
    ]);
    expect(await report.locator('[data-report-item="inc.sop"] td').nth(1).textContent()).toBe(
      en['diagnostic.status.partial'],
    );
    await report.getByRole('button', { name: en['diagnostic.report.print'] }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: en['diagnostic.report.print'] }).isVisible()).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-report-print.png'), fullPage: false });
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page, 'the printable diagnostic report');
    // On a 414 px phone the report (no scroll boxes, it is printed) does not scroll sideways.
    await page.setViewportSize({ width: 414, height: 860 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: en['diagnostic.title'] }).waitFor();

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr['diagnostic.title'] }).waitFor();
    await page.getByRole('table', { name: fr['diagnostic.compare'] }).waitFor();
    // the saved answer, after the report and back, in French
    expect(await page.locator('select[name="inc.sop"] option:checked').textContent()).toBe(
      fr['diagnostic.status.partial'],
    );
    // Steward's default item (the demo's question set is the default one), in French
    const sop = page.locator('[data-item="inc.sop"]');
    expect(await sop.locator('label > span').textContent()).toBe(
      'Une procédure opérationnelle standard précise qui est notifié d’un incident, comment et dans quels délais.',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-fr.png'), fullPage: false });
    await sop.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-items-fr.png'), fullPage: false });

    // Arabic, right to left: the chart's table and the report heading in Arabic
    await page.getByRole('combobox', { name: fr['header.language'], exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar['diagnostic.title'] }).waitFor();
    await page.getByRole('table', { name: ar['diagnostic.trend.byAction'] }).waitFor();
    expect(await sop.locator('label > span').textContent()).toBe(
      'يحدد إجراء تشغيل موحد مَن يُبلَّغ بالحادثة وكيف وبأي سرعة.',
    );
    await sop.locator('summary').click();
    await sop.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-items-ar.png'), fullPage: false });
    await page.getByTestId('diagnostic-trend-actions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-trend-ar.png'), fullPage: false });
    await expectAccessible(page, 'the diagnostic page in Arabic');
    await page.getByRole('combobox', { name: ar['header.language'], exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['diagnostic.title'] }).waitFor();
    await page.context().close();
  });
});
