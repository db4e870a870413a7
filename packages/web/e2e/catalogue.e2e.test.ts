/**
 * The cluster catalogue in Chromium (issue 8): a partner (FUDA's IM officer) opens the catalogue
 * from the navigation, sees other members' entries with what the ISP allows and not the raw
 * household survey the ISP keeps with TRI, searches, filters by owner, sensitivity and "I can
 * request", opens "Request" on an entry and finds the form pre-filled (the entry named, FUDA as
 * requester, the contact e-mail from the session), sends it and finds it among FUDA's requests; the
 * same in Arabic (RTL). axe on each state; screenshots /tmp/catalogue-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const partner = credentials.find((c) => c.role === 'partner-im-officer')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const titles = (page: Page) => page.getByTestId('catalogue-table').locator('tbody th').allTextContents();
const fill = (text: string, params: Record<string, string>) =>
  Object.entries(params).reduce((s, [k, v]) => s.replace(`{${k}}`, v), text);

async function outgoingTitles(page: Page): Promise<string[]> {
  const res = await page.context().request.get(`${baseUrl}/api/requests?direction=outgoing`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { entryTitle: string }[] }).items.map((i) => i.entryTitle);
}

describe('Cluster catalogue', () => {
  it('a partner searches, filters and requests an entry with the form pre-filled (en)', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, partner);
    await page.getByRole('navigation').getByRole('link', { name: en['nav.catalogue'] }).first().click();
    await page.waitForURL(/\/catalogue$/);
    await page.getByTestId('catalogue-table').waitFor();
    const all = await titles(page);
    expect(all).toContain('Community perception survey — district results');
    // BCSA's High FGD analysis is a draft until a DIA covers it (issue 11): drafts stay out.
    expect(all).not.toContain('FGD analysis — adolescent girls, Montepuez');
    expect(all).toContain('IDP site list with coordinates');
    expect(all).not.toContain('Protection monitoring household survey — raw responses');
    expect(all).not.toContain('Legal aid case management');
    await expectAccessible(page, 'catalogue (en)');

    // Search by title text, any case.
    await page.getByLabel(en['cat.filter.search']).fill('PERCEPTION');
    await poll(() => titles(page)).toEqual(['Community perception survey — district results']);
    await page.getByLabel(en['cat.filter.search']).fill('');
    // Owner RCSN, Moderate sensitivity, only what I can request.
    await page.getByLabel(en['cat.filter.owner']).selectOption({ label: 'RCSN' });
    await page.getByLabel(en['cat.filter.sensitivity']).selectOption('moderate');
    await page.getByLabel(en['cat.filter.requestable']).check();
    await poll(() => titles(page)).toEqual(['Community perception survey — district results']);
    const row = page.getByTestId('catalogue-table').locator('tbody tr').first();
    await expect(row.textContent()).resolves.toContain(en['cat.access.on-request']);
    // FUDA's own entries carry no request button; filtering by FUDA shows them.
    await page.getByRole('button', { name: en['cat.filter.clear'] }).click();
    await page.getByLabel(en['cat.filter.owner']).selectOption({ label: 'FUDA' });
    const owners = () =>
      page.getByTestId('catalogue-table').locator('tbody tr td:nth-of-type(1)').allTextContents();
    await poll(async () => [...new Set(await owners())]).toEqual(['FUDA']);
    await expect(page.getByTestId('catalogue-table').getByRole('button').count()).resolves.toBe(0);
    // Own entries open in the registry.
    await expect(
      page
        .getByTestId('catalogue-table')
        .getByRole('link', { name: 'IDP site list with coordinates' })
        .count(),
    ).resolves.toBe(1);
    await page.getByLabel(en['cat.filter.owner']).selectOption('');
    await page.getByLabel(en['cat.filter.search']).fill('Community perception');
    await poll(() => titles(page)).toEqual(['Community perception survey — district results']);
    await page.screenshot({ path: '/tmp/catalogue-en.png', fullPage: true });

    // Request: the form names the entry, FUDA requests, the contact is the signed-in user's e-mail.
    const title = 'Community perception survey — district results';
    await page.getByRole('button', { name: fill(en['cat.requestLabel'], { title }) }).click();
    const dialog = page.getByTestId('catalogue-request');
    await dialog.getByRole('heading', { name: fill(en['cat.requestTitle'], { title }) }).waitFor();
    await expect(dialog.textContent()).resolves.toContain(fill(en['share.request.intro'], { title }));
    await expect(dialog.getByTestId('request-requester').textContent()).resolves.toContain('FUDA');
    await expect(dialog.getByLabel(en['share.request.contact']).inputValue()).resolves.toBe(partner.email);
    await expect(dialog.getByLabel(en['share.request.entryId']).count()).resolves.toBe(0);
    await expectAccessible(page, 'catalogue request dialog (en)');
    await dialog
      .getByLabel(en['share.request.purpose'])
      .fill('Joint analysis of community perception by district.');
    await dialog
      .getByLabel(en['share.request.intendedUse'])
      .fill('Aggregated findings in the cluster bulletin.');
    await dialog.getByLabel(en['share.request.recipients']).fill('FUDA protection IM team');
    await page.screenshot({ path: '/tmp/catalogue-form-en.png' });
    await dialog.getByRole('button', { name: en['share.request.submit'] }).click();
    await dialog.getByTestId('request-sent').waitFor();
    await page.screenshot({ path: '/tmp/catalogue-request-en.png', fullPage: true });
    expect(await outgoingTitles(page)).toContain(title);
    await page.context().close();
  });

  it('keeps its width in French: the long words wrap or scroll in the table, not the page', async () => {
    const page = await newPage(browser);
    await signIn(
      page,
      baseUrl,
      credentials.find((c) => c.role === 'caseworker')!,
    );
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('navigation').getByRole('link', { name: fr['nav.catalogue'] }).first().click();
    await page.getByRole('heading', { level: 1, name: fr['cat.title'] }).waitFor();
    await page.getByTestId('catalogue-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole('combobox', { name: fr['header.language'], exact: true }).selectOption('en');
    await poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  });

  it('works in Arabic, right to left, and the request goes through', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, partner);
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('navigation').getByRole('link', { name: ar['nav.catalogue'] }).first().click();
    await page.waitForURL(/\/catalogue$/);
    await page.getByRole('heading', { level: 1, name: ar['cat.title'] }).waitFor();
    await page.getByTestId('catalogue-table').waitFor();
    expect(await titles(page)).not.toContain('Protection monitoring household survey — raw responses');
    await expectAccessible(page, 'catalogue (ar)');
    await page.screenshot({ path: '/tmp/catalogue-ar.png', fullPage: true });

    await page.getByLabel(ar['cat.filter.search']).fill('provincial');
    const title = 'Protection monitoring dashboard — provincial figures';
    await poll(() => titles(page)).toEqual([title]);
    // Arabic texts isolate the Latin title (U+2068 … U+2069) in the button's name.
    await page
      .getByRole('button', { name: fill(ar['cat.requestLabel'], { title: `\u2068${title}\u2069` }) })
      .click();
    const dialog = page.getByTestId('catalogue-request');
    await dialog.getByTestId('request-requester').waitFor();
    await expect(dialog.getByLabel(ar['share.request.contact']).inputValue()).resolves.toBe(partner.email);
    await expectAccessible(page, 'catalogue request dialog (ar)');
    await dialog.getByLabel(ar['share.request.purpose']).fill('تحليل مشترك لمخاطر الحماية في المقاطعات.');
    await dialog.getByLabel(ar['share.request.intendedUse']).fill('نتائج مجمّعة في نشرة المجموعة فقط.');
    await dialog.getByLabel(ar['share.request.recipients']).fill('FUDA IM');
    await dialog.getByRole('button', { name: ar['share.request.submit'] }).click();
    await dialog.getByTestId('request-sent').waitFor();
    await page.screenshot({ path: '/tmp/catalogue-request-ar.png', fullPage: true });
    expect(await outgoingTitles(page)).toContain(title);
    await page.context().close();
  });
});
