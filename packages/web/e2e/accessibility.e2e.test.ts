/**
 * axe-core on every page the navigation offers, for each kind of role, in English, French and
 * Arabic, and on the signed-out pages and the open menus: 0 violations (issue 8). Also the
 * navigation itself: every module fits at 1280 px in fr and ar (nothing cut off, no sideways
 * scrolling) and folds behind "Menu" on a narrow screen.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));
const DICTS = { en, fr, ar } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The language select, whatever the language shown now. */
const LANGUAGE_LABEL = new RegExp(`^(${[en, fr, ar].map((d) => d['header.language']).join('|')})$`);

async function chooseLanguage(page: Page, lang: keyof typeof DICTS): Promise<void> {
  const select = page.getByRole('combobox', { name: LANGUAGE_LABEL });
  if ((await page.locator('html').getAttribute('lang')) === lang) return;
  await select.selectOption(lang);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
}

/** The navigation's link paths, in order. */
async function navPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId('main-navigation')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs;
}

/** Opens `path` in the app, waits for its main heading and what loads under it. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Lists load after the heading: wait until no loading indicator is left.
  await expect.poll(() => page.locator('[aria-busy="true"], .spinner').count(), { timeout: 20_000 }).toBe(0);
}

describe('axe on every page', () => {
  it('signed-out pages: sign-in and the public request form (en, fr, ar)', async () => {
    const page = await newPage(browser);
    for (const lang of ['en', 'fr', 'ar'] as const) {
      await page.goto(`${baseUrl}/sign-in`);
      await page
        .getByRole('button', { name: en['signIn.submit'] })
        .or(page.locator('form button'))
        .first()
        .waitFor();
      if (lang !== 'en') {
        await page.getByRole('combobox').first().selectOption(lang);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      }
      await expectAccessible(page, `sign-in (${lang})`);
      await page.goto(`${baseUrl}/request`);
      await page.locator('h1').first().waitFor();
      await expectAccessible(page, `public request form (${lang})`);
      await page.goto(`${baseUrl}/public/directory`);
      await page.getByTestId('directory-table').waitFor();
      await expectAccessible(page, `public directory (${lang})`);
    }
    await page.context().close();
  });

  for (const role of ['cluster-coordinator', 'partner-focal-point', 'viewer'] as const) {
    it(
      `every page the navigation offers a ${role}, and the account page (en)`,
      { timeout: 240_000 },
      async () => {
        const who = credentials.find((c) => c.role === role)!;
        const page = await newPage(browser);
        await signIn(page, baseUrl, who);
        const paths = await navPaths(page);
        expect(paths.length).toBeGreaterThan(2);
        for (const path of [...paths, '/account', '/no-such-page']) {
          await visit(page, path);
          await expectAccessible(page, `${path} as ${role}`);
        }
        // The open user menu is a state of every page.
        await page.getByTestId('user-menu-button').click();
        await page.getByRole('button', { name: en['header.signOut'] }).waitFor();
        await expectAccessible(page, `the open user menu (${role})`);
        await page.context().close();
      },
    );
  }

  it('every page of a cluster coordinator in French and Arabic', { timeout: 300_000 }, async () => {
    const who = credentials.find((c) => c.role === 'cluster-coordinator')!;
    const page = await newPage(browser);
    await signIn(page, baseUrl, who);
    for (const lang of ['fr', 'ar'] as const) {
      await page.goto(`${baseUrl}/`);
      await chooseLanguage(page, lang);
      for (const path of await navPaths(page)) {
        await visit(page, path);
        await expectAccessible(page, `${path} (${lang})`);
      }
    }
    await page.context().close();
  });
});

describe('narrow screens', () => {
  it(
    'no page scrolls sideways at 414 px in English and Arabic (a coordinator: the navigation, home, audit log and one detail of each list)',
    { timeout: 300_000 },
    async () => {
      const who = credentials.find((c) => c.role === 'cluster-coordinator')!;
      const page = await newPage(browser);
      await signIn(page, baseUrl, who);
      const firstLink = async (path: string, pattern: RegExp) => {
        await visit(page, path);
        const hrefs = await page
          .locator('main a[href]')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        const found = hrefs.find((h) => pattern.test(h));
        if (!found) throw new Error(`no link matching ${pattern} on ${path}`);
        return found;
      };
      // Details whose tables widened the page (an ISP version's endorsements, an assessment's
      // data flows, the IMO's review list).
      const details = [
        await firstLink('/isp', /^\/isp\/[0-9a-f-]{36}$/),
        await firstLink('/assessments', /^\/assessments\/[0-9a-f-]{36}$/),
        await firstLink('/reporting', /^\/reporting\/review\//),
      ];
      const paths = [...new Set([...(await navPaths(page)), '/', '/audit', ...details])];
      await page.setViewportSize({ width: 414, height: 860 });
      const wide: string[] = [];
      for (const lang of ['en', 'ar'] as const) {
        await chooseLanguage(page, lang);
        for (const path of paths) {
          await visit(page, path);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          if (overflow > 0) wide.push(`${path} (${lang}): ${overflow} px too wide`);
        }
      }
      expect(wide).toEqual([]);
      await page.context().close();
    },
  );
});

describe('navigation that scales', () => {
  it('shows every module, none cut off, at 1280 px in en, fr and ar (screenshots)', async () => {
    const who = credentials.find((c) => c.role === 'cluster-coordinator')!;
    const page = await newPage(browser);
    await signIn(page, baseUrl, who);
    for (const lang of ['en', 'fr', 'ar'] as const) {
      await chooseLanguage(page, lang);
      const nav = page.getByRole('navigation', { name: DICTS[lang]['nav.label'] });
      await nav.waitFor();
      expect(await nav.isVisible()).toBe(true);
      // Nothing scrolls sideways, and no link is clipped (its text fits its box).
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const clipped = await nav
        .getByRole('link')
        .evaluateAll((links) =>
          links
            .filter((a) => a.scrollWidth > a.clientWidth + 1 || a.getBoundingClientRect().width === 0)
            .map((a) => a.textContent),
        );
      expect(clipped).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `navigation-${lang}-1280.png`) });
    }
    await page.context().close();
  });

  it('folds behind "Menu" on a narrow screen, opens and closes after choosing a page (fr)', async () => {
    const who = credentials.find((c) => c.role === 'cluster-coordinator')!;
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, who);
    await chooseLanguage(page, 'fr');
    const nav = page.getByTestId('main-navigation');
    expect(await nav.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: fr['nav.menu'], exact: true });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: fr['nav.registry'] }).waitFor();
    await expectAccessible(page, 'the open narrow-screen menu (fr)');
    await page.screenshot({ path: join(SCREENSHOTS, 'navigation-fr-narrow.png') });
    // The open menu fits the screen: no link runs off its side.
    expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await nav.getByRole('link', { name: fr['nav.registry'] }).click();
    await page.waitForURL(/\/registry$/);
    expect(await nav.isVisible()).toBe(false);
    await context.close();
  });
});
