/**
 * The cluster's service types (issue 9) in Chromium: the cluster IMO, in French, opens the list
 * from the directory's navigation, tries a code that is not a term code (the French problem
 * beside the field, nothing added), adds the type, renames it (the code fixed), and finds it in
 * the directory's service-type filter and the service form under its name; a partner focal point
 * reads the list in English and Arabic with no edit control. axe on each state; screenshots in /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('/tmp/shots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

const codes = (page: Page) =>
  page
    .getByTestId('taxonomy')
    .locator('tbody tr td code')
    .evaluateAll((cells) => cells.map((c) => c.textContent));

const options = (page: Page, label: string) =>
  page
    .getByLabel(label, { exact: true })
    .locator('option')
    .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));

describe('Service types (taxonomy)', () => {
  it('lets the cluster IMO add and rename a type in French; a bad code shows the French problem', async () => {
    const imo = credentials.find((c) => c.role === 'cluster-imo');
    if (!imo) throw new Error('The demo has no cluster IMO');
    const page = await newPage(browser);
    await signIn(page, baseUrl, imo);
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.goto(`${baseUrl}/directory`);
    await page.getByRole('link', { name: fr['dir.taxonomy.link'], exact: true }).click();
    await page.waitForURL(/\/directory\/taxonomy$/);
    await page.getByRole('heading', { name: fr['dir.taxonomy.title'], level: 1 }).waitFor();
    await poll(() => codes(page)).toContain('psychosocial');
    const before = await codes(page);
    expect(before).toHaveLength(14);
    expect(await page.getByText(fr['dir.taxonomy.why']).isVisible()).toBe(true);
    await expectAccessible(page, 'taxonomy list (fr, IMO)');

    // A code with capitals and a space: the service's problem, in French, beside the field.
    await page.getByRole('button', { name: fr['dir.taxonomy.add'] }).click();
    await page.getByLabel(fr['dir.taxonomy.code'], { exact: true }).fill('Mine Action');
    await page.getByLabel(fr['dir.taxonomy.name'], { exact: true }).fill('Action contre les mines');
    await page
      .getByLabel(fr['dir.taxonomy.description'], { exact: true })
      .fill('Éducation aux risques et assistance aux victimes.');
    await page.getByRole('button', { name: fr['dir.taxonomy.save'] }).click();
    await poll(() => page.getByTestId('taxonomy-form-error').textContent()).toBe(fr['dir.taxonomy.notSaved']);
    expect(await page.locator('#term-code-error').textContent()).toBe(
      fr['dir.import.problem.not-term-code'].replace('{max}', '40'),
    );
    expect(await page.getByLabel(fr['dir.taxonomy.code'], { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await codes(page)).toEqual(before);
    await expectAccessible(page, 'taxonomy bad code (fr)');
    await page.screenshot({ path: '/tmp/shots/taxonomy-bad-code-fr.png', fullPage: true });

    // The code corrected: added after the checklist.
    await page.getByLabel(fr['dir.taxonomy.code'], { exact: true }).fill('mine-action');
    await page.getByRole('button', { name: fr['dir.taxonomy.save'] }).click();
    await poll(() => page.getByTestId('taxonomy-message').textContent()).toBe(
      fr['dir.taxonomy.saved'].replace('{name}', 'Action contre les mines'),
    );
    await poll(() => codes(page)).toEqual([...before, 'mine-action']);

    // Renamed: the code is shown, not editable; the position kept.
    await page
      .getByRole('button', { name: fr['dir.taxonomy.edit'].replace('{name}', 'Action contre les mines') })
      .click();
    expect(await page.getByLabel(fr['dir.taxonomy.code'], { exact: true }).count()).toBe(0);
    await page.getByLabel(fr['dir.taxonomy.name'], { exact: true }).fill('Lutte antimines');
    await page.getByRole('button', { name: fr['dir.taxonomy.save'] }).click();
    await poll(() => page.getByTestId('taxonomy-message').textContent()).toBe(
      fr['dir.taxonomy.saved'].replace('{name}', 'Lutte antimines'),
    );
    await poll(() => page.getByTestId('taxonomy').locator('tbody tr').last().textContent()).toContain(
      'Lutte antimines',
    );
    expect(await codes(page)).toEqual([...before, 'mine-action']);
    // The checklist's types show their French label beside the stored name; the new one its name.
    expect(await page.getByTestId('taxonomy').locator('tbody tr').first().textContent()).toContain(
      fr['dir.type.psychosocial'],
    );
    await expectAccessible(page, 'taxonomy saved (fr)');
    await page.screenshot({ path: '/tmp/shots/taxonomy-saved-fr.png', fullPage: true });

    // The directory's filter and the service form list the new type under its name.
    await page.getByRole('link', { name: fr['dir.all'], exact: true }).click();
    await page.waitForURL(/\/directory$/);
    await poll(() => options(page, fr['dir.filter.type'])).toContainEqual(['mine-action', 'Lutte antimines']);
    await page.getByRole('link', { name: fr['dir.mine'], exact: true }).click();
    await page.getByRole('button', { name: fr['dir.add'] }).click();
    await poll(() => options(page, fr['dir.filter.type'])).toContainEqual(['mine-action', 'Lutte antimines']);
    await page.getByRole('combobox', { name: fr['header.language'], exact: true }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.context().close();
  }, 240_000);

  it('shows a partner focal point the list with no edit control (en, ar)', async () => {
    const partner = credentials.find((c) => c.role === 'partner-focal-point');
    if (!partner) throw new Error('The demo has no partner focal point');
    const page = await newPage(browser);
    await signIn(page, baseUrl, partner);
    await page.goto(`${baseUrl}/directory/taxonomy`);
    await page.getByRole('heading', { name: en['dir.taxonomy.title'], level: 1 }).waitFor();
    await poll(() => codes(page)).toContain('legal');
    await page.getByText(en['dir.taxonomy.readOnly']).waitFor();
    expect(await page.getByRole('button', { name: en['dir.taxonomy.add'] }).count()).toBe(0);
    expect(await page.getByTestId('taxonomy').locator('tbody').getByRole('button').count()).toBe(0);
    expect(await page.getByTestId('taxonomy-form').count()).toBe(0);
    await expectAccessible(page, 'taxonomy read-only (en, partner)');
    await page.screenshot({ path: '/tmp/shots/taxonomy-partner-en.png', fullPage: true });
    // Right to left: the same list, read-only, in Arabic; then English stored again.
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await page.getByRole('heading', { name: ar['dir.taxonomy.title'], level: 1 }).waitFor();
    await page.getByText(ar['dir.taxonomy.readOnly']).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await expectAccessible(page, 'taxonomy read-only (ar, partner)');
    await page.screenshot({ path: '/tmp/shots/taxonomy-partner-ar.png', fullPage: true });
    await page.getByRole('combobox', { name: ar['header.language'], exact: true }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.context().close();
  }, 120_000);
});
