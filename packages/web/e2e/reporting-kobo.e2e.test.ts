/**
 * Issue 10, KoboToolbox/ODK import in real Chromium against `steward serve` with the demo: FUDA's
 * focal point imports the XLSX export of test-data/kobo (a form of TRI's, so its partner answer
 * "tri" must be mapped to FUDA). The mapping step proposes field → column from common names; the
 * first import with the province and partner answers not yet mapped is refused with the export's
 * rows and fields shown (nothing imported); once the answers are mapped it imports all or nothing,
 * and the next export of the form is read with the remembered mapping. A workbook with a repeat
 * group is refused naming its sheet. Axe on each state; en + ar screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import {
  actForOrganisation,
  expectAccessible,
  expectWholeInView,
  launchBrowser,
  newPage,
  signIn,
} from './support';

const SHOTS = '/tmp/shots';
const WAIT = { timeout: 15_000 };
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const PERIOD = '2025-03';
const fixture = (name: string) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: readFileSync(new URL(`../../../test-data/kobo/${name}`, import.meta.url)),
});
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function readExport(page: Page, name: string): Promise<void> {
  await page.getByLabel(en['rep.kobo.file']).setInputFiles(fixture(name));
  await page.getByRole('button', { name: en['rep.kobo.read'] }).click();
}

const fieldSelect = (page: Page, field: string) =>
  page.getByTestId('kobo-fields').locator(`tr[data-field="${field}"] select`);
const answerControl = (page: Page, field: string, answer: string) =>
  page
    .getByTestId('kobo-choices')
    .locator(`fieldset[data-field="${field}"]`)
    .getByLabel(answer, { exact: true });

/**
 * Every field's chosen column is written out whole below its closed list (which may cut a long
 * name): the text holds the option's whole name, lies within the viewport and is not clipped by
 * itself or by a scrolling or clipping ancestor.
 */
async function expectChosenColumnsWhole(page: Page, prefix: string): Promise<number> {
  const rows = page.getByTestId('kobo-fields').locator('tbody tr[data-field]');
  let checked = 0;
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const select = row.locator('select');
    if ((await select.inputValue()) === '') continue;
    const name = (await select.locator('option:checked').textContent())!;
    const chosen = row.locator('.kobo-chosen');
    // The label, then the name (the interface may isolate it with bidi marks).
    const text = (await chosen.textContent())!;
    expect(text.startsWith(prefix), text).toBe(true);
    expect(text).toContain(name);
    await expectWholeInView(page, chosen, name);
    checked++;
  }
  return checked;
}

describe('KoboToolbox import in the web app', () => {
  it('maps the export once, shows the rows that fail, imports all or nothing and remembers the mapping', async () => {
    const page = await newPage(browser);
    const fuda = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'FUDA',
    )!;
    await signIn(page, baseUrl, fuda);
    await actForOrganisation(page, 'FUDA');
    await page.goto(`${baseUrl}/reporting/upload/5w/${PERIOD}`);
    await page.getByRole('link', { name: en['rep.kobo.link'] }).click();
    await page.getByRole('heading', { level: 2, name: en['rep.kobo.export'] }).waitFor();
    await expectAccessible(page, 'kobo import (en)');

    await readExport(page, 'protection-activities-2025-03.xlsx');
    const fields = page.getByTestId('kobo-fields');
    await fields.waitFor(WAIT);
    expect(await fields.getByRole('status').textContent()).toBe(
      `8 submissions in the export. ${en['rep.kobo.proposed']}`,
    );
    // Proposed from common names; Kobo's own columns are not offered.
    expect(await fieldSelect(page, 'location/district').inputValue()).toBe('#adm2+code');
    expect(await fieldSelect(page, 'participants/girls').inputValue()).toBe('#reached+f+children');
    expect(await fieldSelect(page, 'targets/target_men').inputValue()).toBe('#targeted+m+adults');
    expect(await fieldSelect(page, 'location/site_name').inputValue()).toBe('');
    expect(await fields.locator('tr[data-field="_uuid"]').count()).toBe(0);
    await fieldSelect(page, 'participants/total_participants').selectOption('#reached+total');
    // Choosing a column twice is flagged on the field and blocks the import.
    await fieldSelect(page, 'location/site_name').selectOption('#adm2+code');
    expect(await fields.locator('.field-error').first().textContent()).toContain('is chosen for two fields');
    expect(await page.getByRole('button', { name: en['rep.upload.send'] }).isDisabled()).toBe(true);
    await fieldSelect(page, 'location/site_name').selectOption('');

    // The activity answers: one proposed from its label, the others chosen.
    expect(await answerControl(page, 'activity_details/activity', 'protection_monitoring').inputValue()).toBe(
      'Protection monitoring',
    );
    await answerControl(page, 'activity_details/activity', 'pss').selectOption('Psychosocial support');
    await answerControl(page, 'activity_details/activity', 'awareness').selectOption('Protection awareness');
    await answerControl(page, 'activity_details/activity', 'civil_documentation').selectOption(
      'Legal assistance and documentation',
    );
    // Long column names are readable whole (issue 10), not only on hover.
    expect(
      await expectChosenColumnsWhole(page, en['rep.kobo.chosen'].replace('{label}', '')),
    ).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: `${SHOTS}/kobo-mapping-en.png`, fullPage: true });

    // Province and partner answers not mapped yet: refused, rows and fields shown, nothing imported.
    await page.getByRole('button', { name: en['rep.upload.send'] }).click();
    const problems = page.getByTestId('upload-problems');
    await problems.waitFor(WAIT);
    const first = await problems.locator('tbody tr').first().locator('td').allTextContents();
    expect(first[0]).toBe('2');
    expect(first[1]).toBe('partner (#org)');
    expect(first[2]).toBe('tri');
    const text = await problems.textContent();
    expect(text).toContain('location/province (#adm1+code)');
    expect(text).toContain('cabo_delgado');
    await expectAccessible(page, 'kobo import problems (en)');
    await page.screenshot({ path: `${SHOTS}/kobo-problems-en.png`, fullPage: true });
    const none = (await (
      await page.request.get(`${baseUrl}/api/reporting/frameworks/5w/reports?period=${PERIOD}`)
    ).json()) as unknown[];
    expect(none).toEqual([]);

    await answerControl(page, 'location/province', 'cabo_delgado').selectOption('MZ01');
    await answerControl(page, 'partner', 'tri').fill('FUDA');
    await page.getByRole('button', { name: en['rep.upload.send'] }).click();
    const done = page.getByTestId('upload-done');
    await done.waitFor(WAIT);
    expect(await done.textContent()).toContain('Imported: 7 rows, 36 figures');
    expect(await done.textContent()).toContain(
      '1 submission marked “Not approved” in KoboToolbox was left out.',
    );
    await expectAccessible(page, 'kobo import done (en)');

    // The next export of the form: read with the remembered mapping.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: en['rep.kobo.export'] }).waitFor();
    await readExport(page, 'protection-activities-2025-03.xlsx');
    await fields.waitFor(WAIT);
    expect(await fields.getByRole('status').textContent()).toContain(en['rep.kobo.remembered']);
    expect(await fieldSelect(page, 'participants/total_participants').inputValue()).toBe('#reached+total');
    expect(await answerControl(page, 'partner', 'tri').inputValue()).toBe('FUDA');
    expect(await answerControl(page, 'activity_details/activity', 'pss').inputValue()).toBe(
      'Psychosocial support',
    );
    // A chosen value is shown whole below its list (a long one is cut off in the closed list).
    const chosen = await page.getByTestId('kobo-choices').locator('.kobo-chosen').allTextContents();
    expect(chosen.some((c) => c.includes('Psychosocial support'))).toBe(true);
    expect(chosen.some((c) => c.includes('MZ01 — '))).toBe(true);

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir'), WAIT).toBe('rtl');
    await page.getByRole('heading', { level: 2, name: ar['rep.kobo.fields'] }).waitFor();
    // The template's columns in the user's language, the hashtag beside them.
    const district = await fieldSelect(page, 'location/district').locator('option:checked').textContent();
    expect(district).toContain(ar['rep.col.adm2']);
    expect(district).toContain('#adm2+code');
    // A closed list may cut the name off: the select's title holds it whole.
    expect(await fieldSelect(page, 'participants/girls').getAttribute('title')).toContain(
      ar['rep.measure.reached'],
    );
    expect(
      await expectChosenColumnsWhole(page, ar['rep.kobo.chosen'].replace('{label}', '')),
    ).toBeGreaterThanOrEqual(5);
    await expectAccessible(page, 'kobo mapping (ar)');
    await page.screenshot({ path: `${SHOTS}/kobo-mapping-ar.png`, fullPage: true });
    await page.context().close();
  });

  it('refuses a workbook with a repeat group, naming the sheet', async () => {
    const page = await newPage(browser);
    const rcsn = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    )!;
    await signIn(page, baseUrl, rcsn);
    await actForOrganisation(page, 'RCSN');
    await page.goto(`${baseUrl}/reporting/kobo/5w/${PERIOD}`);
    await page.getByRole('heading', { level: 2, name: en['rep.kobo.export'] }).waitFor();
    await readExport(page, 'protection-activities-repeat-2025-03.xlsx');
    const problems = page.getByTestId('upload-problems');
    await problems.waitFor(WAIT);
    const cells = await problems.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[1]).toBe('sessions');
    expect(cells[3]).toContain('The sheet sessions is a repeat group (joined by _parent_index)');
    expect(await page.getByTestId('kobo-fields').count()).toBe(0);
    await expectAccessible(page, 'kobo repeat group refused (en)');
    await page.screenshot({ path: `${SHOTS}/kobo-repeat-en.png`, fullPage: true });
    await page.context().close();
  });
});
