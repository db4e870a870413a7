/**
 * Issue 11 §1: a member answers the current diagnostic round in real Chromium against `steward
 * serve` with the demo: pre-filled evidence from Steward's own data, saving, scores, and the
 * comparison with the previous round; then the page in French.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { launchBrowser, me, newPage, signIn } from './support';

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

describe('diagnostic', () => {
  it('a focal point answers the current round, sees pre-filled evidence, scores and the previous round', async () => {
    const page = await newPage(browser);
    const tri = by('partner-focal-point'); // TRI's focal point (also a viewer in AMD)
    expect(tri.organisationAcronym).toBe('TRI');
    await signIn(page, baseUrl, tri);
    // act for TRI, which has not answered the current round yet
    const session = (await me(page)).body!;
    const own = session.memberships.find((m) => m.acronym === 'TRI')!;
    if (session.activeOrganisationId !== own.organisationId) {
      await page
        .getByRole('combobox', { name: en['header.organisation'], exact: true })
        .selectOption(own.organisationId);
      await expect.poll(() => page.getByTestId('active-organisation-acronym').textContent()).toBe('TRI');
    }
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.diagnostic'] })
      .click();
    await page.getByRole('heading', { level: 1, name: en['diagnostic.title'] }).waitFor();
    // the current (open) round is chosen; its answers are pre-filled from the registry
    const evidence = page.locator('[data-item="reg.coverage"] [data-evidence]');
    await evidence.waitFor();
    expect(await evidence.textContent()).toContain(en['diagnostic.found']);
    const coverage = page.locator('select[name="reg.coverage"]');
    expect(await coverage.inputValue()).not.toBe('');

    // answer one item by hand and save
    await page.locator('select[name="inc.sop"]').selectOption('partial');
    await page.getByRole('button', { name: en['diagnostic.save'] }).click();
    const message = page.getByTestId('diagnostic-message');
    await message.waitFor();
    expect(await message.textContent()).toBe(en['diagnostic.saved']);
    expect(await page.locator('[data-score="overall"]').textContent()).toMatch(/\d+ %/);
    expect(await page.locator('select[name="inc.sop"]').inputValue()).toBe('partial');

    // the previous round side by side
    const compare = page.getByRole('table', { name: en['diagnostic.compare'] });
    await compare.waitFor();
    const headers = await compare.locator('thead th').allTextContents();
    expect(headers.some((h) => h.startsWith('Baseline diagnostic'))).toBe(true);
    expect(headers.some((h) => h.startsWith('Annual diagnostic'))).toBe(true);
    expect(await compare.locator('[data-compare="registry"] td').count()).toBe(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-en.png'), fullPage: false });

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: fr['diagnostic.title'] }).waitFor();
    await page.getByRole('table', { name: fr['diagnostic.compare'] }).waitFor();
    expect(await page.getByTestId('diagnostic-message').textContent()).toBe(fr['diagnostic.saved']);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnostic-fr.png'), fullPage: false });
    await page.context().close();
  });
});
