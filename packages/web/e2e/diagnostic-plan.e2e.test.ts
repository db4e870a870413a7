/**
 * Issue 11 §1 on the round page, in real Chromium against `steward serve` with the demo: the
 * cluster coordinator sees the cluster's action plan, changes an item's status and plans an action
 * for a gap; sees members' scores exactly as the members route (and so the export) gives them —
 * the aggregate of at least 3 members, by name only AMD, which consented; then the page in Arabic,
 * whose XLSX download is in Arabic. A focal point sees its own organisation's plan of the previous
 * round with the overdue mark, and no members' scores.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readXlsx } from '@steward/core/sdc/io/index';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { ar } from '../src/i18n/ar';
import { actForOrganisation, expectAccessible, launchBrowser, me, newPage, signIn } from './support';

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

async function openDiagnostic(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: en['nav.label'] })
    .getByRole('link', { name: en['nav.diagnostic'] })
    .click();
  await page.getByRole('heading', { level: 1, name: en['diagnostic.title'] }).waitFor();
}

/**
 * The page's answer for a round (GET …/rounds/{id}/response) that the next action asks for: wait
 * for it, started before the action, so that what is checked next is that round's (not the round
 * the page opened on, whose answer may come later).
 */
function roundAnswer(page: Page, roundId: string) {
  return page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname === `/api/diagnostic/rounds/${roundId}/response` &&
      r.request().method() === 'GET',
  );
}

interface MembersView {
  responded: number;
  suppressed: boolean;
  aggregate: { overall: number | null; byAction: Record<string, number | null> } | null;
  named: { acronym: string; score: { overall: number | null } }[];
}

describe('diagnostic: action plan and members on the round page', () => {
  it("the coordinator keeps the cluster's plan and sees members' scores as the rule allows, in English and Arabic", async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('cluster-coordinator'));
    await openDiagnostic(page);

    // The cluster's plan of the current round: the demo's open item, its status changeable.
    const plan = page.getByTestId('diagnostic-plan');
    const learning = plan.locator('[data-plan-item="inc.learning"]');
    await learning.waitFor();
    const title = 'Share an anonymised learning note after each incident';
    const status = learning.getByRole('combobox', {
      name: en['diagnostic.plan.statusOf'].replace('{title}', title),
    });
    const saved = page.waitForResponse(
      (r) => r.url().includes('/api/diagnostic/actions/') && r.request().method() === 'PATCH',
    );
    await status.selectOption('in_progress');
    expect((await saved).status()).toBe(200);
    await expect
      .poll(() => page.getByTestId('diagnostic-plan-message').textContent())
      .toBe(en['diagnostic.plan.statusSaved'].replace('{title}', title));

    // Plan an action for a gap.
    const gap = plan.getByLabel(en['diagnostic.plan.gap'], { exact: true });
    const firstGap = await gap.locator('option').nth(1).getAttribute('value');
    expect(firstGap).toBeTruthy();
    await gap.selectOption(firstGap!);
    // The statement is offered as the action's wording; the owner is a role.
    expect(await plan.getByLabel(en['diagnostic.report.col.action'], { exact: true }).inputValue()).not.toBe(
      '',
    );
    await plan.getByLabel(en['diagnostic.report.col.owner'], { exact: true }).fill('Cluster IMO');
    await plan.getByLabel(en['diagnostic.report.col.due'], { exact: true }).fill('2027-03-31');
    await plan.getByRole('button', { name: en['diagnostic.plan.submit'] }).click();
    await plan.locator(`[data-plan-item="${firstGap}"]`).waitFor();
    expect(await page.getByTestId('diagnostic-plan-message').textContent()).toBe(en['diagnostic.plan.added']);
    expect(await plan.locator(`[data-plan-item="${firstGap}"] td`).nth(2).textContent()).toBe('Cluster IMO');

    // Members' scores: what the members route gives, no more.
    const members = page.getByTestId('diagnostic-members');
    const table = members.getByRole('table', { name: en['diagnostic.members.caption'] });
    await table.waitFor();
    const roundId = await page.getByRole('combobox', { name: en['diagnostic.round'] }).inputValue();
    const api = (await (
      await page.context().request.get(`${baseUrl}/api/diagnostic/rounds/${roundId}/members`)
    ).json()) as MembersView;
    expect(api.suppressed).toBe(false);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(2)).toEqual(api.named.map((n) => n.acronym));
    expect(headers).toContain('AMD');
    for (const hidden of ['FUDA', 'BCSA', 'RCSN']) expect(headers).not.toContain(hidden);
    expect(headers[1]).toBe(en['diagnostic.report.allMembers'].replace('{responded}', String(api.responded)));
    const overall = await table.locator('[data-members-score="overall"] td').allTextContents();
    expect(overall[0]).toBe(`${api.aggregate!.overall} %`);
    expect(overall[1]).toBe(`${api.named[0]!.score.overall} %`);
    const isp = await table.locator('[data-members-score="isp"] td').first().textContent();
    expect(isp).toBe(`${api.aggregate!.byAction.isp} %`);

    await plan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-plan-en.png'), fullPage: false });
    await members.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-members-en.png'), fullPage: false });
    await expectAccessible(page, 'the diagnostic page with the action plan and members');

    // Arabic, right to left: the same sections, and the workbook downloaded from the page in Arabic.
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: ar['diagnostic.title'] }).waitFor();
    await members.getByRole('table', { name: ar['diagnostic.members.caption'] }).waitFor();
    await plan.getByRole('heading', { name: ar['diagnostic.report.plan'] }).waitFor();
    // (the title inside the Arabic label is isolated with FSI…PDI, as every text parameter is)
    expect(await learning.locator('select option:checked').textContent()).toBe(
      ar['diagnostic.plan.status.in_progress'],
    );
    expect(await learning.locator('select').getAttribute('aria-label')).toBe(
      ar['diagnostic.plan.statusOf'].replace('{title}', `\u2068${title}\u2069`),
    );
    await plan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-plan-ar.png'), fullPage: false });
    await members.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-members-ar.png'), fullPage: false });
    await expectAccessible(page, 'the diagnostic page with the action plan and members in Arabic');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('diagnostic-export-xlsx').click(),
    ]);
    const file = join(SCREENSHOTS, 'diagnostic-export-ar.xlsx');
    await download.saveAs(file);
    const read = await readXlsx(new Uint8Array(readFileSync(file)), { sheet: 'خطة العمل' });
    if (!read.ok) throw new Error(read.error.message);
    const statusCodes = read.dataset.columns.find((c) => c.name === 'رمز الحالة');
    expect(statusCodes).toBeDefined();
    expect(read.sheets).toContain('الأعضاء');

    // The printable report shows the same members' columns, after the cluster's own score, and the
    // same plan items as the page (one table component), without the statement column.
    const planItems = () =>
      page
        .locator('[data-plan-item]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-plan-item')));
    const onPage = await planItems();
    expect(onPage.length).toBeGreaterThan(0);
    await page.getByTestId('diagnostic-report-link').click();
    const reportPlan = page.getByTestId('diagnostic-report-plan');
    await reportPlan.waitFor();
    expect(await planItems()).toEqual(onPage);
    expect(await reportPlan.locator('thead th').count()).toBe(4);
    expect(await reportPlan.locator('[data-plan-item="inc.learning"] td').first().textContent()).toBe(title);
    const reportScores = page.getByTestId('diagnostic-report').locator('table.diagnostic-report-scores');
    await reportScores.waitFor();
    expect((await reportScores.locator('thead th').allTextContents()).slice(3)).toEqual(
      api.named.map((n) => n.acronym),
    );
    expect(
      (await reportScores.locator('[data-report-score="overall"] td').allTextContents()).slice(1),
    ).toEqual(overall);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: ar['diagnostic.title'] }).waitFor();

    await page.getByRole('combobox', { name: ar['header.language'], exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['diagnostic.title'] }).waitFor();
    await page.context().close();
  });

  it("a focal point sees its organisation's plan with the overdue mark, and no members' scores; a viewer only reads", async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('partner-focal-point'));
    // act for TRI (the focal point is also a viewer in AMD)
    await actForOrganisation(page, 'TRI');
    // The server's answer for the round the page opens on is held back until after the answer for
    // the round chosen next (as a slow network can): the page must keep showing the chosen round.
    let heldBack: Promise<void> | null = null;
    await page.route(/\/api\/diagnostic\/rounds\/[^/]+\/response/, async (route) => {
      if (heldBack) return route.continue();
      heldBack = (async () => {
        const response = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.fulfill({ response });
      })();
      await heldBack;
    });
    await openDiagnostic(page);
    const round = page.getByRole('combobox', { name: en['diagnostic.round'] });
    const baseline = await round.locator('option', { hasText: 'Baseline diagnostic' }).getAttribute('value');
    const baselineShown = roundAnswer(page, baseline!);
    await round.selectOption(baseline!);
    expect((await baselineShown).status()).toBe(200);
    await page.locator('[data-plan-item="reg.retention"]').waitFor();
    expect(heldBack).not.toBeNull();
    await heldBack;
    await page.unrouteAll({ behavior: 'wait' });
    // (two frames: the late answer has been read and rendered, had the page taken it)
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await round.inputValue()).toBe(baseline);
    expect(await page.locator('[data-plan-item="reg.retention"]').count()).toBe(1);
    const plan = page.getByTestId('diagnostic-plan');
    const retention = plan.locator('[data-plan-item="reg.retention"]');
    // TRI's own item of the previous round, due 30 days ago and not done: overdue.
    await retention.waitFor();
    expect(await retention.getByTestId('diagnostic-plan-overdue').textContent()).toBe(
      en['diagnostic.report.overdue'],
    );
    expect(await retention.locator('td').nth(1).textContent()).toBe(
      'Add retention periods to every registry entry',
    );
    // The cluster's item of that round is not in a member's plan.
    expect(await plan.locator('[data-plan-item="isp.review"]').count()).toBe(0);
    expect(await page.getByTestId('diagnostic-members').count()).toBe(0);
    await plan.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-plan-member-en.png'), fullPage: false });
    await expectAccessible(page, "a member's action plan");

    // In AMD the same person is a viewer: AMD's plan of that round is empty, read only, no form.
    const session = (await me(page)).body!;
    const amd = session.memberships.find((m) => m.acronym === 'AMD')!;
    expect(amd.role).toBe('viewer');
    // The page asks for the round again as AMD answers it, and keeps the round chosen (the rounds
    // are the cluster's); TRI's answers, even if they came late, are not shown.
    const amdShown = roundAnswer(page, baseline!);
    await page
      .getByRole('combobox', { name: en['header.organisation'], exact: true })
      .selectOption(amd.organisationId);
    // (the switcher shows the active organisation once the server has switched)
    await expect
      .poll(() => page.getByTestId('organisation-switcher').inputValue(), { timeout: 10_000 })
      .toBe(amd.organisationId);
    expect((await amdShown).status()).toBe(200);
    expect(await round.inputValue()).toBe(baseline);
    await plan.getByTestId('diagnostic-plan-empty').waitFor();
    expect(await plan.getByTestId('diagnostic-plan-empty').textContent()).toBe(
      en['diagnostic.report.noPlan'],
    );
    await plan.getByText(en['diagnostic.plan.readOnly']).waitFor();
    expect(await plan.locator('form').count()).toBe(0);
    await page.context().close();
  });
});
