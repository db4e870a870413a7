/**
 * The service directory in Chromium (issue 9): a caseworker filters the directory and opens a
 * service (referral method, intake criteria and partner-only focal point shown), in English and
 * Arabic; the owner confirms its entry is current; signed out, the public directory lists only
 * services listed publicly, with public fields only. axe on each state.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const caseworker = credentials.find((c) => c.role === 'caseworker')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const rows = (page: Page) =>
  page
    .getByTestId('directory-table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-service')));

async function setLanguage(page: Page, lang: 'ar') {
  await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
}

describe('Service directory', () => {
  it('filters the directory and opens a service with its partner-only fields (en)', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, caseworker);
    await page.getByRole('navigation').getByRole('link', { name: en['nav.directory'] }).first().click();
    await page.waitForURL(/\/directory$/);
    await page.getByTestId('directory-table').waitFor();
    const all = await rows(page);
    expect(all).toContain('Legal counselling and civil documentation');
    expect(all).toContain('Emergency safe shelter');
    await expectAccessible(page, 'directory list (en)');

    // Service type: legal → only AMD's legal counselling.
    await page.getByLabel(en['dir.filter.type']).selectOption('legal');
    await expect.poll(() => rows(page)).toEqual(['Legal counselling and civil documentation']);
    await page.getByLabel(en['dir.filter.type']).selectOption('');
    // Population + language narrow the list; every row left matches on the server side.
    await page.getByLabel(en['dir.filter.population']).selectOption('girls');
    await expect.poll(() => rows(page)).toEqual(['Women and girls safe space']);
    await page.getByLabel(en['dir.filter.population']).selectOption('');
    // Accessibility: sign language → the AMD legal aid desk's service.
    await page.getByLabel(en['dir.filter.accessibility']).selectOption('sign-language');
    await expect.poll(() => rows(page)).toEqual(['Legal counselling and civil documentation']);
    await page.getByLabel(en['dir.filter.accessibility']).selectOption('');
    // Admin area p-code of Nampula province (MZ07): services covering it or an area inside it.
    await page.getByLabel(en['dir.filter.pcode']).fill('MZ07');
    await expect
      .poll(async () => (await rows(page)).includes('Legal counselling and civil documentation'))
      .toBe(false);
    expect(await rows(page)).toContain('Women and girls safe space');
    await page.getByLabel(en['dir.filter.pcode']).fill('');

    await page.getByRole('link', { name: 'Women and girls safe space' }).click();
    await page.waitForURL(/\/directory\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('service-detail');
    await detail.waitFor();
    await expect
      .poll(() => page.locator('[data-field="referral-method"]').textContent())
      .toBe(en['dir.method.steward']);
    expect(await page.locator('[data-field="intake"]').textContent()).toBe('Women and girls (12+).');
    expect(await detail.textContent()).toContain('gbv.rcsn@demo.example.org');
    await expectAccessible(page, 'service detail (en)');
    await page.context().close();
  });

  it('works in Arabic, right to left', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, caseworker);
    await setLanguage(page, 'ar');
    await page.goto(`${baseUrl}/directory`);
    await page.getByRole('heading', { level: 1, name: ar['dir.title'] }).waitFor();
    await page.getByTestId('directory-table').waitFor();
    await page.getByLabel(ar['dir.filter.type']).selectOption('family-tracing');
    await expect.poll(() => rows(page)).toEqual(['Family tracing and reunification']);
    expect(await page.getByTestId('directory-table').textContent()).toContain(ar['dir.type.family-tracing']);
    await expectAccessible(page, 'directory list (ar)');
    await page.getByRole('link', { name: 'Family tracing and reunification' }).click();
    await page.getByTestId('service-detail').waitFor();
    expect(await page.getByTestId('service-detail').textContent()).toContain(ar['dir.intake']);
    await expectAccessible(page, 'service detail (ar)');
    await page.screenshot({ path: '/tmp/directory-ar.png', fullPage: true });
    await page.context().close();
  });

  it('lets the owner confirm its service is current', async () => {
    const owner = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    );
    if (!owner) throw new Error('The demo has no RCSN focal point');
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page.goto(`${baseUrl}/directory/mine`);
    const card = page.locator('[data-mine="Women and girls safe space"]');
    await card.waitFor();
    expect(await page.locator('[data-mine="Psychosocial support groups"]').count()).toBe(0);
    await card
      .getByRole('button', { name: en['dir.review'].replace('{name}', 'Women and girls safe space') })
      .click();
    await expect
      .poll(() => page.getByTestId('directory-message').textContent())
      .toBe(en['dir.reviewed'].replace('{name}', 'Women and girls safe space'));
    const today = new Date().toISOString().slice(0, 10);
    await expect.poll(() => card.textContent()).toContain(today);
    await expectAccessible(page, 'my services (en)');
    // Saving unchanged keeps the service's one location (the PUT replaces it with what was read).
    await card
      .getByRole('button', { name: en['dir.edit.open'].replace('{name}', 'Women and girls safe space') })
      .click();
    await card.getByRole('button', { name: en['dir.edit.save'] }).click();
    await expect
      .poll(() => page.getByTestId('directory-message').textContent())
      .toBe(en['dir.edit.saved'].replace('{name}', 'Women and girls safe space'));
    await card.getByRole('link', { name: 'Women and girls safe space' }).click();
    await page.getByTestId('service-detail').waitFor();
    const locations =
      (await page.locator('dd', { hasText: 'RCSN women and girls safe space' }).textContent()) ?? '';
    expect(locations.split('RCSN women and girls safe space').length - 1).toBe(1);
    expect(await page.getByTestId('service-contacts').locator('li').count()).toBe(1);
    await page.context().close();
  });

  it('lets the owner edit the intake criteria, keeping the contacts and other fields', async () => {
    const owner = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    );
    if (!owner) throw new Error('The demo has no RCSN focal point');
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page.goto(`${baseUrl}/directory/mine`);
    const card = page.locator('[data-mine="Emergency safe shelter"]');
    await card.waitFor();
    await card
      .getByRole('button', { name: en['dir.edit.open'].replace('{name}', 'Emergency safe shelter') })
      .click();
    const form = card.getByTestId('service-edit');
    await form.getByLabel(en['dir.intake']).fill('Persons at immediate risk, referred by a caseworker.');
    await form.getByLabel(en['dir.referralMethod']).selectOption('in-person');
    await expectAccessible(page, 'edit form (en)');
    await form.getByRole('button', { name: en['dir.edit.save'] }).click();
    await expect
      .poll(() => page.getByTestId('directory-message').textContent())
      .toBe(en['dir.edit.saved'].replace('{name}', 'Emergency safe shelter'));
    await card.getByRole('link', { name: 'Emergency safe shelter' }).click();
    await page.getByTestId('service-detail').waitFor();
    await expect
      .poll(() => page.locator('[data-field="intake"]').textContent())
      .toBe('Persons at immediate risk, referred by a caseworker.');
    expect(await page.locator('[data-field="referral-method"]').textContent()).toBe(
      en['dir.method.in-person'],
    );
    const text = (await page.getByTestId('service-detail').textContent()) ?? '';
    expect(text).toContain('shelter.rcsn@demo.example.org');
    expect(text).toContain('Short-term safe shelter for persons at immediate risk.');
    expect(text).toContain('MZ07');
    await page.context().close();
  });

  it('shows signed-out visitors only public services and public fields (en, ar)', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl}/public/directory`);
    expect(new URL(page.url()).pathname).toBe('/public/directory');
    await page.getByTestId('directory-table').waitFor();
    const listed = await rows(page);
    expect(listed).toContain('Women and girls safe space');
    expect(listed).not.toContain('Emergency safe shelter');
    await expectAccessible(page, 'public directory (en)');
    await page.getByRole('button', { name: 'Women and girls safe space' }).click();
    const detail = page.getByTestId('service-detail');
    await detail.waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Safe space, GBV case management');
    expect(text).not.toContain('gbv.rcsn@demo.example.org');
    expect(text).not.toContain('Women and girls (12+).');
    expect(text).not.toContain(en['dir.referralMethod']);
    expect(await page.locator('[data-field="intake"]').count()).toBe(0);
    await expectAccessible(page, 'public service (en)');

    await page.getByRole('combobox').first().selectOption('ar');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: ar['dir.public.heading'] }).waitFor();
    await expectAccessible(page, 'public service (ar)');
    await page.getByRole('button', { name: ar['dir.back'] }).click();
    await page.getByTestId('directory-table').waitFor();
    await expectAccessible(page, 'public directory (ar)');
    await page.screenshot({ path: '/tmp/directory-public-ar.png', fullPage: true });
    await page.context().close();
  });
});
