/**
 * Issue 10 "Done means" (reporting part) in real Chromium against `steward serve` with the demo:
 * TRI's focal point reports this month through the web form (live totals, last month's figures
 * beside, a back-end validation message on the cell, fixed, submitted); RCSN's focal point, who
 * has not reported last month, uploads an HXL file with one bad p-code (row and column shown,
 * nothing imported), fixes it, imports and submits; the cluster IMO approves TRI's report,
 * returns RCSN's with a comment and sees who reported. Axe on each view; en + ar screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { actForOrganisation, expectAccessible, launchBrowser, newPage, signIn } from './support';

const SHOTS = '/tmp/shots';
/** The server answers slowly on a busy machine: polls wait up to 15 s. */
const WAIT = { timeout: 15_000 };
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const month = new Date().toISOString().slice(0, 7);
const previous = (p: string) => {
  const [y, m] = p.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};
const lastMonth = previous(month);

async function openReporting(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: en['nav.label'] })
    .getByRole('link', { name: en['nav.reporting'] })
    .click();
  await page.getByRole('heading', { level: 1, name: en['rep.title'] }).waitFor();
  await page.getByTestId('my-reports').waitFor();
}

const monthRow = (page: Page, period: string) =>
  page.getByTestId('my-reports').locator(`tr[data-period="${period}"]`);

/**
 * At 1280 px the sex × age grid never widens the page: it scrolls in its own box, and scrolled to
 * its far end the area names (sticky at the start edge) and the column headings stay in view.
 */
async function expectGridFits(page: Page, grid: Locator): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  const box = grid.locator('.table-scroll');
  await box.evaluate((el) => {
    el.scrollLeft = document.documentElement.dir === 'rtl' ? -el.scrollWidth : el.scrollWidth;
  });
  const inView = await box.evaluate((el) => {
    const frame = el.getBoundingClientRect();
    const within = (e: Element | null) => {
      if (!e) return false;
      const r = e.getBoundingClientRect();
      return r.left >= frame.left - 1 && r.right <= frame.right + 1;
    };
    return {
      area: within(el.querySelector('tbody th[scope="row"]')),
      areaHeading: within(el.querySelector('thead th')),
    };
  });
  expect(inView).toEqual({ area: true, areaHeading: true });
  await page.screenshot({
    path: `${SHOTS}/reporting-grid-scrolled-${await page.evaluate(() => document.documentElement.lang)}.png`,
  });
}

describe('partner reporting', () => {
  it('a partner reports the month through the form: live totals, last month beside, a cell refused then fixed, submitted', async () => {
    const page = await newPage(browser);
    const tri = credentials.find((c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'TRI')!;
    await signIn(page, baseUrl, tri);
    await actForOrganisation(page, 'TRI');
    await openReporting(page);
    expect(await monthRow(page, lastMonth).textContent()).toContain(en['rep.state.submitted']);
    expect(await monthRow(page, month).textContent()).toContain(en['rep.state.missing']);
    await expectAccessible(page, 'reporting home (en)');

    await monthRow(page, month).getByRole('link', { name: en['rep.home.form'] }).click();
    const grid = page.locator('section[data-indicator="pm-people"]');
    await grid.waitFor();
    // Last month's areas are offered again, with last month's figures beside each cell.
    await expect.poll(() => page.locator('.prev').count(), WAIT).toBeGreaterThan(0);

    // The p-code picker: an admin-2 area within the chosen admin-1.
    await grid.getByLabel(en['rep.form.adm1']).selectOption({ index: 1 });
    const adm1 = await grid.getByLabel(en['rep.form.adm1']).inputValue();
    const adm2Options = await grid
      .getByLabel(en['rep.form.adm2'])
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(adm2Options.length).toBeGreaterThan(0);
    expect(adm2Options.every((v) => v.startsWith(adm1))).toBe(true);
    // An area TRI did not report last month (a fresh row).
    const used = await grid
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
    const adm2 = adm2Options.find((v) => !used.includes(v))!;
    await grid.getByLabel(en['rep.form.adm2']).selectOption(adm2);
    await grid.getByRole('button', { name: en['rep.form.addArea'] }).click();
    const row = grid.locator(`tr[data-row="${adm2}"]`);
    await row.waitFor();

    const figures: Record<string, string> = {
      '#reached+f+children': '3',
      '#reached+m+children': '4',
      '#reached+f+adults': '10',
      '#reached+m+adults': '12',
      '#targeted+f+children': '2',
      '#targeted+m+children': '5',
      '#targeted+f+adults': '10',
      '#targeted+m+adults': '15',
    };
    for (const [tag, value] of Object.entries(figures))
      await row.locator(`input[data-tag="${tag}"]`).fill(value);
    // Totals computed as the user types.
    expect(await row.locator('td[data-total="reached"] output').textContent()).toBe('29');
    expect(await row.locator('td[data-total="targeted"] output').textContent()).toBe('32');

    // The back end refuses reached above targeted: the message is on that cell; nothing saved.
    await page.getByRole('button', { name: en['rep.form.save'] }).click();
    await expect
      .poll(() => page.getByTestId('form-note').textContent(), WAIT)
      .toContain('1 problem: nothing was saved');
    const cell = row.locator('input[data-tag="#reached+f+children"]');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    expect(await row.textContent()).toContain('Reached (3) is above targeted (2)');
    expect(await page.getByTestId('report-state').textContent()).toBe(en['rep.state.missing']);
    await expectAccessible(page, 'reporting form with a refused cell (en)');
    await page.screenshot({ path: `${SHOTS}/reporting-form-en.png`, fullPage: true });
    await expectGridFits(page, grid);

    // Fixed, saved as a draft, then submitted.
    await row.locator('input[data-tag="#targeted+f+children"]').fill('3');
    await page.getByRole('button', { name: en['rep.form.save'] }).click();
    await expect.poll(() => page.getByTestId('form-note').textContent(), WAIT).toContain('Saved:');
    expect(await page.getByTestId('report-state').textContent()).toBe(en['rep.state.draft']);
    await page.getByRole('button', { name: en['rep.form.submit'] }).click();
    await expect
      .poll(() => page.getByTestId('report-state').textContent(), WAIT)
      .toBe(en['rep.state.submitted']);
    expect(await cell.getAttribute('readonly')).not.toBeNull();

    // In Arabic, right to left.
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir'), WAIT).toBe('rtl');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect
      .poll(() => page.getByTestId('report-state').textContent(), WAIT)
      .toBe(ar['rep.state.submitted']);
    await expectAccessible(page, 'reporting form (ar)');
    await page.screenshot({ path: `${SHOTS}/reporting-form-ar.png`, fullPage: true });
    await expectGridFits(page, grid);
    await page.context().close();
  });

  it('a partner uploads an HXL file with one bad p-code: row and column shown, nothing imported; fixed, imported, submitted', async () => {
    const page = await newPage(browser);
    const rcsn = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    )!;
    await signIn(page, baseUrl, rcsn);
    await openReporting(page);
    expect(await monthRow(page, lastMonth).textContent()).toContain(en['rep.state.missing']);
    // Last month's report is due on the 10th of this month: a reminder (due soon, or overdue).
    const reminder = page.getByTestId('reminders').locator(`li[data-period="${lastMonth}"]`);
    expect(await reminder.textContent()).toMatch(/is due (today|on .*left)|was due on .* late/);
    await page.screenshot({ path: `${SHOTS}/reporting-home-en.png`, fullPage: true });
    await monthRow(page, lastMonth).getByRole('link', { name: en['rep.home.upload'] }).click();
    await page.getByRole('heading', { level: 2, name: en['rep.upload.template'] }).waitFor();
    expect(await page.getByRole('link', { name: en['rep.upload.templateCsv'] }).getAttribute('href')).toBe(
      `/api/reporting/frameworks/5w/template?period=${lastMonth}&format=csv`,
    );

    const areas = (await (await page.request.get(`${baseUrl}/api/reporting/frameworks/5w/areas`)).json()) as {
      pcode: string;
      level: number;
      parentPcode: string | null;
    }[];
    const [a, b] = areas.filter((x) => x.level === 2);
    const line = (adm1: string, adm2: string, f: number[]) =>
      ['RCSN', 'doc-people', adm1, adm2, `${lastMonth}-20`, ...f.map(String)].join(',');
    const csv = (second: string) =>
      [
        'Organisation,Indicator,Admin 1,Admin 2,Date,Women/girls children,Women/girls adults,Men/boys children,Men/boys adults',
        '#org,#indicator+code,#adm1+code,#adm2+code,#date,#reached+f+children,#reached+f+adults,#reached+m+children,#reached+m+adults',
        line(a!.parentPcode!, a!.pcode, [4, 12, 3, 9]),
        line(b!.parentPcode!, second, [2, 7, 1, 6]),
      ].join('\n');
    const file = page.getByLabel(en['rep.upload.file']);
    await file.setInputFiles({
      name: 'rcsn-hxl.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv('MZ9999')),
    });
    await page.getByRole('button', { name: en['rep.upload.send'] }).click();
    const problems = page.getByTestId('upload-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Nothing was imported: 1 problem');
    const cells = await problems.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe('4');
    expect(cells[1]).toBe('Admin 2 (#adm2+code)');
    expect(cells[2]).toBe('MZ9999');
    expect(cells[3]).toContain('Not an admin-2 p-code of MOZ');
    await expectAccessible(page, 'reporting upload problems (en)');
    await page.screenshot({ path: `${SHOTS}/reporting-upload-en.png`, fullPage: true });
    // Nothing imported: the month is still not started.
    const before = (await (
      await page.request.get(`${baseUrl}/api/reporting/frameworks/5w/reports?period=${lastMonth}`)
    ).json()) as unknown[];
    expect(before).toEqual([]);

    await file.setInputFiles({
      name: 'rcsn-hxl.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv(b!.pcode)),
    });
    await page.getByRole('button', { name: en['rep.upload.send'] }).click();
    const done = page.getByTestId('upload-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('Imported: 2 rows, 8 figures');
    await done.getByRole('button', { name: en['rep.form.submit'] }).click();
    await expect.poll(() => done.textContent(), WAIT).toContain(en['rep.form.submitted']);

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir'), WAIT).toBe('rtl');
    await page.getByRole('heading', { level: 2, name: ar['rep.upload.template'] }).waitFor();
    await expectAccessible(page, 'reporting upload (ar)');
    await page.screenshot({ path: `${SHOTS}/reporting-upload-ar.png`, fullPage: true });
    await page.context().close();
  });

  it('the cluster IMO approves one report, returns another with a comment and sees who reported', async () => {
    const page = await newPage(browser);
    await signIn(
      page,
      baseUrl,
      credentials.find((c) => c.role === 'cluster-imo')!,
    );
    await openReporting(page);
    await page.getByRole('link', { name: en['rep.nav.review'] }).click();
    await page.getByRole('heading', { level: 1, name: en['rep.review.title'] }).waitFor();
    await page.getByLabel(en['rep.home.period']).selectOption(month);
    const list = page.getByTestId('review-list');
    await list.locator(`tr[data-organisation="TRI"][data-period="${month}"]`).waitFor();
    await list.getByRole('button', { name: 'Open the report of TRI' }).click();
    const review = page.getByTestId('report-review');
    await review.locator('table').first().waitFor();
    expect(await review.textContent()).toContain('Protection monitoring');
    expect(await review.getByTestId('review-state').textContent()).toBe(en['rep.state.submitted']);
    await expectAccessible(page, 'reporting review (en)');
    await review.getByRole('button', { name: en['rep.review.approve'] }).click();
    await expect
      .poll(() => review.getByTestId('review-state').textContent(), WAIT)
      .toBe(en['rep.state.approved']);
    await expect
      .poll(() => review.locator('.history').textContent(), WAIT)
      .toContain(en['rep.event.approved']);
    await page.screenshot({ path: `${SHOTS}/reporting-review-en.png`, fullPage: true });

    // RCSN's upload of last month: a return needs a comment.
    await page.getByLabel(en['rep.home.period']).selectOption(lastMonth);
    await list.locator(`tr[data-organisation="RCSN"][data-period="${lastMonth}"]`).waitFor();
    await list.getByRole('button', { name: 'Open the report of RCSN' }).click();
    await review.getByRole('button', { name: en['rep.review.return'] }).waitFor();
    await review.getByRole('button', { name: en['rep.review.return'] }).click();
    await review.getByText(en['rep.review.commentRequired']).waitFor();
    await review.getByLabel(en['rep.review.comment']).fill('Please add the adult men in Metuge.');
    await review.getByRole('button', { name: en['rep.review.return'] }).click();
    await expect
      .poll(() => review.getByTestId('review-state').textContent(), WAIT)
      .toBe(en['rep.state.returned']);

    await page.getByRole('link', { name: en['rep.nav.completeness'] }).click();
    const matrix = page.getByTestId('completeness');
    await matrix.waitFor();
    expect(
      await matrix.locator(`tr[data-organisation="RCSN"] td[data-period="${lastMonth}"]`).textContent(),
    ).toContain(en['rep.state.returned']);
    expect(
      await matrix.locator(`tr[data-organisation="TRI"] td[data-period="${month}"]`).textContent(),
    ).toContain(en['rep.state.approved']);
    expect(
      await matrix.locator(`tr[data-organisation="AMD"] td[data-period="${lastMonth}"]`).textContent(),
    ).toContain(en['rep.state.missing']);
    await expectAccessible(page, 'reporting completeness (en)');
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir'), WAIT).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: ar['rep.comp.title'] }).waitFor();
    await expectAccessible(page, 'reporting completeness (ar)');
    await page.screenshot({ path: `${SHOTS}/reporting-completeness-ar.png`, fullPage: true });
    await page.context().close();
  });
});
