/**
 * Issue 11 §2, sharing an incident with the cluster and withdrawing it, in real Chromium against
 * `steward serve` with the demo: TRI's focal point notifies an incident and shares the full record
 * (in Arabic); the cluster coordinator finds it in the list and reads it; the focal point
 * withdraws the sharing and the coordinator no longer finds it (only the anonymised summary
 * counts it). Axe on each step; screenshots in /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { actForOrganisation, expectAccessible, launchBrowser, newPage, signIn } from './support';

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

async function openIncidents(page: Page, heading: string, navLabel: string, navLink: string): Promise<void> {
  await page.getByRole('navigation', { name: navLabel }).getByRole('link', { name: navLink }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const detail = (page: Page) => page.getByTestId('incident-detail');
const sharingText = async (page: Page) =>
  (await detail(page).getByTestId('incident-sharing').textContent()) ?? '';

describe('sharing an incident with the cluster', () => {
  it('a focal point shares an incident (ar), the coordinator reads it, the focal point withdraws it and the coordinator no longer sees it', async () => {
    const title = 'USB stick with distribution lists missing';
    const focal = await newPage(browser);
    const tri = by('partner-focal-point');
    await signIn(focal, baseUrl, tri);
    await actForOrganisation(focal, 'TRI');
    await focal.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await openIncidents(focal, ar['incidents.title'], ar['nav.label'], ar['nav.incidents']);
    await focal.getByLabel(ar['incidents.report.name']).fill(title);
    await focal.getByLabel(ar['incidents.report.type']).selectOption('loss-or-theft');
    await focal
      .getByRole('group', { name: ar['incidents.report.personalData'] })
      .getByLabel(ar['incidents.no'], { exact: true })
      .check();
    await focal.getByRole('button', { name: ar['incidents.report.submit'] }).click();
    await detail(focal).waitFor();
    expect(await sharingText(focal)).toBe(ar['incidents.share.notShared']);
    await detail(focal).getByRole('button', { name: ar['incidents.share.share'] }).click();
    await expect
      .poll(() => focal.getByTestId('incident-message').textContent())
      .toBe(ar['incidents.share.done']);
    expect(await sharingText(focal)).toContain(ar['incidents.share.shared'].split('{date}')[0]!);
    await expectAccessible(focal, 'incidents: shared with the cluster (ar)');
    await focal.screenshot({ path: `${SHOTS}/t11-incident-shared-ar.png`, fullPage: true });

    // The coordinator finds it in the list and reads the full record.
    const coordinator = await newPage(browser);
    await signIn(coordinator, baseUrl, by('cluster-coordinator'));
    await openIncidents(coordinator, en['incidents.title'], en['nav.label'], en['nav.incidents']);
    const row = coordinator.locator('table.incidents-list tr', { hasText: title });
    await row.waitFor();
    await row.getByRole('button', { name: title }).click();
    await detail(coordinator).waitFor();
    expect(await sharingText(coordinator)).toContain('TRI');
    expect(
      await detail(coordinator).getByRole('button', { name: en['incidents.share.withdraw'] }).count(),
    ).toBe(0);
    await expectAccessible(coordinator, 'incidents: shared record read by the cluster (en)');
    await coordinator.screenshot({ path: `${SHOTS}/t11-incident-cluster-reads-en.png`, fullPage: true });

    // The focal point withdraws it.
    await detail(focal).getByRole('button', { name: ar['incidents.share.withdraw'] }).click();
    await expect
      .poll(() => focal.getByTestId('incident-message').textContent())
      .toBe(ar['incidents.share.withdrawn']);
    expect(await sharingText(focal)).toBe(ar['incidents.share.notShared']);
    await expectAccessible(focal, 'incidents: sharing withdrawn (ar)');
    await focal.screenshot({ path: `${SHOTS}/t11-incident-withdrawn-ar.png`, fullPage: true });

    // The coordinator, reloading, no longer finds it; the summary still counts it.
    await coordinator.reload();
    await coordinator.getByRole('heading', { level: 1, name: en['incidents.title'] }).waitFor();
    await coordinator.getByRole('heading', { name: en['incidents.summary.title'] }).waitFor();
    await coordinator
      .locator('table.incidents-list')
      .or(coordinator.getByText(en['incidents.list.empty']))
      .first()
      .waitFor();
    expect(await coordinator.locator('table.incidents-list tr', { hasText: title }).count()).toBe(0);
    expect(await coordinator.locator('main').textContent()).not.toContain(title);
    await coordinator.screenshot({ path: `${SHOTS}/t11-incident-cluster-after-en.png`, fullPage: true });
    await focal.context().close();
    await coordinator.context().close();
  });
});
