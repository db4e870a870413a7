/**
 * Members and roles in Chromium (issue 8, within the role-grant rules of issue 7 §1): the home page
 * links to the page; a partner focal point is offered only partner roles (no cluster role in a
 * partner organisation); the cluster coordinator is offered the
 * cluster roles, and demoting themselves — the cluster's last coordinator — is refused with the
 * rule in their language.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const coordinator = credentials.find((c) => c.role === 'cluster-coordinator')!;
// A focal point whose only organisation is a partner organisation.
const focal = credentials.find(
  (c) => c.role === 'partner-focal-point' && c.email.startsWith('focal-point.'),
)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const optionsOf = (values: string[]) => values.slice().sort();

describe('Members and roles', () => {
  it('offers a partner focal point partner roles only, from the home page', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, focal);
    await page.getByRole('main').getByRole('link', { name: en['nav.members'] }).first().click();
    await page.waitForURL(/\/members$/);
    const table = page.getByTestId('members-table');
    await table.waitFor();
    const me = page.locator(`tr[data-member="${focal.email}"]`);
    const select = me.getByRole('combobox');
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(optionsOf(options)).toEqual(
      optionsOf(['partner-focal-point', 'partner-im-officer', 'caseworker', 'viewer']),
    );
    expect(await page.locator('#members-add-role option[value="cluster-coordinator"]').count()).toBe(0);
  });

  it('refuses to demote the last cluster coordinator, in the user’s language', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, coordinator);
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.goto(`${baseUrl}/members`);
    const row = page.locator(`tr[data-member="${coordinator.email}"]`);
    await row.waitFor();
    const select = row.getByRole('combobox');
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toContain('cluster-imo');
    await select.selectOption('viewer');
    await row.getByRole('button', { name: fr['members.save'] }).click();
    await expect
      .poll(() => page.getByTestId('members-message').textContent())
      .toBe(fr['errors.reason.last-coordinator']);
    // Still coordinator after a reload.
    await page.reload();
    await row.waitFor();
    expect(await row.getByRole('combobox').inputValue()).toBe('cluster-coordinator');

    // Removing asks first, in an accessible dialog (named by its title, Escape and Cancel close it).
    await row.getByRole('button', { name: fr['members.remove'] }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toMatch(/^Retirer .+ \?$/);
    await expectAccessible(page, 'members: removal dialog (fr)');
    await page.screenshot({ path: '/tmp/shots/members-dialog-fr.png' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await row.getByRole('button', { name: fr['members.remove'] }).click();
    await page.getByRole('button', { name: fr['ui.dialog.cancel'] }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator(`tr[data-member="${coordinator.email}"]`).count()).toBe(1);
  });
});
