/**
 * Account security in Chromium (issue 7, ASVS level 2): turn on two-factor sign-in (QR code, key,
 * confirm with a code computed by the same TOTP library an authenticator app implements, recovery
 * codes shown once), sign in with a code, change the password, sign in with a recovery code, and
 * see the sessions. The account-probe user exists only for this test (global-setup.ts).
 */
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { en } from '../src/i18n/en';
import { launchBrowser, newPage } from './support';

const baseUrl = inject('baseUrl');
const probe = inject('accountProbe');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const code = (secret: string, offsetSteps: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offsetSteps * 30_000 });

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(en['signIn.email'], { exact: true }).fill(email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
}

async function openAccount(page: Page) {
  await page.getByTestId('user-menu-button').click();
  await page.getByTestId('account-link').click();
  await page.getByRole('heading', { name: en['account.heading'] }).waitFor();
}

describe('account security', () => {
  it('turns on two-factor sign-in, signs in with a code, changes the password, signs in with a recovery code', async () => {
    let password = probe.password;
    const page = await newPage(browser);

    // 1. Sign in with the password only (two-factor is optional for a viewer) and turn it on.
    await passwordStep(page, probe.email, password);
    await page.getByTestId('active-organisation').waitFor();
    await openAccount(page);
    expect(await page.getByTestId('two-factor-state').textContent()).toBe(en['account.twoFactor.off']);
    await page.getByRole('button', { name: en['account.twoFactor.start'] }).click();
    const qr = page.getByRole('img', { name: en['account.twoFactor.qrAlt'] });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // a wrong code is refused with a clear message
    await page.getByLabel(en['account.code'], { exact: true }).fill('000000');
    await page.getByRole('button', { name: en['account.twoFactor.confirm'] }).click();
    expect(await page.getByTestId('totp-error').textContent()).toContain(en['account.reason.code-wrong']);
    await page.getByLabel(en['account.code'], { exact: true }).fill(code(secret, 0));
    await page.getByRole('button', { name: en['account.twoFactor.confirm'] }).click();
    const codesBox = page.getByTestId('recovery-codes');
    await codesBox.waitFor();
    const recoveryCodes = (await codesBox.locator('code').allTextContents()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    await page.getByRole('button', { name: en['account.twoFactor.codesSaved'] }).click();
    await expect
      .poll(() => page.getByTestId('two-factor-state').textContent())
      .toBe(en['account.twoFactor.on']);

    // 2. Sign out; signing in now asks for a code before any page.
    await page.getByTestId('user-menu-button').click();
    await page.getByRole('button', { name: en['header.signOut'], exact: true }).click();
    await passwordStep(page, probe.email, password);
    await page.getByTestId('sign-in-step-totp').waitFor();
    await page.getByLabel(en['account.code'], { exact: true }).fill(code(secret, 1)); // the next step: unused
    await page.getByRole('button', { name: en['account.verify'] }).click();
    await page.getByTestId('active-organisation').waitFor();

    // 3. Change the password: a common one is refused, then a good one; sessions are listed.
    await openAccount(page);
    const form = page.getByTestId('password-form');
    await form.getByLabel(en['account.password.current'], { exact: true }).fill(password);
    await form.getByLabel(en['account.password.new'], { exact: true }).fill('1qaz2wsx3edc');
    await form.getByLabel(en['account.password.confirm'], { exact: true }).fill('1qaz2wsx3edc');
    await form.getByRole('button', { name: en['account.password.submit'] }).click();
    expect(await page.getByTestId('password-error').textContent()).toContain(
      en['account.reason.password-common'],
    );
    password = 'a probe of forty-two browser tests';
    await form.getByLabel(en['account.password.current'], { exact: true }).fill(probe.password);
    await form.getByLabel(en['account.password.new'], { exact: true }).fill(password);
    await form.getByLabel(en['account.password.confirm'], { exact: true }).fill(password);
    await form.getByRole('button', { name: en['account.password.submit'] }).click();
    await page.getByTestId('password-notice').waitFor();
    expect(await page.getByTestId('sessions-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    await page.getByRole('button', { name: en['account.sessions.endOthers'] }).click();
    await page.getByTestId('sessions-notice').waitFor();

    // 4. Sign in elsewhere with the new password and a recovery code.
    const other = await newPage(browser);
    await passwordStep(other, probe.email, password);
    await other.getByTestId('sign-in-step-totp').waitFor();
    await other.getByLabel(en['account.code'], { exact: true }).fill(recoveryCodes[0]!);
    await other.getByRole('button', { name: en['account.verify'] }).click();
    await other.getByTestId('active-organisation').waitFor();
    await openAccount(other);
    await expect
      .poll(() => other.getByTestId('two-factor-section').textContent())
      .toContain(en['account.twoFactor.codesLeft'].other.replace('{count}', '9'));
  });
});
