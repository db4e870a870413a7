/**
 * Pages whose address names what to show (/isp/diff?from=&to=, /diagnostic/report?round=), opened
 * without it (a bookmark, an address typed or cut short): not "could not find" but what to choose,
 * with the way to choose it, in English and in Arabic; and the choice leads to the page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { chooseLanguage, csrfOf, expectAccessible, launchBrowser, newPage, signIn } from './support';

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

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.context().request.get(`${baseUrl}${path}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as T;
}

describe('pages opened without the query that names what they show', () => {
  it('/isp/diff and /diagnostic/report say what to choose, with a link, and lead to the page', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, by('cluster-coordinator'));
    const { items: rounds } = await apiGet<{ items: { id: string; title: string }[] }>(
      page,
      '/api/diagnostic/rounds',
    );
    expect(rounds.length).toBeGreaterThan(0);

    // The ISP diff with fewer than two versions (the demo has one; other tests may have added
    // drafts): nothing to compare yet, and the way to the versions.
    const listed = await apiGet<{ active: { id: string }; versions: { id: string }[] }>(page, '/api/isp');
    if (listed.versions.length < 2) {
      await page.goto(`${baseUrl}/isp/diff`);
      const none = page.getByTestId('isp-diff-choose');
      await none.waitFor();
      expect(await none.locator('p').textContent()).toBe(en['isp.diff.tooFew']);
      await none.getByRole('link', { name: en['isp.diff.versionsLink'] }).waitFor();
      expect(await page.getByLabel(en['isp.compare.from'], { exact: true }).count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      const draft = await page.context().request.post(`${baseUrl}/api/isp/versions`, {
        headers: { 'x-csrf-token': await csrfOf(page, baseUrl) },
        data: { from: listed.active.id },
      });
      expect(draft.status()).toBe(201);
    }
    const { versions } = await apiGet<{ versions: { id: string }[] }>(page, '/api/isp');
    expect(versions.length).toBeGreaterThan(1);

    // Two versions or more: the choice, the versions' page, and the picker that opens the diff.
    for (const address of ['/isp/diff', `/isp/diff?from=${encodeURIComponent(versions[1]!.id)}`]) {
      await page.goto(`${baseUrl}${address}`);
      const choose = page.getByTestId('isp-diff-choose');
      await choose.waitFor();
      expect(await choose.locator('p').textContent()).toBe(en['isp.diff.choose']);
      expect(await choose.getByRole('link', { name: en['isp.diff.versionsLink'] }).getAttribute('href')).toBe(
        '/isp',
      );
      expect(await page.getByRole('alert').count()).toBe(0);
    }
    // (the version given is kept in the picker)
    expect(await page.getByLabel(en['isp.compare.from'], { exact: true }).inputValue()).toBe(versions[1]!.id);
    await page.screenshot({ path: join(SCREENSHOTS, 'isp-diff-choose-en.png'), fullPage: true });
    await expectAccessible(page, 'the ISP diff without versions');
    await page.getByRole('button', { name: en['isp.compare.submit'] }).click();
    await page.getByTestId('isp-diff').waitFor();
    expect(new URL(page.url()).searchParams.get('to')).toBe(versions[0]!.id);

    // The diagnostic report: every round's report, and the way back to the diagnostic.
    await page.goto(`${baseUrl}/diagnostic/report?party=cluster`);
    const chooseRound = page.getByTestId('diagnostic-report-choose');
    await chooseRound.waitFor();
    expect(await chooseRound.locator('p').textContent()).toBe(en['diagnostic.report.choose']);
    expect(
      await chooseRound.getByRole('link', { name: en['diagnostic.report.back'] }).getAttribute('href'),
    ).toBe('/diagnostic');
    expect(await chooseRound.locator('li').count()).toBe(rounds.length);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-report-choose-en.png'), fullPage: true });
    await expectAccessible(page, 'the diagnostic report without a round');
    const latest = rounds[rounds.length - 1]!;
    await chooseRound.getByRole('link', { name: latest.title }).click();
    await page.getByTestId('diagnostic-report').waitFor();
    const url = new URL(page.url());
    expect([url.searchParams.get('round'), url.searchParams.get('party')]).toEqual([latest.id, 'cluster']);

    // In Arabic, right to left.
    await chooseLanguage(page, 'ar');
    await page.goto(`${baseUrl}/diagnostic/report`);
    await chooseRound.waitFor();
    expect(await chooseRound.locator('p').textContent()).toBe(ar['diagnostic.report.choose']);
    await chooseRound.getByRole('link', { name: ar['diagnostic.report.back'] }).waitFor();
    await page.goto(`${baseUrl}/isp/diff`);
    await page.getByTestId('isp-diff-choose').waitFor();
    expect(await page.getByTestId('isp-diff-choose').locator('p').textContent()).toBe(ar['isp.diff.choose']);
    await page.screenshot({ path: join(SCREENSHOTS, 'isp-diff-choose-ar.png'), fullPage: true });
    await expectAccessible(page, 'the ISP diff without versions in Arabic');
    await chooseLanguage(page, 'en');
    await page.context().close();
  });
});
