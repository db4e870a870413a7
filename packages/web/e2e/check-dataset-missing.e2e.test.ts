/**
 * "Check a dataset" with missing-value codes, in Chromium: a file written by R (NA for missing) is
 * read, NA is proposed and ticked, the figures equal the core's with and without the code, and the
 * protected download has empty cells where the file had NA.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsvBytes } from '@steward/core/sdc/io/csv';
import type { MissingCodes } from '@steward/core/sdc/missing/index';
import { checkReport, type CheckReport } from '@steward/core/sdc/risk/index';
import { en } from '../src/i18n/en';
import { launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const KEYS = ['region', 'sex', 'age'];

/** 300 seeded records as R's write.csv writes them after suppression: some keys are NA. */
function makeCsv(): string {
  let seed = 4242;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const regions = ['"North"', '"South"', '"East"'];
  const rows = ['"region","sex","age","weight"'];
  for (let i = 0; i < 300; i++) {
    const sex = next(10) === 0 ? 'NA' : next(2) ? '"female"' : '"male"';
    const age = next(8) === 0 ? 'NA' : String(20 + 10 * next(5));
    rows.push([regions[next(3)], sex, age, (50 + next(40)).toFixed(1)].join(','));
  }
  return rows.join('\n') + '\n';
}

function coreReport(csv: string, missing?: MissingCodes): CheckReport {
  const read = readCsvBytes(new TextEncoder().encode(csv));
  if (!read.ok) throw new Error(read.error.message);
  const r = checkReport(read.dataset, { keys: KEYS, weight: 'weight', ...(missing ? { missing } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.report;
}

async function figure(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(id).getAttribute('data-value'));
}

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'steward-check-missing-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Check a dataset: missing-value codes', () => {
  it('proposes NA, measures with and without it as the core does, and downloads NA as empty', async () => {
    const csv = makeCsv();
    const file = join(dir, 'from-r.csv');
    writeFileSync(file, csv);
    const plain = coreReport(csv);
    const coded = coreReport(csv, { all: ['NA'] });
    expect(coded.violations['3']).toBeLessThan(plain.violations['3']!);

    const page = await newPage(browser);
    await signIn(page, baseUrl, credentials[0]!);
    await page.goto(`${baseUrl}/check-dataset`);
    await page.getByTestId('check-file-input').setInputFiles(file);
    await page.getByTestId('check-roles').waitFor();
    for (const [column, role] of Object.entries({
      region: 'key',
      sex: 'key',
      age: 'key',
      weight: 'weight',
    })) {
      await page.getByLabel(en['check.roles.roleFor'].replace('{column}', column)).selectOption(role);
    }

    // NA is proposed, ticked; unticked the figures are those of NA as a category.
    const na = page.getByTestId('check-missing').locator('[data-code="NA"] input');
    expect(await na.isChecked()).toBe(true);
    await na.uncheck();
    await page.getByRole('button', { name: en['check.roles.confirm'] }).click();
    await page.getByTestId('check-report').waitFor();
    expect(await figure(page, 'check-report-violations-3')).toBe(plain.violations['3']);
    expect(await page.getByTestId('check-report-missing-sex').count()).toBe(0);

    await na.check();
    await page.getByRole('button', { name: en['check.roles.confirm'] }).click();
    await page.getByTestId('check-report-missing-sex').waitFor();
    expect(await figure(page, 'check-report-violations-3')).toBe(coded.violations['3']);
    expect(await figure(page, 'check-report-sampleUniques')).toBe(coded.sampleUniques);
    expect(await figure(page, 'check-report-missing-sex')).toBe(coded.missing.perKey.sex);
    expect(await figure(page, 'check-report-missing-age')).toBe(coded.missing.perKey.age);
    expect(await figure(page, 'check-report-missingApplied')).toBe(coded.missing.applied!.total);

    // An empty code in the text field is refused before anything is measured.
    await page.getByLabel(en['check.missing.other']).fill('-99,,.');
    expect(await page.getByRole('button', { name: en['check.roles.confirm'] }).isDisabled()).toBe(true);
    await page.getByLabel(en['check.missing.other']).fill('');

    await page.getByLabel(en['check.treat.k']).selectOption('3');
    await page.getByRole('button', { name: en['check.treat.apply'] }).click();
    const link = page.getByTestId('check-download');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = join(dir, 'downloaded.csv');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(text).not.toMatch(/(^|,)NA(,|\n)/m);
    const after = coreReport(text);
    expect(after.violations['3']).toBe(0);
    expect(after.missing.perKey.sex).toBeGreaterThanOrEqual(coded.missing.perKey.sex!);
    await page.context().close();
  });
});
