/**
 * Issue 11 §2 in real Chromium against `steward serve` with the demo: TRI's focal point notifies
 * an incident with the short form and takes it through every state (classify, treat, close with a
 * rationale, record the learning); then, in French, the demo's personal-data incident is refused
 * closing while a linked agreement's notification duty is open, the duty is marked done and it
 * closes; a cluster coordinator sees the anonymised summary with suppressed counts. Axe on each.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
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

async function openIncidents(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: en['nav.label'] })
    .getByRole('link', { name: en['nav.incidents'] })
    .click();
  await page.getByRole('heading', { level: 1, name: en['incidents.title'] }).waitFor();
}

const detail = (page: Page) => page.getByTestId('incident-detail');
const message = async (page: Page) => (await page.getByTestId('incident-message').textContent()) ?? '';
const detailState = async (page: Page) => (await detail(page).getByTestId('state').textContent()) ?? '';

describe('incident register', () => {
  it('a focal point notifies an incident and takes it through every state; the closing rule on agreements holds (en + fr)', async () => {
    const page = await newPage(browser);
    const tri = by('partner-focal-point');
    expect(tri.organisationAcronym).toBe('TRI');
    await signIn(page, baseUrl, tri);
    await actForOrganisation(page, 'TRI');
    await openIncidents(page);

    // the one-minute short form: title, type, personal data yes/no
    const title = 'Laptop with beneficiary lists left in a taxi';
    await page.getByLabel(en['incidents.report.name']).fill(title);
    await page.getByLabel(en['incidents.report.type']).selectOption('loss-or-theft');
    const personal = page.getByRole('group', { name: en['incidents.report.personalData'] });
    await personal.getByLabel(en['incidents.no'], { exact: true }).check();
    // One field like its neighbours: no frame (the browser's default fieldset border), no indent.
    expect(
      await personal.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.borderTopStyle, style.paddingInlineStart, style.marginInlineStart];
      }),
    ).toEqual(['none', '0px', '0px']);
    await page.getByRole('button', { name: en['incidents.report.submit'] }).click();
    await expect
      .poll(() => page.getByTestId('report-message').textContent())
      .toBe(en['incidents.report.done']);
    await detail(page).waitFor();
    expect(await detailState(page)).toBe(en['incidents.state.notified']);
    const row = page.locator('table.incidents-list tr', { hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain(en['incidents.type.loss-or-theft']);
    await expectAccessible(page, 'incidents: reported (en)');

    // the severity change is framed like the other fields (no browser frame, no indent, the
    // button at its own width, not stretched across the panel)
    const severityGroup = detail(page).getByRole('group', { name: en['incidents.severity.change'] });
    expect(
      await severityGroup.evaluate((el) => {
        const style = getComputedStyle(el);
        const button = el.querySelector('button')!.getBoundingClientRect().width;
        return [
          style.borderTopStyle,
          style.paddingInlineStart,
          button < el.getBoundingClientRect().width / 2,
        ];
      }),
    ).toEqual(['none', '0px', true]);

    // the focal point raises the severity freely; lowering it needs a reason
    const severityOf = async () => (await detail(page).getByTestId('severity').textContent()) ?? '';
    expect(await severityOf()).toBe(en['incidents.severity.low']);
    await detail(page).getByLabel(en['incidents.col.severity']).selectOption('high');
    await detail(page).getByRole('button', { name: en['incidents.severity.apply'] }).click();
    await expect.poll(severityOf).toBe(en['incidents.severity.high']);
    await detail(page).getByLabel(en['incidents.col.severity']).selectOption('moderate');
    await detail(page).getByRole('button', { name: en['incidents.severity.apply'] }).click();
    await expect.poll(() => message(page)).not.toBe(en['incidents.detail.saved']);
    expect(await severityOf()).toBe(en['incidents.severity.high']);
    await detail(page).getByLabel(en['incidents.severity.reason']).fill('Disk encryption confirmed.');
    await detail(page).getByRole('button', { name: en['incidents.severity.apply'] }).click();
    await expect.poll(severityOf).toBe(en['incidents.severity.moderate']);

    // classify, then treat
    await detail(page).getByRole('button', { name: en['incidents.move.classified'], exact: true }).click();
    await expect.poll(() => detailState(page)).toBe(en['incidents.state.classified']);
    await detail(page).getByRole('button', { name: en['incidents.move.in_treatment'], exact: true }).click();
    await expect.poll(() => detailState(page)).toBe(en['incidents.state.in_treatment']);
    // closing needs a rationale: refused without one, with the rule's sentence
    await detail(page).getByRole('button', { name: en['incidents.move.closed'], exact: true }).click();
    await expect.poll(() => message(page)).toBe(en['errors.reason.field-required']);
    expect(await detailState(page)).toBe(en['incidents.state.in_treatment']);
    await detail(page)
      .getByLabel(en['incidents.detail.closureRationale'])
      .fill('Laptop recovered; disk was encrypted.');
    await detail(page).getByRole('button', { name: en['incidents.detail.save'] }).click();
    await expect.poll(() => message(page)).toBe(en['incidents.detail.saved']);
    await detail(page).getByRole('button', { name: en['incidents.move.closed'], exact: true }).click();
    await expect.poll(() => detailState(page)).toBe(en['incidents.state.closed']);
    await detail(page).getByLabel(en['incidents.detail.lessons']).fill('Encrypt every laptop disk.');
    await detail(page).getByRole('button', { name: en['incidents.detail.save'] }).click();
    await expect.poll(() => message(page)).toBe(en['incidents.detail.saved']);
    await detail(page)
      .getByRole('button', { name: en['incidents.move.learning_recorded'], exact: true })
      .click();
    await expect.poll(() => detailState(page)).toBe(en['incidents.state.learning_recorded']);
    expect(
      await detail(page).getByRole('button', { name: en['incidents.move.learning_recorded'] }).count(),
    ).toBe(0);
    await expect.poll(() => row.textContent()).toContain(en['incidents.state.learning_recorded']);
    await page.screenshot({ path: join(SCREENSHOTS, 'incidents-en.png'), fullPage: true });

    // in French: the demo's personal-data incident linked to an agreement
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr['incidents.title'] }).waitFor();
    const demoTitle = 'Distribution list e-mailed to the wrong partner';
    await page.getByRole('button', { name: demoTitle }).click();
    await expect
      .poll(() => detail(page).getByRole('heading', { level: 3 }).first().textContent())
      .toBe(demoTitle);
    expect(await detailState(page)).toBe(fr['incidents.state.in_treatment']);
    const rule = detail(page).getByTestId('closing-rule');
    expect(await rule.textContent()).toContain(fr['incidents.rule.closing']);
    const duty = detail(page).locator('[data-duty]');
    const reference = (await duty.getAttribute('data-duty'))!;
    expect(await rule.textContent()).toContain(reference);
    await detail(page)
      .getByLabel(fr['incidents.detail.closureRationale'])
      .fill('Destinataire a confirmé la suppression.');
    await detail(page).getByRole('button', { name: fr['incidents.detail.save'] }).click();
    await expect.poll(() => message(page)).toBe(fr['incidents.detail.saved']);
    await detail(page).getByRole('button', { name: fr['incidents.move.closed'], exact: true }).click();
    await expect.poll(() => message(page)).toContain(fr['errors.reason.notification-duty-open']);
    expect(await message(page)).toContain(reference);
    expect(await detailState(page)).toBe(fr['incidents.state.in_treatment']);
    await expectAccessible(page, 'incidents: closing refused (fr)');
    await page.screenshot({ path: join(SCREENSHOTS, 'incidents-fr-refused.png'), fullPage: true });

    // the duty marked done (with how the partner was told), then it closes
    await duty.getByRole('textbox').fill('Courriel au point focal');
    await duty.getByRole('button', { name: fr['incidents.duties.markDone'] }).click();
    await expect.poll(() => duty.textContent()).toContain(fr['incidents.duties.done']);
    await detail(page).getByRole('button', { name: fr['incidents.move.closed'], exact: true }).click();
    await expect.poll(() => detailState(page)).toBe(fr['incidents.state.closed']);
    await page.screenshot({ path: join(SCREENSHOTS, 'incidents-fr.png'), fullPage: true });
    await page.context().close();
  });

  it('a caseworker notifies but cannot classify; a cluster coordinator sees the anonymised summary', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('caseworker'));
    await openIncidents(page);
    await page.getByLabel(en['incidents.report.name']).fill('Near miss: case file left on a desk');
    await page.getByLabel(en['incidents.report.type']).selectOption('near-miss');
    await page
      .getByRole('group', { name: en['incidents.report.personalData'] })
      .getByLabel(en['incidents.yes'], { exact: true })
      .check();
    await page.getByRole('button', { name: en['incidents.report.submit'] }).click();
    await detail(page).waitFor();
    expect(await detailState(page)).toBe(en['incidents.state.notified']);
    expect(await detail(page).getByRole('button', { name: en['incidents.move.classified'] }).count()).toBe(0);
    expect(await detail(page).textContent()).toContain(en['incidents.detail.notManager']);
    await page.context().close();

    const coordinator = await newPage(browser);
    await signIn(coordinator, baseUrl, by('cluster-coordinator'));
    await openIncidents(coordinator);
    await coordinator.getByRole('heading', { name: en['incidents.summary.title'] }).waitFor();
    const byType = coordinator.getByRole('table', { name: en['incidents.summary.dimension.type'] });
    await byType.waitFor();
    const text = (await byType.textContent()) ?? '';
    // few incidents in the demo: the counts are suppressed, never shown as small numbers
    expect(text).toContain(en['incidents.summary.suppressed']);
    expect(text).not.toContain('Distribution list');
    await expectAccessible(coordinator, 'incidents: cluster summary (en)');
    await coordinator.screenshot({ path: join(SCREENSHOTS, 'incidents-summary-en.png'), fullPage: true });
    await coordinator.context().close();
  });
});
