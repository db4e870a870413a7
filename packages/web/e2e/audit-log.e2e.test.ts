/**
 * Issue 8: the audit log viewer for the roles allowed to see it (audit.read), in a real Chromium
 * against `steward serve` with the demo (global-setup.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const SHOTS = '/tmp/shots';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
const by = (role: string) => credentials.find((c) => c.role === role)!;

describe('audit log viewer', () => {
  it('lists, filters and exports the entries for a coordinator', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('cluster-coordinator'));
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.audit'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['audit.heading'] }).waitFor();
    const rows = page.getByTestId('audit-entries').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    // the sign-in just made is the newest entry, but for the switch back to English that signIn
    // makes when an earlier test left this user's stored language French or Arabic
    const newest = (await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute('data-action')))).filter(
      (a) => a !== 'auth.language-set',
    );
    expect(newest[0]).toBe('auth.login');
    // the action in words, its code beside it for those who filter by it
    const signedIn = rows.filter({ has: page.locator('code', { hasText: /^auth\.login$/ }) }).first();
    expect(await signedIn.locator('td').nth(3).textContent()).toBe(
      `${en['auditAction.auth.login']}auth.login`,
    );

    await page.getByLabel(en['audit.filter.action']).fill('auth.');
    await page.getByRole('button', { name: en['audit.filter.apply'] }).click();
    // the filtered list has arrived: rows again (an empty table while it loads would pass `every`),
    // and only auth.* ones
    await page.waitForFunction(() => {
      const trs = [...document.querySelectorAll('[data-testid="audit-entries"] tbody tr')];
      return trs.length > 0 && trs.every((r) => (r.getAttribute('data-action') ?? '').startsWith('auth.'));
    });
    const actions = await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute('data-action')));
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a?.startsWith('auth.')).toBe(true);

    const href = await page.getByTestId('audit-export').getAttribute('href');
    expect(href).toBe('/api/audit/export?action=auth.');
    const csv = await page.context().request.get(new URL(href!, baseUrl).toString());
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^sequence,occurredAt,actorUserId,actorName/);
    expect(lines.length - 1).toBe(actions.length);

    // a coordinator is not a system administrator: the whole-chain check is an admin's
    expect(await page.getByTestId('audit-chain').textContent()).toContain(en['audit.verifyAdminOnly']);
    await page.getByTestId('audit-head-hash').waitFor();

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr['audit.heading'] }).waitFor();
    await page.context().close();
  });

  it('names actions in the language and Steward for what it did itself', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('cluster-coordinator'));
    await page.goto(new URL('/audit', baseUrl).toString());
    await page.getByRole('heading', { level: 1, name: en['audit.heading'] }).waitFor();
    // the demo's incidents were reported by Steward while loading it (no acting user, details.system)
    await page.getByLabel(en['audit.filter.action']).fill('incident.reported');
    await page.getByRole('button', { name: en['audit.filter.apply'] }).click();
    const automatic = page
      .getByTestId('audit-entries')
      .locator('tbody tr[data-action="incident.reported"]')
      .filter({ hasText: en['audit.automatic'] });
    await automatic.first().waitFor();
    const cells = automatic.first().locator('td');
    expect(await cells.nth(2).textContent()).toBe(en['audit.automatic']);
    expect(await cells.nth(2).locator('bdi').getAttribute('title')).toBe('demo');
    expect(await cells.nth(3).textContent()).toBe(`${en['auditAction.incident.reported']}incident.reported`);
    expect(await page.getByTestId('audit-entries').textContent()).not.toContain(en['audit.anonymous']);
    // the action field suggests every code with its label
    expect(
      await page.locator('datalist#audit-actions option[value="registry.entry-created"]').textContent(),
    ).toBe(en['auditAction.registry.entry-created']);

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr['audit.heading'] }).waitFor();
    const inFrench = page
      .getByTestId('audit-entries')
      .locator('tbody tr[data-action="incident.reported"]')
      .filter({ hasText: fr['audit.automatic'] })
      .first();
    await inFrench.waitFor();
    expect(await inFrench.locator('td').nth(3).textContent()).toBe(
      `${fr['auditAction.incident.reported']}incident.reported`,
    );
    await expectAccessible(page, 'audit log in French, filtered');
    await page.screenshot({ path: `${SHOTS}/audit-labels-fr.png`, fullPage: true });

    // the home page's recent activity in words too, with the code as its title
    await page.goto(new URL('/', baseUrl).toString());
    const first = page.getByTestId('recent-activity').locator('li').first();
    await first.waitFor();
    const code = await first.getAttribute('data-action');
    const label = first.locator('span[title]');
    expect(await label.getAttribute('title')).toBe(code);
    expect(await label.textContent()).toBe(fr[`auditAction.${code}` as keyof typeof fr]);
    await expectAccessible(page, 'home page in French');
    await page.getByTestId('recent-activity').screenshot({ path: `${SHOTS}/audit-labels-home-fr.png` });

    // right to left: the Arabic label, the code kept left to right beneath it
    await page.getByRole('combobox', { name: fr['header.language'], exact: true }).selectOption('ar');
    await page.goto(new URL('/audit', baseUrl).toString());
    await page.getByRole('heading', { level: 1, name: ar['audit.heading'] }).waitFor();
    await page.getByLabel(ar['audit.filter.action']).fill('incident.reported');
    await page.getByRole('button', { name: ar['audit.filter.apply'] }).click();
    const inArabic = page
      .getByTestId('audit-entries')
      .locator('tbody tr[data-action="incident.reported"]')
      .filter({ hasText: ar['audit.automatic'] })
      .first();
    await inArabic.waitFor();
    expect(await inArabic.locator('td').nth(3).textContent()).toBe(
      `${ar['auditAction.incident.reported']}incident.reported`,
    );
    await expectAccessible(page, 'audit log in Arabic, filtered');
    await page.getByTestId('audit-entries').screenshot({ path: `${SHOTS}/audit-labels-ar.png` });

    await page.getByRole('combobox', { name: ar['header.language'], exact: true }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: en['audit.heading'] }).waitFor();
    await page.context().close();
  });

  it('is not offered to a viewer', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('viewer'));
    const nav = page.getByRole('navigation', { name: en['nav.label'] });
    expect(await nav.getByRole('link', { name: en['nav.audit'] }).count()).toBe(0);
    const api = await page.context().request.get(new URL('/api/audit', baseUrl).toString());
    expect(api.status()).toBe(403);
    await page.context().close();
  });

  it("fills the home page's recent activity from the audit log for those who may read it", async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('cluster-coordinator'));
    const items = page.getByTestId('recent-activity').locator('li');
    await items.first().waitFor();
    expect(await items.first().getAttribute('data-action')).toBe('auth.login');
    expect(await items.first().textContent()).toContain(en['auditAction.auth.login']);
    expect(await items.count()).toBeLessThanOrEqual(8);
    await page.context().close();

    const viewer = await newPage(browser);
    await signIn(viewer, baseUrl, by('viewer'));
    await viewer.getByRole('heading', { name: en['home.activityHeading'] }).waitFor();
    expect(await viewer.getByTestId('recent-activity').count()).toBe(0);
    await viewer.context().close();
  });
});
