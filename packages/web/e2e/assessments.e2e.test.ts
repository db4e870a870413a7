/**
 * Issue 11 §3 in real Chromium against `steward serve` with the demo: FUDA's IM officer sees the
 * registry entries that need a DIA, starts one linked to an entry, completes the steps, adds a
 * risk with an unknown likelihood and severe harm (rated by the precautionary rule, previewed
 * before saving), a measure with its owner and a residual rating, and is refused signing off
 * their own assessment; FUDA's focal point (a second person) signs it off and the entry is then
 * covered. The demo's DIA shows its data-flow map (diagram and table). The registry flags the
 * entries that lack a required DIA (badge, notice, filter); activating a draft entry with personal
 * data is refused with the reasons and a link that starts its DIA. Screenshots in en and ar; axe on
 * each state.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { actForOrganisation, expectAccessible, launchBrowser, newPage, signIn } from './support';

const SCREENSHOTS =
  process.env.SCREENSHOT_DIR ?? fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
const who = (role: string, acronym: string) =>
  credentials.find((c) => c.role === role && c.organisationAcronym === acronym)!;

async function signInAs(page: Page, role: string, acronym: string): Promise<void> {
  await signIn(page, baseUrl, who(role, acronym));
  await actForOrganisation(page, acronym);
}

async function openAssessments(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: en['nav.label'] })
    .getByRole('link', { name: en['nav.assessments'] })
    .click();
  await page.getByRole('heading', { level: 1, name: en['assessments.title'] }).waitFor();
  await page
    .getByTestId('required-list')
    .or(page.getByText(en['assessments.required.none']))
    .first()
    .waitFor();
}

const detail = (page: Page) => page.getByTestId('assessment-detail');
const status = async (page: Page) =>
  (await detail(page).getByTestId('assessment-status').textContent()) ?? '';

describe('data impact assessments', () => {
  const title = 'IDP site visits — DIA';
  let url = '';

  it('an IM officer starts a DIA for an entry that needs one, completes it and rates a risk by the precautionary rule', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'partner-im-officer', 'FUDA');
    await openAssessments(page);

    // the entries that need a DIA: FUDA's site list with coordinates has none yet
    const entryRow = page
      .getByTestId('required-list')
      .locator('tr', { hasText: 'IDP site list with coordinates' });
    await entryRow.waitFor();
    expect(await entryRow.getAttribute('data-missing')).toBe('true');
    expect(await entryRow.textContent()).toContain(en['assessments.required.missing']);
    await expectAccessible(page, 'assessments: list (en)');

    // start it from the entry's row: the entry is ticked and the title proposed
    await entryRow.getByRole('button', { name: en['assessments.required.start'] }).click();
    await page.getByLabel(en['assessments.start.name'], { exact: true }).fill(title);
    await page
      .getByLabel(en['assessments.start.scope'])
      .fill('Visits to displacement sites using the site list.');
    expect(
      await page
        .getByRole('group', { name: en['assessments.start.entries'] })
        .getByLabel('IDP site list with coordinates')
        .isChecked(),
    ).toBe(true);
    await page.getByLabel(en['assessments.start.reviewDue']).fill('2027-12-31');
    await page.getByRole('button', { name: en['assessments.start.submit'], exact: true }).click();
    await detail(page).waitFor();
    url = page.url();
    expect(url).toMatch(/\/assessments\/[0-9a-f-]{36}$/);
    expect(await status(page)).toBe(en['assessments.status.draft']);

    // steps 1–10 complete with their answers; step 11 stays open
    const steps = [
      'need',
      'team',
      'describe',
      'consult',
      'identify_risks',
      'assess_risks',
      'solutions',
      'recommendations',
      'implement_report',
      'expert_review',
    ];
    for (const step of steps) {
      const section = detail(page).locator(`details[data-step="${step}"]`);
      await section.getByLabel(en['assessments.step.state']).selectOption('complete');
      await section.getByLabel(en['assessments.step.answer']).fill(`What we decided for ${step}.`);
      await section.getByRole('button', { name: en['assessments.step.save'] }).click();
      await expect
        .poll(() => section.getByTestId('step-state').textContent())
        .toBe(en['assessments.state.complete']);
    }
    await expect.poll(() => detail(page).getByTestId('completion').textContent()).toContain('91');

    // a risk with unknown likelihood and severe harm: the precautionary rule rates it very high
    const form = detail(page).getByTestId('risk-form');
    await form
      .getByLabel(en['assessments.risk.threat'])
      .fill('An armed group takes the site list from a monitor');
    await form.getByLabel(en['assessments.risk.vulnerability']).fill('Printed site lists carried on visits');
    await form.getByLabel(en['assessments.risk.likelihood'], { exact: true }).selectOption('unknown');
    await form.getByLabel(en['assessments.risk.severity'], { exact: true }).selectOption('severe');
    expect(await form.getByTestId('risk-preview').textContent()).toContain(
      en['assessments.rating.very_high'],
    );
    expect(await form.getByTestId('risk-preview').textContent()).toContain(
      en['assessments.risk.precautionary'],
    );
    await form.getByLabel(en['diagnostic.principle.confidentiality']).check();
    await form
      .getByLabel(en['assessments.risk.measureText'])
      .fill('Carry site lists on encrypted phones only');
    await form.getByLabel(en['assessments.risk.measureOwner']).fill('FUDA IM officer');
    await form.getByLabel(en['assessments.risk.residualLikelihood']).selectOption('rare');
    await form.getByLabel(en['assessments.risk.residualSeverity']).selectOption('severe');
    await form.getByRole('button', { name: en['assessments.risk.save'] }).click();
    const risk = detail(page).getByTestId('risk-register').locator('tbody tr').first();
    await risk.waitFor();
    const rating = (await risk.getByTestId('risk-rating').textContent()) ?? '';
    expect(rating).toContain(en['assessments.rating.very_high']);
    expect(rating).toContain(en['assessments.risk.precautionary']);
    expect(await risk.getByTestId('risk-residual').textContent()).toContain(en['assessments.rating.medium']);
    expect(await detail(page).getByTestId('overall-rating').textContent()).toBe(
      en['assessments.rating.very_high'],
    );

    // the author cannot sign off: only the second-person rule is left
    const signOff = detail(page).getByTestId('sign-off');
    await expect
      .poll(() => signOff.getByTestId('sign-off-problems').locator('li').allTextContents())
      .toEqual([en['assessments.problem.same_person']]);
    await signOff.getByRole('button', { name: en['assessments.signoff.button'] }).click();
    await expect
      .poll(() => detail(page).getByTestId('assessment-message').textContent())
      .toContain(en['assessments.problem.same_person']);
    expect(await status(page)).toBe(en['assessments.status.draft']);
    await expectAccessible(page, 'assessments: detail (en)');
    await page.screenshot({ path: join(SCREENSHOTS, 'assessments-en.png'), fullPage: true });

    // the same in Arabic (right to left)
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => status(page)).toBe(ar['assessments.status.draft']);
    expect(await detail(page).getByTestId('risk-register').textContent()).toContain(
      ar['assessments.risk.precautionary'],
    );
    await expectAccessible(page, 'assessments: detail (ar)');
    await page.screenshot({ path: join(SCREENSHOTS, 'assessments-ar.png'), fullPage: true });
    await page.context().close();
  });

  it('a second person of the organisation signs it off; the entry is then covered', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'partner-focal-point', 'FUDA');
    await page.goto(url);
    await detail(page).waitFor();
    const signOff = detail(page).getByTestId('sign-off');
    await signOff.getByText(en['assessments.signoff.ready']).waitFor();
    await signOff.getByRole('button', { name: en['assessments.signoff.button'] }).click();
    await expect.poll(() => status(page)).toBe(en['assessments.status.signed_off']);
    expect(await detail(page).getByTestId('signed-off').textContent()).toContain('Demo Focal Point FUDA');
    await detail(page).getByRole('button', { name: en['assessments.detail.back'] }).click();
    const entryRow = page
      .getByTestId('required-list')
      .locator('tr', { hasText: 'IDP site list with coordinates' });
    await expect.poll(() => entryRow.getAttribute('data-missing')).toBe('false');
    expect(await entryRow.textContent()).toContain(en['assessments.required.covered']);
    expect(await page.getByTestId('assessments-list').textContent()).toContain(title);
    await page.context().close();
  });

  it("the demo's DIA draws its data-flow map: a diagram with the table behind it", async () => {
    const page = await newPage(browser);
    await signInAs(page, 'partner-focal-point', 'TRI');
    await openAssessments(page);
    await page
      .getByTestId('assessments-list')
      .getByRole('link', { name: 'Protection monitoring — household interviews' })
      .click();
    await detail(page).waitFor();
    expect(await status(page)).toBe(en['assessments.status.signed_off']);
    const table = detail(page).getByTestId('flow-map-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes(en['assessments.flow.subjects']) && r.includes('TRI'))).toBe(true);
    expect(rows.some((r) => r.includes('TRI') && r.includes('DPCCU'))).toBe(true);
    await detail(page).getByTestId('flow-map-chart').locator('svg').waitFor();
    // Its box losing its height while the window changes (a reflow) is no error: the diagram
    // waits for a real size, then is drawn at it (resize() on a 0 px box threw a TypeError).
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const chart = detail(page).getByTestId('flow-map-chart');
    await chart.evaluate((el) => (el.style.blockSize = '0px'));
    await page.setViewportSize({ width: 1000, height: 700 });
    await chart.evaluate((el) => (el.style.blockSize = ''));
    await page.setViewportSize({ width: 1280, height: 860 });
    await expect
      .poll(() => chart.locator('svg').evaluate((svg) => Math.round(svg.getBoundingClientRect().height)))
      .toBe(320);
    expect(errors).toEqual([]);
    await expectAccessible(page, 'assessments: demo DIA with flow map (en)');
    await page.screenshot({ path: join(SCREENSHOTS, 'assessments-flow-en.png'), fullPage: true });
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await detail(page).getByTestId('flow-map-chart').locator('svg').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'assessments-flow-ar.png'), fullPage: true });
    await page.context().close();
  });

  it('the registry flags entries that lack a required DIA; activating one is refused with the reasons and a link to start it', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'partner-focal-point', 'TRI');
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.registry'] })
      .click();
    const table = page.getByTestId('registry-table');
    await table.waitFor();
    // the notice and the badge: TRI's legal aid case files wait as a draft for their DIA
    await page.getByTestId('registry-dia-notice').waitFor();
    const legal = table.locator('tr', { hasText: 'Legal aid case management' });
    expect(await legal.textContent()).toContain(en['reg.diaMissing']);
    expect(await legal.textContent()).toContain(en['reg.status.draft']);
    const covered = table.locator('tr', { hasText: 'Protection monitoring household survey' });
    expect(await covered.textContent()).not.toContain(en['reg.diaMissing']);
    // the filter keeps only those
    await page
      .getByTestId('registry-dia-notice')
      .getByRole('button', { name: en['reg.diaNotice.show'] })
      .click();
    expect(await page.getByLabel(en['reg.filter.dia']).inputValue()).toBe('missing');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page, 'registry: DIA missing filter (en)');
    await page.screenshot({ path: join(SCREENSHOTS, 'registry-dia-missing-en.png'), fullPage: true });

    // the entry explains why, and activation is refused with the reasons and where to start
    await legal.getByRole('link', { name: 'Legal aid case management' }).click();
    const dia = page.getByTestId('entry-dia');
    await dia.waitFor();
    expect(await dia.textContent()).toContain(en['assessments.dia.required.personal_data']);
    expect(await dia.textContent()).toContain(en['reg.dia.missing']);
    await dia.getByRole('button', { name: en['reg.activate'] }).click();
    const refused = dia.getByTestId('dia-required');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(en['assessments.blocked.title']);
    expect(await refused.textContent()).toContain(en['assessments.dia.required.personal_data']);
    expect(await page.getByTestId('entry-draft').textContent()).toBe(en['reg.status.draft']);
    await expectAccessible(page, 'registry: activation refused (en)');
    await page.screenshot({ path: join(SCREENSHOTS, 'registry-dia-refused-en.png'), fullPage: true });

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await dia.getByRole('button', { name: ar['reg.activate'] }).click();
    await expect.poll(() => refused.textContent()).toContain(ar['assessments.blocked.title']);
    expect(await refused.textContent()).toContain(ar['assessments.dia.required.personal_data']);
    await expectAccessible(page, 'registry: activation refused (ar)');
    await page.screenshot({ path: join(SCREENSHOTS, 'registry-dia-refused-ar.png'), fullPage: true });
    await page.getByRole('combobox', { name: ar['header.language'], exact: true }).selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');

    // the link starts a DIA with the entry linked
    await refused.getByRole('link', { name: en['assessments.blocked.start'] }).click();
    await page.getByLabel(en['assessments.start.name'], { exact: true }).waitFor();
    expect(
      await page
        .getByRole('group', { name: en['assessments.start.entries'] })
        .getByLabel('Legal aid case management')
        .isChecked(),
    ).toBe(true);
    await page.context().close();
  });
});
