/**
 * Organisations and personal API tokens in Chromium (issue 8), in English and Arabic: the home
 * page's promises lead to the pages; the cluster coordinator adds an organisation with a bad
 * acronym (told at the field), then a taken one (told by the server), fixes it, edits it and
 * deactivates it after a confirmation; a partner focal point sees the list read-only and the API
 * refuses their write (403); a user creates a token, sees it once, uses it like curl would,
 * revokes it, and the same request then fails. axe on every state; screenshots in /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const coordinator = credentials.find((c) => c.role === 'cluster-coordinator')!;
const focal = credentials.find(
  (c) => c.role === 'partner-focal-point' && c.email.startsWith('focal-point.'),
)!;
const SHOTS = '/tmp/shots';
const FSI = '\u2068';
const PDI = '\u2069';
/** A message with its parameters, as the app renders it in `dict`'s direction. */
const fill = (text: string, params: Record<string, string>, rtl: boolean) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => (rtl ? `${FSI}${params[k]}${PDI}` : params[k]!));

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function chooseLanguage(page: Page, code: 'en' | 'ar') {
  if (code === 'en') return;
  await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption(code);
  await page.locator(`html[lang="${code}"]`).waitFor();
}

const suffix = Date.now().toString(36).slice(-4).toUpperCase();

describe('Organisations', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`a coordinator adds (bad, then taken, then good acronym), edits and deactivates (${lang})`, async () => {
      const t = lang === 'en' ? en : ar;
      const rtl = lang === 'ar';
      const acronym = `${lang.toUpperCase()}X${suffix}`;
      const page = await newPage(browser);
      await signIn(page, baseUrl, coordinator);
      await chooseLanguage(page, lang);
      // The home page's promise leads to the page.
      await page.getByTestId('capability-can.manageOrganisations').click();
      await page.waitForURL(/\/organisations$/);
      await page.getByTestId('organisations-table').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t['orgs.heading']);
      await expectAccessible(page, `organisations: coordinator list (${lang})`);
      await page.screenshot({ path: `${SHOTS}/organisations-list-${lang}.png`, fullPage: true });

      await page.getByTestId('add-organisation').click();
      const dialog = page.getByTestId('organisation-dialog');
      const name = dialog.getByLabel(t['orgs.form.name'], { exact: true });
      const acronymField = dialog.getByLabel(t['orgs.form.acronym'], { exact: true });
      await name.fill(`Associação de teste ${lang} ${suffix}`);
      await acronymField.fill('NEW ORG');
      await dialog.getByLabel(t['orgs.form.type'], { exact: true }).selectOption('national-ngo');
      await dialog.getByRole('button', { name: t['orgs.form.create'] }).click();
      await dialog.getByText(t['orgs.form.acronymFormat']).waitFor();
      expect(await acronymField.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, `organisations: bad acronym (${lang})`);
      await page.screenshot({ path: `${SHOTS}/organisations-bad-acronym-${lang}.png` });

      // Taken (another case of a demo organisation's acronym): the server says so at the field.
      await acronymField.fill('tri');
      await dialog.getByRole('button', { name: t['orgs.form.create'] }).click();
      await dialog.getByText(fill(t['orgs.form.acronymTaken'], { acronym: 'tri' }, rtl)).waitFor();
      await expectAccessible(page, `organisations: taken acronym (${lang})`);

      await acronymField.fill(acronym);
      await dialog.getByRole('button', { name: t['orgs.form.create'] }).click();
      await expect
        .poll(() => page.getByTestId('organisations-notice').textContent())
        .toBe(fill(t['orgs.added'], { acronym }, rtl));
      const row = page.getByRole('row').filter({ hasText: acronym });
      await row.waitFor();
      expect(await page.getByTestId(`status-${acronym}`).textContent()).toBe(t['orgStatus.active']);

      // Edit: a new name.
      await row.getByRole('button', { name: fill(t['orgs.editOf'], { name: acronym }, rtl) }).click();
      await dialog.getByRole('heading').waitFor();
      await expectAccessible(page, `organisations: edit dialog (${lang})`);
      await name.fill(`Associação renomeada ${lang} ${suffix}`);
      await dialog.getByRole('button', { name: t['orgs.form.save'] }).click();
      await expect
        .poll(() => page.getByTestId('organisations-notice').textContent())
        .toBe(fill(t['orgs.saved'], { acronym }, rtl));
      await page
        .getByRole('row')
        .filter({ hasText: `Associação renomeada ${lang} ${suffix}` })
        .waitFor();

      // Deactivate, after a confirmation that says what it does.
      await row.getByRole('button', { name: fill(t['orgs.deactivateOf'], { name: acronym }, rtl) }).click();
      const confirm = page.getByTestId('organisation-status-dialog');
      await confirm.getByText(fill(t['orgs.confirm.deactivateBody'], { acronym }, rtl)).waitFor();
      await expectAccessible(page, `organisations: deactivate confirmation (${lang})`);
      await page.screenshot({ path: `${SHOTS}/organisations-deactivate-${lang}.png` });
      await confirm.getByTestId('confirm-status').click();
      await expect
        .poll(() => page.getByTestId(`status-${acronym}`).textContent())
        .toBe(t['orgStatus.inactive']);
      expect(await page.getByTestId('organisations-notice').textContent()).toBe(
        fill(t['orgs.deactivated'], { acronym }, rtl),
      );
      await expectAccessible(page, `organisations: after deactivation (${lang})`);
      await page.screenshot({ path: `${SHOTS}/organisations-deactivated-${lang}.png`, fullPage: true });
      await page.context().close();
    });
  }

  it('a partner focal point sees the list read-only, and the API refuses their write', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, focal);
    await page.goto(`${baseUrl}/organisations`);
    await page.getByTestId('organisations-table').waitFor();
    await page.getByTestId('organisations-read-only').waitFor();
    expect(await page.getByTestId('add-organisation').count()).toBe(0);
    expect(await page.getByRole('button', { name: en['orgs.edit'] }).count()).toBe(0);
    // The contact list: the focal point is listed with their organisation.
    const own = page.getByRole('row').filter({ hasText: focal.organisationAcronym });
    expect(await own.first().textContent()).toContain(focal.email);
    await expectAccessible(page, 'organisations: read-only (en)');
    await page.screenshot({ path: `${SHOTS}/organisations-read-only-en.png`, fullPage: true });
    const statuses = await page.evaluate(async () => {
      const session = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const headers = { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
      const orgs = (await (await fetch('/api/organisations')).json()) as { items: { id: string }[] };
      const create = await fetch('/api/organisations', {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Sneaky', acronym: 'SNEAKY', type: 'other' }),
      });
      const deactivate = await fetch(`/api/organisations/${orgs.items[0]!.id}/deactivate`, {
        method: 'POST',
        headers,
      });
      return [create.status, deactivate.status];
    });
    expect(statuses).toEqual([403, 403]);
    await page.context().close();
  });
});

describe('Personal API tokens', () => {
  it('creates a token shown once, uses it, revokes it, and the request then fails', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, focal);
    await page.getByTestId('capability-can.manageTokens').click();
    await page.waitForURL(/\/account\/tokens$/);
    await page.getByTestId('token-form').waitFor();
    await expectAccessible(page, 'tokens: empty form (en)');

    // A name is required.
    await page.getByRole('button', { name: en['tokens.create'] }).click();
    await page.getByText(en['tokens.nameRequired']).waitFor();
    await expectAccessible(page, 'tokens: name missing (en)');

    const tokenName = `nightly upload ${suffix}`;
    await page.getByLabel(en['tokens.name'], { exact: true }).fill(tokenName);
    await page.getByLabel(en['tokens.expiry'], { exact: true }).selectOption('30');
    await page.getByRole('button', { name: en['tokens.create'] }).click();
    const value = await page.getByTestId('token-value').inputValue();
    expect(value).toMatch(/^stw_/);
    await page.getByText(en['tokens.createdWarning']).waitFor();
    await page.getByRole('button', { name: en['tokens.copy'] }).click();
    await expectAccessible(page, 'tokens: created, shown once (en)');
    await page.screenshot({ path: `${SHOTS}/tokens-created-en.png`, fullPage: true });

    // Used once, as curl would (no cookie, only the header).
    const use = () =>
      fetch(`${baseUrl}/api/organisations`, { headers: { authorization: `Bearer ${value}` } });
    expect((await use()).status).toBe(200);

    // Shown once: after a reload only the list remains, with the last use recorded.
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: tokenName });
    await row.waitFor();
    expect(await page.getByTestId('token-created').count()).toBe(0);
    expect(await page.content()).not.toContain(value);
    expect(await row.textContent()).not.toContain(en['tokens.never']);
    expect(await page.getByTestId(`token-status-${tokenName}`).textContent()).toBe(
      en['tokens.status.active'],
    );

    await row.getByRole('button', { name: en['tokens.revokeOf'].replace('{name}', tokenName) }).click();
    const dialog = page.getByTestId('token-revoke-dialog');
    await dialog.getByText(en['tokens.confirmBody']).waitFor();
    await expectAccessible(page, 'tokens: revoke confirmation (en)');
    await dialog.getByTestId('confirm-revoke').click();
    await expect
      .poll(() => page.getByTestId(`token-status-${tokenName}`).textContent())
      .toBe(en['tokens.status.revoked']);
    await expectAccessible(page, 'tokens: revoked (en)');
    await page.screenshot({ path: `${SHOTS}/tokens-revoked-en.png`, fullPage: true });
    expect((await use()).status).toBe(401);

    // The same page in Arabic.
    await chooseLanguage(page, 'ar');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ar['tokens.heading']);
    expect(await page.getByTestId(`token-status-${tokenName}`).textContent()).toBe(
      ar['tokens.status.revoked'],
    );
    await expectAccessible(page, 'tokens: list (ar)');
    await page.screenshot({ path: `${SHOTS}/tokens-ar.png`, fullPage: true });
    await page.context().close();
  });
});
