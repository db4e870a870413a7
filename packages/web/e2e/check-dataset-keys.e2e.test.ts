/**
 * "Check a dataset" key proposals in Chromium, on the reference file free1.csv (test-data/sdc):
 * only confident keys are proposed, at most 8; "clear all keys" and "keep only the proposed keys"
 * work; and a report where every record is unique (100 % average risk) explains why no record
 * counts as high-risk — in English and in French.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const FREE1 = fileURLToPath(new URL('../../../test-data/sdc/free1.csv', import.meta.url));
const PROPOSED = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG'];

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'steward-check-keys-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openCheckPage(page: Page, dict: typeof en | typeof fr): Promise<void> {
  await page
    .getByRole('navigation', { name: dict['nav.label'] })
    .getByRole('link', { name: dict['nav.checkDataset'] })
    .click();
  await page.waitForURL(/\/check-dataset$/);
  await page.getByRole('heading', { level: 1, name: dict['check.heading'] }).waitFor();
}

/** The columns whose role select says "key", read from the page. */
async function keyColumns(page: Page): Promise<string[]> {
  return page
    .getByTestId('check-roles')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows
        .filter((r) => (r.querySelector('select') as HTMLSelectElement | null)?.value === 'key')
        .map((r) => r.getAttribute('data-column') ?? ''),
    );
}

const before = (template: string, placeholder: string): string => template.split(placeholder)[0]!;

describe('Check a dataset: key proposals', () => {
  it('free1: 8 confident keys proposed, the other guesses listed; clear all / keep proposed', async () => {
    const page = await newPage(browser);
    const who = credentials.find((c) => c.role === 'partner-im-officer') ?? credentials[0]!;
    await signIn(page, baseUrl, who);
    await openCheckPage(page, en);
    await page.getByTestId('check-file-input').setInputFiles(FREE1);
    await page.getByTestId('check-roles').waitFor();

    expect(await keyColumns(page)).toEqual(PROPOSED);
    const proposal = (await page.getByTestId('check-key-proposal').textContent()) ?? '';
    expect(proposal).toContain('8 key variables proposed');
    expect(proposal).toContain('at most 8');
    // The 30 % guesses and the confident keys beyond the cap are named, left as "Other".
    for (const c of ['PRIOCCU', 'RECBEN', 'EDUC1', 'TENURE']) expect(proposal).toContain(c);
    const roleOf = (c: string) => page.getByLabel(en['check.roles.roleFor'].replace('{column}', c));
    expect(await roleOf('PRIOCCU').inputValue()).toBe('other');

    // Clear all: no key is left and the risk cannot be measured until one is chosen.
    await page.getByRole('button', { name: en['check.keys.clear'] }).click();
    expect(await keyColumns(page)).toEqual([]);
    expect(await page.getByRole('button', { name: en['check.roles.confirm'] }).isDisabled()).toBe(true);
    await page.getByText(en['check.roles.noKeys']).waitFor();

    // The user adds a key of their own and marks INCOME sensitive; "keep proposed" restores the 8 keys
    // and drops the extra key, and leaves the non-key choice alone.
    await roleOf('EDUC1').selectOption('key');
    await roleOf('INCOME').selectOption('sensitive');
    expect(await keyColumns(page)).toEqual(['EDUC1']);
    await page.getByRole('button', { name: en['check.keys.keepProposed'] }).click();
    expect(await keyColumns(page)).toEqual(PROPOSED);
    expect(await roleOf('EDUC1').inputValue()).toBe('other');
    expect(await roleOf('INCOME').inputValue()).toBe('sensitive');
    expect(await roleOf('WEIGHT').inputValue()).toBe('weight');
    await page.context().close();
  });

  it('a report at 100 % average risk explains why "high-risk records" is 0 (English, French)', async () => {
    const rows = ['village,age'];
    for (let i = 0; i < 60; i++) rows.push(`V${i},${20 + i}`);
    const file = join(dir, 'all-unique.csv');
    writeFileSync(file, rows.join('\n') + '\n');

    const page = await newPage(browser);
    const who = credentials.find((c) => c.role === 'partner-im-officer') ?? credentials[0]!;
    await signIn(page, baseUrl, who);
    await openCheckPage(page, en);
    await page.getByTestId('check-file-input').setInputFiles(file);
    await page.getByTestId('check-roles').waitFor();
    for (const c of ['village', 'age']) {
      await page.getByLabel(en['check.roles.roleFor'].replace('{column}', c)).selectOption('key');
    }
    await page.getByRole('button', { name: en['check.roles.confirm'] }).click();
    await page.getByTestId('check-report').waitFor();
    expect(Number(await page.getByTestId('check-report-globalRisk').getAttribute('data-value'))).toBe(1);
    expect(await page.getByTestId('check-report-highRiskRecords').getAttribute('data-value')).toBe('0');
    const note = page.getByTestId('check-report-highRiskThreshold');
    const text = (await note.textContent()) ?? '';
    expect(text).toContain(before(en['check.report.highRiskThreshold'], '{threshold}'));
    expect(text).toContain('100%: the median risk');
    expect(text).toContain(before(en['check.report.highRiskNone'], '{risk}'));

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr['check.heading'] }).waitFor();
    const frText = (await note.textContent()) ?? '';
    expect(frText).toContain(before(fr['check.report.highRiskThreshold'], '{threshold}'));
    expect(frText).toContain(before(fr['check.report.highRiskNone'], '{risk}'));
    expect(frText).toMatch(/100\s%/u);
    await page.context().close();
  });
});
