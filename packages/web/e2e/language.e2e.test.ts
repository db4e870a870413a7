/**
 * Every message in the user's language (issue 8): the language a user chooses is stored with them
 * (PUT /api/me/language through the typed client) and restored when they sign in again, in a fresh
 * browser with nothing saved, and on reload; signed-out pages follow the browser's language or the
 * last one chosen in that browser. French, then Arabic (right to left).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectAccessible, launchBrowser, me, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const probe = inject('languageProbe');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const html = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function waitForLanguage(page: Page, lang: string) {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Chooses a language in the signed-in header and waits until the server has recorded it. */
async function choose(page: Page, lang: 'fr' | 'ar') {
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/language') && r.request().method() === 'PUT',
  );
  await page.getByTestId('language-switcher').selectOption(lang);
  expect((await saved).status()).toBe(200);
  await waitForLanguage(page, lang);
}

async function signOut(page: Page, label: string) {
  await page.getByTestId('user-menu-button').click();
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForURL(/\/sign-in/);
}

describe('the user’s language', () => {
  it('is stored when chosen and restored at the next sign-in in a fresh browser: French, then Arabic', async () => {
    // 1. English browser, nothing stored yet: the app is in English; choose French.
    const first = await newPage(browser);
    await signIn(first, baseUrl, probe, { keepLanguage: true });
    expect(await html(first)).toEqual({ lang: 'en', dir: 'ltr' });
    expect((await me(first)).body?.user.preferredLanguage).toBeNull();
    await choose(first, 'fr');
    expect((await me(first)).body?.user.preferredLanguage).toBe('fr');
    await first.getByRole('navigation', { name: fr['nav.label'] }).waitFor();
    // Signed out, this browser keeps the language last chosen in it.
    await signOut(first, fr['header.signOut']);
    await first.getByRole('button', { name: fr['signIn.submit'] }).waitFor();
    expect(await html(first)).toEqual({ lang: 'fr', dir: 'ltr' });
    await first.context().close();

    // 2. A fresh browser (English, nothing saved): the sign-in page follows the browser; once
    //    signed in, the app is in the user's French; a reload keeps it.
    const second = await newPage(browser);
    await signIn(second, baseUrl, probe, { keepLanguage: true });
    await waitForLanguage(second, 'fr');
    await second.getByRole('navigation', { name: fr['nav.label'] }).waitFor();
    await second.screenshot({ path: '/tmp/shots/t8-lang-restored-fr.png' });
    await second.reload();
    await second.getByRole('navigation', { name: fr['nav.label'] }).waitFor();
    expect(await html(second)).toEqual({ lang: 'fr', dir: 'ltr' });
    await expectAccessible(second, 'home page restored in French');

    // 3. Choose Arabic, sign out; a fresh browser signs in to a right-to-left Arabic app.
    await choose(second, 'ar');
    expect((await me(second)).body?.user.preferredLanguage).toBe('ar');
    await signOut(second, ar['header.signOut']);
    await second.context().close();

    const third = await newPage(browser);
    await third.goto(`${baseUrl}/`);
    await third.waitForURL(/\/sign-in/);
    expect(await html(third)).toEqual({ lang: 'en', dir: 'ltr' });
    await third.getByRole('button', { name: en['signIn.submit'] }).waitFor();
    await signIn(third, baseUrl, probe, { keepLanguage: true });
    await waitForLanguage(third, 'ar');
    await third.getByRole('navigation', { name: ar['nav.label'] }).waitFor();
    expect(await html(third)).toEqual({ lang: 'ar', dir: 'rtl' });
    await third.screenshot({ path: '/tmp/shots/t8-lang-restored-ar.png' });
    await expectAccessible(third, 'home page restored in Arabic');
    await third.context().close();
  }, 180_000);

  it('is switched back to English by the tests’ signIn, so no test inherits an earlier one’s language', async () => {
    // The other browser tests sign in through support.ts's signIn, which switches back to English
    // (and stores it) whatever an earlier test chose for a demo user.
    const fourth = await newPage(browser);
    await signIn(fourth, baseUrl, probe);
    expect(await html(fourth)).toEqual({ lang: 'en', dir: 'ltr' });
    expect((await me(fourth)).body?.user.preferredLanguage).toBe('en');
    await fourth.context().close();
  }, 120_000);
});
