/**
 * "Check a dataset" in Chromium: sign in, open the page, upload a CSV through the file input,
 * confirm the roles, compare every figure with the core's own result for the same file, protect
 * it, download the treated file, and prove that no request carried the file's content.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsvBytes } from '@steward/core/sdc/io/csv';
import { checkReport, type CheckReport } from '@steward/core/sdc/risk/index';
import { en } from '../src/i18n/en';
import { launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const MARKER = 'ZQX-STEWARD-PRIVATE-7731';
const KEYS = ['region', 'sex', 'age', 'hh_size'];

/** A seeded synthetic survey: 400 people, a distinctive marker in every name. */
function makeCsv(): string {
  let seed = 20261123;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const regions = ['North', 'South', 'East', 'West'];
  const rows = ['respondent_name,region,sex,age,hh_size,weight,income'];
  for (let i = 0; i < 400; i++) {
    rows.push(
      [
        `${MARKER} Person${i}`,
        regions[next(4)],
        next(2) ? 'female' : 'male',
        18 + next(50),
        1 + next(8),
        (80 + next(60)).toFixed(1),
        100 * next(90),
      ].join(','),
    );
  }
  return rows.join('\n') + '\n';
}

function coreReport(bytes: Uint8Array, keys: string[], weight?: string): CheckReport {
  const read = readCsvBytes(bytes);
  if (!read.ok) throw new Error(read.error.message);
  const r = checkReport(read.dataset, { keys, ...(weight ? { weight } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.report;
}

async function figure(page: Page, id: string): Promise<number> {
  const value = await page.getByTestId(id).getAttribute('data-value');
  return Number(value);
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'steward-check-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Check a dataset', () => {
  it('measures, protects and downloads in the browser; the file never leaves it', async () => {
    const csv = makeCsv();
    const file = join(dir, 'survey.csv');
    writeFileSync(file, csv);
    const expected = coreReport(new TextEncoder().encode(csv), KEYS, 'weight');

    const page = await newPage(browser);
    const leaks: string[] = [];
    const requests: string[] = [];
    page.on('request', (request) => {
      requests.push(`${request.method()} ${request.url()}`);
      const body = request.postDataBuffer();
      if (body && (body.includes(MARKER) || body.includes('Person17,'))) leaks.push(request.url());
      if (request.url().includes(MARKER)) leaks.push(request.url());
    });

    const who = credentials.find((c) => c.role === 'partner-im-officer') ?? credentials[0]!;
    await signIn(page, baseUrl, who);
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.checkDataset'] })
      .click();
    await page.waitForURL(/\/check-dataset$/);
    await page.getByRole('heading', { level: 1, name: en['check.heading'] }).waitFor();

    await page.getByTestId('check-file-input').setInputFiles(file);
    await page.getByTestId('check-roles').waitFor();
    expect(await page.getByTestId('check-file-summary').textContent()).toContain('400');

    // Detection flags the name column as a direct identifier; the user confirms the roles.
    const nameRole = page.getByLabel(en['check.roles.roleFor'].replace('{column}', 'respondent_name'));
    expect(await nameRole.inputValue()).toBe('direct-identifier');
    const roles: Record<string, string> = {
      region: 'key',
      sex: 'key',
      age: 'key',
      hh_size: 'key',
      weight: 'weight',
      income: 'other',
    };
    for (const [column, role] of Object.entries(roles)) {
      await page.getByLabel(en['check.roles.roleFor'].replace('{column}', column)).selectOption(role);
    }
    await page.getByRole('button', { name: en['check.roles.confirm'] }).click();
    await page.getByTestId('check-report').waitFor();

    // The browser's figures are the core's figures for the same file.
    expect(await figure(page, 'check-report-records')).toBe(400);
    expect(await figure(page, 'check-report-classes')).toBe(expected.classes);
    expect(await figure(page, 'check-report-sampleUniques')).toBe(expected.sampleUniques);
    for (const k of ['2', '3', '5']) {
      expect(await figure(page, `check-report-violations-${k}`)).toBe(expected.violations[k]);
      expect(await figure(page, `check-report-weightedViolations-${k}`)).toBe(
        expected.weightedViolations![k],
      );
    }
    expect(await figure(page, 'check-report-globalRisk')).toBeCloseTo(expected.globalRisk, 12);
    expect(await figure(page, 'check-report-expectedReidentifications')).toBeCloseTo(
      expected.expectedReidentifications,
      9,
    );
    expect(await figure(page, 'check-report-highRiskRecords')).toBe(expected.highRiskRecords);
    expect(expected.violations['3']).toBeGreaterThan(0);
    expect(
      await page.getByTestId('check-report-findings').locator('[data-column="respondent_name"]').count(),
    ).toBe(1);

    // Protect to k = 3 (default), removing the direct identifier, and download.
    await page.getByLabel(en['check.treat.k']).selectOption('3');
    await page.getByRole('button', { name: en['check.treat.apply'] }).click();
    const link = page.getByTestId('check-download');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('survey-protected.csv');
    const saved = join(dir, 'downloaded.csv');
    await download.saveAs(saved);
    const treated = readFileSync(saved);
    const text = treated.toString('utf8');
    expect(text.split('\n')[0]).toBe('region,sex,age,hh_size,weight,income');
    expect(text).not.toContain(MARKER);
    const after = coreReport(new Uint8Array(treated), KEYS, 'weight');
    expect(after.records).toBe(400);
    expect(after.violations['3']).toBe(0);
    expect(await figure(page, 'check-after-violations-3')).toBe(0);
    expect(await figure(page, 'check-after-globalRisk')).toBeCloseTo(after.globalRisk, 12);
    const suppressions = await figure(page, 'check-suppressions');
    expect(suppressions).toBeGreaterThan(0);
    // The suppressions are exactly the key values that became empty.
    const original = readCsvBytes(new TextEncoder().encode(csv));
    const back = readCsvBytes(new Uint8Array(treated));
    if (!original.ok || !back.ok) throw new Error('unreadable');
    let blanked = 0;
    for (const key of KEYS) {
      const before = original.dataset.columns.find((c) => c.name === key)!;
      const now = back.dataset.columns.find((c) => c.name === key)!;
      const missing = (c: typeof now, i: number) =>
        c.kind === 'numeric' ? Number.isNaN(c.values[i]!) : c.codes[i]! < 0;
      for (let i = 0; i < 400; i++) if (missing(now, i) && !missing(before, i)) blanked++;
    }
    expect(blanked).toBe(suppressions);

    // Nothing sent the data: no request body (or URL) held the file's content.
    expect(requests.length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
    await page.context().close();
  });

  it('explains a ragged file with its line numbers, in the page language', async () => {
    const file = join(dir, 'ragged.csv');
    writeFileSync(file, 'region,sex\nNorth,female\nSouth\nEast,male\n');
    const page = await newPage(browser);
    await signIn(page, baseUrl, credentials[0]!);
    await page.goto(`${baseUrl}/check-dataset`);
    await page.getByTestId('check-file-input').setInputFiles(file);
    const alert = page.getByTestId('check-error');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(en['check.error.ragged-rows'].replace('{lines}', '3'));
    await page.context().close();
  });
});
