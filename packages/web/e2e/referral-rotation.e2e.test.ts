/**
 * "Rotation required" in Chromium (issue 9, decision 0025 addendum): a member who held the
 * organisation referral key leaves the organisation, the database flags the key, and no referral
 * is sent from or to the organisation until a focal point who holds the key rotates it. An
 * organisation of its own (created here, deactivated at the end, so no other test's referrals are
 * blocked): its focal point creates their key and the organisation key, a caseworker creates theirs
 * and is granted it; the administrator removes the caseworker from the organisation; the focal
 * point's key page shows the alert (en, then ar with the rotation open) and they rotate: the alert
 * is gone and the API no longer says rotation is required. axe on each state; screenshots in /tmp/shots.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import {
  createReferralUserKey,
  csrfOf,
  expectAccessible,
  launchBrowser,
  newPage,
  openReferralKeys,
  signIn,
  unlockReferralKeys,
  type DemoCredential,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const admin = credentials.find((c) => c.role === 'admin')!;
const SHOTS = '/tmp/shots';
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000, interval: 250 });
const ACRONYM = `ROT${randomBytes(2).toString('hex').toUpperCase()}`;
const account = (role: string, who: string): DemoCredential => ({
  email: `${who}.${ACRONYM.toLowerCase()}@e2e.example.org`,
  password: randomBytes(18).toString('base64url'),
  role,
  organisationAcronym: ACRONYM,
});
const focal = account('partner-focal-point', 'focal');
const caseworker = account('caseworker', 'caseworker');
const CASEWORKER_NAME = `Leaving Caseworker ${ACRONYM}`;
const focalPassphrase = `copper valley ${randomBytes(6).toString('hex')} orchard`;
const caseworkerPassphrase = `silver canoe ${randomBytes(6).toString('hex')} meadow`;

let browser: Browser;
let organisationId = '';
let caseworkerId = '';

async function adminCall(method: 'post' | 'delete', path: string, data?: unknown) {
  const page = await newPage(browser);
  await signIn(page, baseUrl, admin);
  const response = await page.context().request.fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'x-csrf-token': await csrfOf(page, baseUrl) },
    ...(data === undefined ? {} : { data }),
  });
  const answer = {
    status: response.status(),
    body: response.status() === 204 ? null : await response.json(),
  };
  await page.context().close();
  return answer as { status: number; body: { id: string } | null };
}
const rotationRequired = async (page: Page) =>
  (
    (await (await page.context().request.get(`${baseUrl}/api/referrals/keys`)).json()) as {
      organisationKey: { rotationRequired: boolean } | null;
    }
  ).organisationKey?.rotationRequired;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  const org = await adminCall('post', '/api/organisations', {
    name: `Rotation test organisation ${ACRONYM}`,
    acronym: ACRONYM,
    type: 'national-ngo',
  });
  expect(org.status).toBe(201);
  organisationId = org.body!.id;
  for (const [who, name] of [
    [focal, `Focal Point ${ACRONYM}`],
    [caseworker, CASEWORKER_NAME],
  ] as const) {
    const user = await adminCall('post', '/api/users', {
      email: who.email,
      displayName: name,
      password: who.password,
      memberships: [{ organisationId, role: who.role }],
    });
    expect(user.status).toBe(201);
    if (who === caseworker) caseworkerId = user.body!.id;
  }
}, 180_000);
afterAll(async () => {
  // No other test sends to this organisation: deactivate it.
  if (organisationId) await adminCall('post', `/api/organisations/${organisationId}/deactivate`);
  await browser?.close();
}, 120_000);

describe('Rotation required after a key holder leaves', () => {
  it('the focal point sees the alert and rotates the organisation key (en, ar)', async () => {
    // Keys: the focal point's own and the organisation key, then the caseworker's, granted.
    const fp = await newPage(browser);
    await signIn(fp, baseUrl, focal);
    await openReferralKeys(fp, baseUrl);
    await createReferralUserKey(fp, en, focalPassphrase);
    await fp.getByRole('button', { name: en['refkeys.org.prepare'], exact: true }).click();
    await fp.getByTestId('recovery-code').waitFor({ timeout: 60_000 });
    await fp.getByLabel(en['refkeys.recovery.saved'], { exact: true }).check();
    await fp.getByRole('button', { name: en['refkeys.org.create'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-message').textContent()).toContain(
      'The organisation key is created',
    );
    expect(await fp.getByTestId('rotation-required').count()).toBe(0);

    const cw = await newPage(browser);
    await signIn(cw, baseUrl, caseworker);
    await openReferralKeys(cw, baseUrl);
    await createReferralUserKey(cw, en, caseworkerPassphrase);
    await cw.context().close();

    await openReferralKeys(fp, baseUrl);
    await unlockReferralKeys(fp, en, focalPassphrase);
    const row = fp.locator('tr', { has: fp.locator(`[data-member="${CASEWORKER_NAME}"]`) });
    await row.getByRole('button', { name: `Grant to ${CASEWORKER_NAME}`, exact: true }).click();
    await fp
      .getByTestId('key-dialog')
      .getByRole('button', { name: en['refkeys.grant.confirm'], exact: true })
      .click();
    await eventually(() => row.locator('[data-access]').getAttribute('data-access')).toBe('holder');
    expect(await rotationRequired(fp)).toBe(false);

    // The caseworker leaves the organisation: the database flags the key.
    const removed = await adminCall('delete', `/api/organisations/${organisationId}/members/${caseworkerId}`);
    expect(removed.status).toBe(204);

    // The focal point's key page says so, and opens the rotation.
    await openReferralKeys(fp, baseUrl);
    const alert = fp.getByTestId('rotation-required');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(en['refkeys.rotate.required'].replace('{organisation}', ACRONYM));
    expect(await rotationRequired(fp)).toBe(true);
    await expectAccessible(fp, 'rotation required (en)');
    await fp.screenshot({ path: `${SHOTS}/t8-lang-rotation-required-en.png`, fullPage: true });

    // In Arabic: the alert, then the rotation (a new key and a new recovery code).
    await fp.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await eventually(() => fp.locator('html').getAttribute('dir')).toBe('rtl');
    const arText = (await alert.textContent()) ?? '';
    expect(arText).toContain(ar['refkeys.rotate.required'].split('{organisation}')[0]!.trim());
    expect(arText).toContain(ACRONYM);
    const before = (await fp.getByTestId('org-key-fingerprint').textContent()) ?? '';
    await unlockReferralKeys(fp, ar, focalPassphrase);
    await fp.getByRole('button', { name: ar['refkeys.rotate.prepare'], exact: true }).click();
    await fp.getByTestId('recovery-code').waitFor({ timeout: 60_000 });
    await fp.getByLabel(ar['refkeys.recovery.saved'], { exact: true }).check();
    await expectAccessible(fp, 'rotation prepared (ar)');
    await fp.screenshot({ path: `${SHOTS}/t8-lang-rotation-prepared-ar.png`, fullPage: true });
    await fp.getByRole('button', { name: ar['refkeys.rotate.submit'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-fingerprint').textContent()).not.toBe(before);
    await eventually(() => fp.getByTestId('rotation-required').count()).toBe(0);
    expect(await rotationRequired(fp)).toBe(false);
    await expectAccessible(fp, 'key rotated (ar)');
    await fp.screenshot({ path: `${SHOTS}/t8-lang-rotation-done-ar.png`, fullPage: true });
    await fp.context().close();
  }, 400_000);
});
