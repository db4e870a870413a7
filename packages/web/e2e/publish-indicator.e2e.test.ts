/**
 * Issue 10, in real Chromium against `steward serve` with the demo: the publish form's closed list
 * of indicators cuts long names, so the chosen indicator is written out whole below the filters
 * (as the Kobo mapping does for its columns). For every indicator of the demo 5W, in English and
 * in Arabic (right to left): the text holds the option's whole name, lies within the viewport
 * (1280 px, and 414 px where the list cuts them) and is not clipped; with every indicator chosen nothing is written. Axe; screenshots
 * in /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import type { Dictionary } from '../src/i18n/dictionary';
import { en } from '../src/i18n/en';
import {
  chooseLanguage,
  expectAccessible,
  expectWholeInView,
  launchBrowser,
  newPage,
  signIn,
} from './support';

const SHOTS = '/tmp/shots';
/** A phone held upright: the closed list is narrower than the long names. */
const NARROW = { width: 414, height: 860 };
const WIDE = { width: 1280, height: 860 };
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const imo = credentials.find((c) => c.role === 'cluster-imo')!;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Chooses each indicator in turn and checks its name is written out whole; returns how many. */
async function expectEveryIndicatorWhole(page: Page, d: Dictionary): Promise<number> {
  const select = page.getByTestId('publish-indicator');
  const chosen = page.getByTestId('publish-indicator-chosen');
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
  const prefix = d['publications.publish.indicatorChosen'].split('{label}')[0]!;
  for (const value of values) {
    await select.selectOption(value);
    const name = (await select.locator('option:checked').textContent())!;
    // The label, then the name (isolated with bidi marks as every text parameter).
    const text = (await chosen.textContent())!;
    expect(text.startsWith(prefix), text).toBe(true);
    expect(text).toContain(name);
    expect(await select.getAttribute('title')).toBe(name);
    expect(await select.getAttribute('aria-describedby')).toBe('publish-indicator-chosen');
    await expectWholeInView(page, chosen, name);
  }
  await select.selectOption('');
  expect(await chosen.count()).toBe(0);
  return values.length;
}

/** Whether some indicator's name is wider than the closed list shows (what makes the text needed). */
const someNameCut = (page: Page) =>
  page.getByTestId('publish-indicator').evaluate((select: HTMLSelectElement) => {
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    probe.style.font = getComputedStyle(select).font;
    document.body.append(probe);
    const widths = [...select.options].map((o) => {
      probe.textContent = o.text;
      return probe.getBoundingClientRect().width;
    });
    probe.remove();
    return Math.max(...widths) > select.clientWidth;
  });

describe('the publish form writes the chosen indicator out whole', () => {
  it('every long indicator name is readable whole, within the viewport and not clipped, in English and Arabic', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, imo);
    await page.goto(`${baseUrl}/publications`);
    await page.getByRole('heading', { level: 1, name: en['publications.title'] }).waitFor();
    await page
      .getByTestId('publish-indicator')
      .locator('option[value="pm-people"]')
      .waitFor({ state: 'attached' });
    // 1280 px: the list is wide enough here; on a narrow screen it cuts the long names.
    expect(await expectEveryIndicatorWhole(page, en)).toBeGreaterThanOrEqual(5);
    await page.setViewportSize(NARROW);
    expect(await someNameCut(page)).toBe(true);
    expect(await expectEveryIndicatorWhole(page, en)).toBeGreaterThanOrEqual(5);
    await page.getByTestId('publish-indicator').selectOption('pm-people');
    await expectAccessible(page, 'publish form with a long indicator chosen, narrow (en)');
    await page
      .locator('form[aria-labelledby="publish-title"]')
      .screenshot({ path: `${SHOTS}/publish-indicator-en.png` });

    // Arabic (the language is chosen in the wide header), wide then narrow.
    await page.setViewportSize(WIDE);
    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 1, name: ar['publications.title'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await expectEveryIndicatorWhole(page, ar)).toBeGreaterThanOrEqual(5);
    await page.setViewportSize(NARROW);
    expect(await someNameCut(page)).toBe(true);
    expect(await expectEveryIndicatorWhole(page, ar)).toBeGreaterThanOrEqual(5);
    await page.getByTestId('publish-indicator').selectOption('pm-people');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, 'publish form with a long indicator chosen, narrow (ar)');
    await page
      .locator('form[aria-labelledby="publish-title"]')
      .screenshot({ path: `${SHOTS}/publish-indicator-ar.png` });
    await page.setViewportSize(WIDE);
    await chooseLanguage(page, 'en');
    await page.context().close();
  }, 120_000);
});
