/**
 * Issue 10 dashboards and publication in real Chromium against `steward serve` with the demo: the
 * cluster IMO's dashboards show the figures (charts with their tables, the province map drawn
 * from the boundary asset), small cells are shown as suppressed, the filters live in the URL;
 * publishing asks for the `publish` checklist first (issue 11 §5) and sends nothing until every
 * item is ticked; English and Arabic screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { ar } from '../src/i18n/ar';
import { expectAccessible, launchBrowser, newPage, signIn, tickRiskChecklist } from './support';

const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
const by = (role: string) => credentials.find((c) => c.role === role)!;

async function openDashboards(page: Page, search = ''): Promise<void> {
  await page.goto(`${baseUrl}/dashboards${search}`);
  await page.getByRole('heading', { level: 1, name: en['dashboards.title'] }).waitFor();
}

/** Waits until the figure's drawing is ready (ECharts loaded and drew its SVG). */
async function drawn(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"] .figure-canvas[data-state="ready"] svg`).first().waitFor();
}

describe('dashboards', () => {
  it('show the figures, the map and suppressed cells to the cluster IMO; filters are in the URL (en + ar)', async () => {
    const page = await newPage(browser);
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack));
    page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
    await signIn(page, baseUrl, by('cluster-imo'));
    await openDashboards(page);
    await drawn(page, 'chart-month-activity');
    await drawn(page, 'map-reached');
    await drawn(page, 'chart-reached-targeted');

    // The map drew the provinces (one path per province at least) and lists its figures.
    const mapPaths = await page.locator('[data-testid="map-reached"] .figure-canvas svg path').count();
    expect(mapPaths).toBeGreaterThanOrEqual(11);
    const mapTable = page.getByTestId('map-reached').getByRole('table');
    await expect.poll(() => mapTable.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('map-reached').textContent()).resolves.toContain(
      'OCHA, Common Operational Datasets',
    );

    // The month × activity table: figures, never 0 for a suppressed cell.
    const table = page.getByTestId('chart-month-activity').getByRole('table');
    const cells = await table
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => ({ status: td.getAttribute('data-status'), text: td.textContent ?? '' })),
      );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells.filter((c) => c.status?.startsWith('suppressed'))) expect(c.text).toMatch(/^x/);
    // Referral counts (cluster roles): from the referral stats API, suppressed like the rest.
    const referrals = page.getByTestId('referral-dashboard');
    await referrals.waitFor();
    await expect
      .poll(async () => {
        const text = (await referrals.textContent()) ?? '';
        if (text.includes(en['dashboards.referrals.empty'])) return 'empty';
        return (await page
          .locator('[data-testid="chart-referrals-month"] .figure-canvas[data-state="ready"] svg')
          .count()) > 0
          ? 'drawn'
          : 'waiting';
      })
      .not.toBe('waiting');
    expect(await referrals.getByRole('alert').count()).toBe(0);
    // Gaps: a map of districts with a target and nobody reached, or the no-gap message.
    const gaps = page.getByTestId('gaps-dashboard');
    await expect
      .poll(async () =>
        (await gaps.getByTestId('gaps-none').count()) > 0
          ? 'none'
          : (await page.locator('[data-testid="map-gaps"] .figure-canvas[data-state="ready"] svg').count()) >
              0
            ? 'map'
            : 'waiting',
      )
      .not.toBe('waiting');
    expect(await gaps.getByRole('alert').count()).toBe(0);
    // Gaps of the service directory: districts with no active service of a type (counts only).
    const dirGaps = page.getByTestId('directory-gaps');
    await drawn(page, 'map-directory-gaps');
    await dirGaps.getByTestId('directory-gaps-type').selectOption('legal');
    await expect
      .poll(async () => (await dirGaps.getByTestId('directory-gaps-count').textContent()) ?? '')
      .toMatch(/Districts without a “Legal aid” service: \d+ of 159\./);
    await drawn(page, 'map-directory-gaps');
    const dirRows = dirGaps.locator('table tbody tr');
    await expect.poll(() => dirRows.count()).toBe(159);
    expect(await dirGaps.getByTestId('directory-gaps-list').locator('li').count()).toBeGreaterThan(100);
    expect(await dirGaps.getByRole('alert').count()).toBe(0);
    await dirGaps.screenshot({ path: `${SHOTS}/dashboards-directory-gaps-en.png` });
    await page.screenshot({ path: `${SHOTS}/dashboards-en.png`, fullPage: true });
    await expectAccessible(page, 'dashboards');

    // A province filter goes to the URL and the map switches to districts.
    await page.getByTestId('filter-adm1').selectOption('MZ01');
    await expect.poll(() => new URL(page.url()).searchParams.get('adm1')).toBe('MZ01');
    await expect(page.getByTestId('map-reached').textContent()).resolves.toContain(
      en['dashboards.coverage.mapAdm2'],
    );
    await drawn(page, 'map-reached');
    await page.reload();
    await expect.poll(() => page.getByTestId('filter-adm1').inputValue()).toBe('MZ01');
    await page.screenshot({ path: `${SHOTS}/dashboards-adm2-en.png`, fullPage: true });

    // Partner and activity filters: applied by the API (same suppression), kept in the URL.
    await page.getByTestId('filter-adm1').selectOption('');
    await page.getByTestId('filter-activity').selectOption('Protection monitoring');
    await expect.poll(() => new URL(page.url()).searchParams.get('activity')).toBe('Protection monitoring');
    await drawn(page, 'chart-month-activity');
    const activityHeaders = page.getByTestId('chart-month-activity').getByRole('table').locator('thead th');
    await expect
      .poll(async () => (await activityHeaders.allTextContents()).slice(1))
      .toEqual(['Protection monitoring']);
    const partner = page.getByTestId('filter-partner').locator('option', { hasText: 'TRI —' });
    await partner.waitFor({ state: 'attached' });
    const partnerId = (await partner.getAttribute('value'))!;
    await page.getByTestId('filter-partner').selectOption(partnerId);
    await expect.poll(() => new URL(page.url()).searchParams.get('partner')).toBe(partnerId);
    await drawn(page, 'chart-month-activity');
    await drawn(page, 'map-reached');
    await page.reload();
    await expect.poll(() => page.getByTestId('filter-partner').inputValue()).toBe(partnerId);
    await expect.poll(() => page.getByTestId('filter-activity').inputValue()).toBe('Protection monitoring');
    await drawn(page, 'chart-month-activity');
    const filtered = await page
      .getByTestId('chart-month-activity')
      .getByRole('table')
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-status'), td.textContent ?? '']));
    expect(filtered.length).toBeGreaterThan(0);
    for (const [status, text] of filtered) if (status?.startsWith('suppressed')) expect(text).toMatch(/^x/);
    await page.screenshot({ path: `${SHOTS}/dashboards-filters-en.png`, fullPage: true });
    await expectAccessible(page, 'dashboards with partner and activity filters');

    // Arabic: right to left, translated.
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar['dashboards.title'] }).waitFor();
    await drawn(page, 'chart-month-activity');
    await drawn(page, 'map-reached');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('heading', { name: ar['dashboards.directoryGaps.title'] }).waitFor();
    await drawn(page, 'map-directory-gaps');
    await page
      .getByTestId('directory-gaps')
      .screenshot({ path: `${SHOTS}/dashboards-directory-gaps-ar.png` });
    await page.screenshot({ path: `${SHOTS}/dashboards-ar.png`, fullPage: true });
    await page.context().close();
  }, 180_000);
});

describe('publication', () => {
  it('publishing to the public suppresses small cells; the public link in a fresh browser serves only the snapshot', async () => {
    const page = await newPage(browser);
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    await signIn(page, baseUrl, by('cluster-imo'));
    await page.goto(`${baseUrl}/publications`);
    await page.getByRole('heading', { level: 1, name: en['publications.title'] }).waitFor();
    await page.getByLabel(en['publications.publish.name']).fill('People reached by district and sex');
    await page.getByTestId('publish-by').selectOption('adm2,sex,age');
    await page.getByTestId('publish-indicator').selectOption('pm-people');
    // One approved month: the demo's small figures are not summed away.
    const from = await page.getByLabel(en['dashboards.from']).inputValue();
    await page.getByLabel(en['dashboards.to']).fill(from);
    await page.getByTestId('publish-audience').selectOption('public');
    // The checklist before publishing: the button is offered, but nothing is sent until every
    // item is ticked; the refusal says so at the checklist, with its guidance link.
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/publications') posts += 1;
    });
    const checklist = page.getByTestId('risk-checklist-publish');
    await checklist.waitFor();
    expect(await checklist.locator('legend').textContent()).toBe(en['guidance.checklist.publish.title']);
    const boxes = await checklist.getByRole('checkbox').all();
    expect(boxes.length).toBe(4);
    for (const [i, box] of boxes.slice(0, 3).entries()) {
      expect(await box.isChecked()).toBe(false);
      await box.check();
      await checklist
        .getByText(en[`guidance.checklist.publish.${i + 1}` as 'guidance.checklist.publish.1'])
        .waitFor();
    }
    const publish = page.getByRole('button', { name: en['publications.publish.submit'] });
    expect(await publish.isEnabled()).toBe(true);
    await publish.click();
    await checklist.getByText(en['guidance.checklist.incomplete']).waitFor();
    const guidance = checklist.locator('details[data-guidance="publication.threshold"]');
    await guidance.locator('summary').click();
    expect(await guidance.getByRole('link').getAttribute('href')).toMatch(/^https:\/\//);
    expect(posts).toBe(0);
    expect(await page.getByTestId('published').count()).toBe(0);
    await expectAccessible(page, 'publish checklist refused (en)');
    await checklist.screenshot({ path: `${SHOTS}/publish-checklist-en.png` });
    await boxes[3]!.check();
    expect(await checklist.getByText(en['guidance.checklist.incomplete']).count()).toBe(0);
    await publish.click();
    await page.getByTestId('published').waitFor();
    expect(posts).toBe(1);
    // The next publication starts with the checklist unticked.
    for (const box of await checklist.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(false);

    // The ISP decision and the disclosure checks are shown; small cells are suppressed.
    const checks = (await page.getByTestId('publication-checks').textContent()) ?? '';
    expect(checks).toMatch(/freq\(\d\)/);
    const table = page.getByTestId('published-chart').getByRole('table');
    const statuses = await table
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-status'), td.textContent ?? '']));
    const suppressed = statuses.filter(([s]) => s?.startsWith('suppressed'));
    expect(suppressed.length).toBeGreaterThan(0);
    for (const [, text] of suppressed) expect(text).toMatch(/^x/);
    await expect(page.getByTestId('published-chart-suppressed').textContent()).resolves.toContain('x');
    await page.screenshot({ path: `${SHOTS}/publications-en.png`, fullPage: true });
    await expectAccessible(page, 'publications after publishing');
    const link = (await page.getByTestId('public-link').getAttribute('href'))!;
    expect(link).toMatch(/\/public\/snapshot#[A-Za-z0-9_-]{20,}/);

    // A fresh browser context (no session): the snapshot, and nothing else.
    const stranger = await browser.newContext({ locale: 'en-GB' });
    const anon = await stranger.newPage();
    await anon.goto(link);
    await anon.getByRole('heading', { level: 1, name: 'People reached by district and sex' }).waitFor();
    const anonCells = await anon
      .getByTestId('public-chart')
      .getByRole('table')
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-status'), td.textContent ?? '']));
    expect(anonCells.filter(([s]) => s?.startsWith('suppressed')).length).toBe(suppressed.length);
    // Districts by their gazetteer name, the p-code second.
    const districts = await anon
      .getByTestId('public-chart')
      .getByRole('table')
      .locator('tbody th')
      .allTextContents();
    expect(districts.length).toBeGreaterThan(0);
    for (const d of districts) expect(d).toMatch(/^\S.* \(MZ\d{4}\)$/);
    const token = link.split('#')[1]!;
    const statusOf = (path: string) => anon.evaluate(async (p) => (await fetch(p)).status, path);
    expect(await statusOf(`/api/public/publications/${token}`)).toBe(200);
    const csv = await anon.evaluate(
      async (p) => (await fetch(p)).text(),
      `/api/public/publications/${token}/export?format=hxl`,
    );
    expect(csv).toContain('#adm2+code,#adm2+name');
    expect(csv).toMatch(/,x,suppressed-primary,/);
    for (const path of ['/api/publications', '/api/reporting/frameworks', '/api/incidents'])
      expect([401, 403]).toContain(await statusOf(path));
    expect(await statusOf('/api/publications')).toBe(401);
    await anon.screenshot({ path: `${SHOTS}/public-snapshot-en.png`, fullPage: true });
    await expectAccessible(anon, 'public snapshot');
    await anon.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await anon.getByText(ar['publications.public.help']).waitFor();
    expect(await anon.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await anon.screenshot({ path: `${SHOTS}/public-snapshot-ar.png`, fullPage: true });

    // Unpublishing is immediate: the link serves nothing any more.
    await page
      .getByTestId('publication-row')
      .first()
      .getByRole('button', { name: en['publications.unpublish'] })
      .click();
    await expect
      .poll(() => page.getByTestId('publication-status').first().textContent())
      .toBe(en['publications.status.unpublished']);
    expect(await statusOf(`/api/public/publications/${token}`)).toBe(404);
    await stranger.close();
    await page.context().close();
  });
});

describe('publication to a named organisation', () => {
  it('a dashboard (chart and map) published to one partner is listed for that partner only', async () => {
    const page = await newPage(browser);
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    await signIn(page, baseUrl, by('cluster-imo'));
    await page.goto(`${baseUrl}/publications`);
    await page.getByRole('heading', { level: 1, name: en['publications.title'] }).waitFor();
    const title = 'Province dashboard for one partner';
    await page.getByLabel(en['publications.publish.name']).fill(title);
    await page.getByTestId('publish-kind').selectOption('dashboard');
    await page.getByTestId('publish-by').selectOption('adm1,sex');
    await page.getByTestId('publish-audience').selectOption('organisation');
    const receiver = by('partner-im-officer').organisationAcronym;
    const option = page.getByTestId('publish-organisation').locator('option', { hasText: `${receiver} —` });
    await option.waitFor({ state: 'attached' });
    await page.getByTestId('publish-organisation').selectOption((await option.getAttribute('value'))!);
    await tickRiskChecklist(page.locator('main'), 'publish');
    await page.getByRole('button', { name: en['publications.publish.submit'] }).click();
    await page.getByTestId('published').waitFor();
    // A dashboard: the chart and the province map; no public link for a named audience.
    await drawn(page, 'published-map');
    expect(await page.getByTestId('public-link').count()).toBe(0);
    const row = page.getByTestId('publication-row').filter({ hasText: title });
    await expect(row.getByTestId('publication-audience').textContent()).resolves.toContain(receiver);
    await page.screenshot({ path: `${SHOTS}/publications-organisation-en.png`, fullPage: true });
    await expectAccessible(page, 'publications, dashboard to one organisation');
    await page.context().close();

    // The receiving partner reads it (no publish form); another partner does not see it.
    const partner = await newPage(browser);
    await signIn(partner, baseUrl, by('partner-im-officer'));
    await partner.goto(`${baseUrl}/publications`);
    await partner.getByText(en['publications.readOnly']).waitFor();
    await partner.getByTestId('publication-row').filter({ hasText: title }).waitFor();
    expect(await partner.getByRole('button', { name: en['publications.publish.submit'] }).count()).toBe(0);
    await partner.context().close();
    const other = await newPage(browser);
    await signIn(other, baseUrl, by('caseworker'));
    await other.goto(`${baseUrl}/publications`);
    await other.getByText(en['publications.readOnly']).waitFor();
    await expect
      .poll(() => other.locator('main').textContent())
      .toMatch(new RegExp(`${en['publications.list.empty']}|${en['publications.col.title']}`));
    expect(await other.getByTestId('publication-row').filter({ hasText: title }).count()).toBe(0);
    await other.context().close();
  });
});
