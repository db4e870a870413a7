/**
 * Referral key setup in Chromium (issue 9), in English and Arabic. BCSA has a focal point but no
 * referral key in the demo. Its focal point creates their own key (a weak passphrase and a
 * mismatched confirmation are refused), then the organisation key: the recovery code is shown once,
 * downloaded as a file, and nothing is created before they confirm they saved it. A fresh
 * caseworker of BCSA (created for this test) is sent to the key page by the empty state, creates
 * their key; the focal point compares the fingerprint and grants the organisation key. TRI's
 * caseworker sends a referral to BCSA; the fresh caseworker decrypts it. In Arabic the caseworker
 * changes their passphrase: the old referral still opens with the new one, not with the old one.
 * Every request body the pages sent is inspected: no passphrase and no recovery code reached the
 * server. Then the focal point revokes the caseworker and rotates the key (a new recovery code):
 * the caseworker's key no longer opens any organisation key, while the focal point still reads the
 * referral received under the old key. axe on each state; screenshots in /tmp/shots.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import type { Dictionary } from '../src/i18n/dictionary';
import { en } from '../src/i18n/en';
import {
  createReferralUserKey,
  csrfOf,
  expectAccessible,
  launchBrowser,
  openReferralKeys,
  signIn,
  unlockReferralKeys,
  type DemoCredential,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const SHOTS = '/tmp/shots';
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000, interval: 250 });

const who = (role: string, acronym: string): DemoCredential => {
  const c = credentials.find((x) => x.role === role && x.organisationAcronym === acronym);
  if (!c) throw new Error(`The demo has no ${role} in ${acronym}`);
  return c;
};
const admin = credentials.find((c) => c.role === 'admin')!;
const focal = who('partner-focal-point', 'BCSA');
const sender = who('caseworker', 'TRI');
const SERVICE = 'Child protection case management';
const fresh: DemoCredential = {
  email: `fresh.caseworker.${randomBytes(4).toString('hex')}@e2e.example.org`,
  password: randomBytes(18).toString('base64url'),
  role: 'caseworker',
  organisationAcronym: 'BCSA',
};
const FRESH_NAME = 'Fresh Caseworker BCSA';

// Secrets typed into the pages: none may appear in any request body.
const focalPassphrase = `tide river ${randomBytes(6).toString('hex')} lantern`;
const freshPassphrase = `mango basket ${randomBytes(6).toString('hex')} seven`;
const freshPassphrase2 = `green harbour ${randomBytes(6).toString('hex')} window`;
const secrets: string[] = [focalPassphrase, freshPassphrase, freshPassphrase2];
const bodies: { url: string; body: string }[] = [];

let browser: Browser;
let referralId = '';
let caseCode = '';
let reason = '';

type Lang = 'en' | 'ar';

function watch(context: BrowserContext) {
  context.on('request', (request) => {
    const body = request.postData();
    if (body) bodies.push({ url: request.url(), body });
  });
}

async function session(user: Pick<DemoCredential, 'email' | 'password'>, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  watch(context);
  const page = await context.newPage();
  await signIn(page, baseUrl, user);
  if (lang === 'ar') {
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await eventually(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  }
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  // A fresh caseworker of BCSA, created by the administrator through the API.
  const page = await session(admin, 'en');
  const orgs = (await (await page.context().request.get(`${baseUrl}/api/organisations`)).json()) as {
    items: { id: string; acronym: string }[];
  };
  const list = orgs.items;
  const bcsa = list.find((o) => o.acronym === 'BCSA');
  expect(bcsa, 'BCSA in /api/organisations').toBeDefined();
  const created = await page.context().request.post(`${baseUrl}/api/users`, {
    headers: { 'x-csrf-token': await csrfOf(page, baseUrl) },
    data: {
      email: fresh.email,
      displayName: FRESH_NAME,
      password: fresh.password,
      memberships: [{ organisationId: bcsa!.id, role: 'caseworker' }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.context().close();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('Referral key setup in the browser', () => {
  it('the focal point creates their key and the organisation key with a recovery code; a fresh caseworker creates theirs, is granted, and decrypts a referral (en)', async () => {
    const d = en;
    // --- A sender choosing BCSA is told why it cannot receive referrals yet.
    const early = await session(sender, 'en');
    await early.goto(`${baseUrl}/referrals/new`);
    await early.getByLabel(d['referrals.field.to'], { exact: true }).selectOption('BCSA');
    await eventually(() => early.getByTestId('receiver-key-error').textContent()).toBe(
      d['errors.reason.referral.no-receiver-key'],
    );
    await early.context().close();

    // --- The focal point: no organisation key yet.
    const fp = await session(focal, 'en');
    await openReferralKeys(fp, baseUrl);
    expect(await fp.getByTestId('no-org-key').textContent()).toContain('BCSA has no referral key yet');
    expect(await fp.getByTestId('org-key').textContent()).toContain(d['refkeys.org.ownKeyFirst']);
    await expectAccessible(fp, 'keys page, nothing set up (en)');
    await fp.screenshot({ path: `${SHOTS}/referral-keys-empty-en.png`, fullPage: true });

    // A weak passphrase, then a mismatched confirmation, are refused on the page; nothing is sent.
    const form = fp.getByTestId('create-user-key');
    await form.getByLabel(d['refkeys.passphrase.new'], { exact: true }).fill('short');
    expect((await fp.getByTestId('refkeys-create-strength').textContent())?.trim()).toBe(
      d['refkeys.passphrase.strength.weak'],
    );
    await form.getByRole('button', { name: d['refkeys.user.create'], exact: true }).click();
    await eventually(() => fp.locator('#refkeys-create-new-error').textContent()).toBe(
      d['refkeys.passphrase.problem.too-short'],
    );
    await form.getByLabel(d['refkeys.passphrase.new'], { exact: true }).fill(focalPassphrase);
    await form.getByLabel(d['refkeys.passphrase.confirm'], { exact: true }).fill(`${focalPassphrase}x`);
    await form.getByRole('button', { name: d['refkeys.user.create'], exact: true }).click();
    await eventually(() => fp.locator('#refkeys-create-confirm-error').textContent()).toBe(
      d['refkeys.passphrase.mismatch'],
    );
    expect(await fp.locator('#refkeys-create-new-error').count()).toBe(0);
    // "Show the passphrases" turns both fields to text, so the person sees the typo; off again, dots.
    const typeOf = (id: string) => fp.locator(id).getAttribute('type');
    expect([await typeOf('#refkeys-create-new'), await typeOf('#refkeys-create-confirm')]).toEqual([
      'password',
      'password',
    ]);
    await form.getByLabel(d['refkeys.passphrase.show'], { exact: true }).check();
    expect([await typeOf('#refkeys-create-new'), await typeOf('#refkeys-create-confirm')]).toEqual([
      'text',
      'text',
    ]);
    expect(await fp.locator('#refkeys-create-confirm').inputValue()).toBe(`${focalPassphrase}x`);
    await expectAccessible(fp, 'key creation refused (en)');
    await form.getByLabel(d['refkeys.passphrase.show'], { exact: true }).uncheck();
    expect(await typeOf('#refkeys-create-new')).toBe('password');
    const focalKeyBefore = (
      (await (await fp.context().request.get(`${baseUrl}/api/referrals/keys`)).json()) as {
        userKey: unknown;
      }
    ).userKey;
    expect(focalKeyBefore).toBeNull();
    const focalFingerprint = await createReferralUserKey(fp, en, focalPassphrase);
    expect(await fp.getByTestId('user-key-message').textContent()).toContain(focalFingerprint);

    // The organisation key: the recovery code is shown once; nothing is created before "saved".
    await fp.getByRole('button', { name: d['refkeys.org.prepare'], exact: true }).click();
    const codeBox = fp.getByTestId('recovery-code');
    await codeBox.waitFor({ timeout: 60_000 });
    const code = ((await codeBox.textContent()) ?? '').trim();
    expect(code).toMatch(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
    secrets.push(code, code.replace(/-/g, ''));
    const [download] = await Promise.all([
      fp.waitForEvent('download'),
      fp.getByTestId('recovery-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('steward-referral-recovery-BCSA.txt');
    const file = readFileSync((await download.path())!, 'utf8');
    expect(file).toContain(code);
    expect(file).toContain(d['refkeys.recovery.fileCode']);
    await expectAccessible(fp, 'recovery code shown (en)');
    await fp.screenshot({ path: `${SHOTS}/referral-keys-recovery-en.png`, fullPage: true });
    await fp.getByRole('button', { name: d['refkeys.org.create'], exact: true }).click();
    await eventually(() =>
      fp.getByRole('alert').filter({ hasText: d['refkeys.recovery.confirmNeeded'] }).count(),
    ).toBe(1);
    expect(
      (
        (await (await fp.context().request.get(`${baseUrl}/api/referrals/keys`)).json()) as {
          organisationKey: unknown;
        }
      ).organisationKey,
    ).toBeNull();
    await fp.getByLabel(d['refkeys.recovery.saved'], { exact: true }).check();
    await fp.getByRole('button', { name: d['refkeys.org.create'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-message').textContent()).toContain(
      'The organisation key is created',
    );
    const orgFingerprint = (await fp.getByTestId('org-key-fingerprint').textContent()) ?? '';
    expect(orgFingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(await fp.getByTestId('recovery-code').count()).toBe(0); // shown once only
    expect(await fp.getByTestId('org-key-holding').textContent()).toBe(d['refkeys.org.youHold']);

    // --- The fresh caseworker: the empty state sends them to the key page.
    const cw = await session(fresh, 'en');
    await cw.goto(`${baseUrl}/referrals`);
    const notice = cw.getByTestId('no-user-key-notice');
    await notice.waitFor();
    await notice.getByRole('link', { name: d['refkeys.empty.createLink'] }).click();
    await cw.waitForURL(/\/referrals\/keys$/);
    await expectAccessible(cw, 'keys page of a caseworker without a key (en)');
    const freshFingerprint = await createReferralUserKey(cw, en, freshPassphrase);
    expect(await cw.getByTestId('org-key-holding').textContent()).toBe(d['refkeys.org.askGrant']);
    expect(await cw.getByTestId('org-key-fingerprint').textContent()).toBe(orgFingerprint);

    // --- The focal point sees them waiting, compares the fingerprint and grants.
    await openReferralKeys(fp, baseUrl);
    const row = fp.locator('tr', { has: fp.locator(`[data-member="${FRESH_NAME}"]`) });
    await eventually(() => row.locator('[data-access]').getAttribute('data-access')).toBe('waiting');
    expect(await row.textContent()).toContain(freshFingerprint);
    expect(await row.textContent()).toContain(d['refkeys.members.unlockToGrant']);
    await unlockReferralKeys(fp, en, focalPassphrase);
    await row.getByRole('button', { name: `Grant to ${FRESH_NAME}`, exact: true }).click();
    const dialog = fp.getByTestId('key-dialog');
    expect(await dialog.getByTestId('grant-fingerprint').textContent()).toBe(freshFingerprint);
    await expectAccessible(fp, 'grant dialog (en)');
    await fp.screenshot({ path: `${SHOTS}/referral-keys-grant-en.png`, fullPage: true });
    await dialog.getByRole('button', { name: d['refkeys.grant.confirm'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-message').textContent()).toBe(
      `${FRESH_NAME} now holds the organisation key.`,
    );
    await eventually(() => row.locator('[data-access]').getAttribute('data-access')).toBe('holder');
    await expectAccessible(fp, 'members after the grant (en)');
    await fp.screenshot({ path: `${SHOTS}/referral-keys-members-en.png`, fullPage: true });
    await fp.context().close();

    // --- TRI's caseworker sends a referral to BCSA.
    caseCode = `MZ-K${randomBytes(5).toString('hex')}`;
    reason = `Needs case management ${randomBytes(6).toString('hex')}`;
    const a = await session(sender, 'en');
    await a.goto(`${baseUrl}/referrals/new`);
    await unlockReferralKeys(a, en, sender.keyPassphrase!);
    await a.getByLabel(d['referrals.field.to'], { exact: true }).selectOption('BCSA');
    await a.getByTestId('receiver-fingerprint').waitFor();
    expect(await a.getByTestId('receiver-fingerprint').textContent()).toContain(orgFingerprint);
    await a.locator(`[data-service="${SERVICE}"] input[type=radio]`).check();
    await a.getByLabel(d['referrals.priorityDue.urgent'], { exact: true }).check();
    await a.locator('#ref-case-code').fill(caseCode);
    await a.locator('#ref-age').fill('34');
    await a.locator('#ref-sex').selectOption('female');
    await a.locator('#ref-adm2').selectOption({ index: 1 });
    await a.locator('#ref-phone').fill('+258 84 000 0000');
    await a.locator('#ref-reason').fill(reason);
    await a.getByLabel(d['referrals.consent.method'], { exact: true }).selectOption('oral_recorded');
    await a.locator('#ref-scope-org').check();
    await a.locator('#ref-scope-service').check();
    for (const f of ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason'])
      await a
        .locator('#ref-categories')
        .getByLabel(d[`referrals.field.${f}` as keyof Dictionary] as string, { exact: true })
        .check();
    await a.getByRole('button', { name: d['referrals.send'], exact: true }).click();
    await a.waitForURL(/\/referrals\/[0-9a-f-]{36}\?sent=1$/, { timeout: 60_000 });
    referralId = /\/referrals\/([0-9a-f-]{36})/.exec(a.url())![1]!;
    await a.context().close();

    // --- The fresh caseworker unlocks and reads it.
    await cw.goto(`${baseUrl}/referrals`);
    await unlockReferralKeys(cw, en, freshPassphrase);
    const received = cw.locator(`[data-referral="${referralId}"]`);
    await received.waitFor();
    await eventually(() => received.locator('[data-field="case-code"]').textContent()).toBe(caseCode);
    await cw.goto(`${baseUrl}/referrals/${referralId}`);
    await unlockReferralKeys(cw, en, freshPassphrase);
    await eventually(() => cw.locator('[data-field="reason"]').textContent()).toBe(reason);
    await cw.context().close();
  }, 400_000);

  it('in Arabic: the caseworker changes their passphrase; the old referral opens with the new one only', async () => {
    expect(referralId).not.toBe('');
    const d = ar;
    const cw = await session(fresh, 'ar');
    await openReferralKeys(cw, baseUrl);
    await expectAccessible(cw, 'keys page of a holder (ar)');
    const fingerprintBefore = await cw.getByTestId('user-fingerprint').textContent();
    await cw.getByText(d['refkeys.change.title'], { exact: true }).click();
    const form = cw.getByTestId('change-passphrase');
    // A wrong current passphrase is refused, in Arabic; nothing changes.
    await form.getByLabel(d['refkeys.change.current'], { exact: true }).fill('not my passphrase at all');
    await form.getByLabel(d['refkeys.passphrase.new'], { exact: true }).fill(freshPassphrase2);
    await form.getByLabel(d['refkeys.passphrase.confirm'], { exact: true }).fill(freshPassphrase2);
    await form.getByRole('button', { name: d['refkeys.change.submit'], exact: true }).click();
    await eventually(() => cw.locator('#refkeys-current-error').textContent()).toBe(
      d['refkeys.change.wrongCurrent'],
    );
    await form.getByLabel(d['refkeys.change.current'], { exact: true }).fill(freshPassphrase);
    await form.getByRole('button', { name: d['refkeys.change.submit'], exact: true }).click();
    await eventually(() => cw.getByTestId('user-key-message').textContent()).toBe(d['refkeys.change.done']);
    expect(await cw.getByTestId('user-fingerprint').textContent()).toBe(fingerprintBefore); // same key pair
    await expectAccessible(cw, 'passphrase changed (ar)');
    await cw.screenshot({ path: `${SHOTS}/referral-keys-changed-ar.png`, fullPage: true });

    // The old passphrase no longer unlocks; the new one does, and the old referral still decrypts.
    await cw.goto(`${baseUrl}/referrals/${referralId}`);
    await cw.getByLabel(d['referrals.unlock.passphrase'], { exact: true }).fill(freshPassphrase);
    await cw.getByRole('button', { name: d['referrals.unlock.submit'], exact: true }).click();
    await eventually(() => cw.locator('#ref-passphrase-error').textContent()).toBe(
      d['referrals.unlock.wrong'],
    );
    await unlockReferralKeys(cw, ar, freshPassphrase2);
    await eventually(() => cw.locator('[data-field="reason"]').textContent()).toBe(reason);
    await cw.screenshot({ path: `${SHOTS}/referral-keys-decrypted-ar.png`, fullPage: true });
    await cw.context().close();

    // The focal point's key page in Arabic (members, fingerprints left to right).
    const fp = await session(focal, 'ar');
    await openReferralKeys(fp, baseUrl);
    const row = fp.locator('tr', { has: fp.locator(`[data-member="${FRESH_NAME}"]`) });
    await eventually(() => row.locator('[data-access]').getAttribute('data-access')).toBe('holder');
    await expectAccessible(fp, 'focal point keys page (ar)');
    await fp.screenshot({ path: `${SHOTS}/referral-keys-members-ar.png`, fullPage: true });
    await fp.context().close();
  }, 300_000);

  it('the focal point revokes the caseworker and rotates the key: the caseworker no longer opens it; old referrals stay readable (en)', async () => {
    expect(referralId).not.toBe('');
    const d = en;
    const fp = await session(focal, 'en');
    await openReferralKeys(fp, baseUrl);
    const before = (await fp.getByTestId('org-key-fingerprint').textContent()) ?? '';
    await unlockReferralKeys(fp, en, focalPassphrase);
    const row = fp.locator('tr', { has: fp.locator(`[data-member="${FRESH_NAME}"]`) });
    await row.getByRole('button', { name: `Revoke ${FRESH_NAME}`, exact: true }).click();
    const dialog = fp.getByTestId('key-dialog');
    expect(await dialog.textContent()).toContain(d['refkeys.revoke.rotation']);
    await expectAccessible(fp, 'revoke dialog (en)');
    await dialog.getByRole('button', { name: d['refkeys.revoke.confirm'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-message').textContent()).toBe(
      `${FRESH_NAME} no longer holds the organisation key.`,
    );
    await eventually(() => row.locator('[data-access]').getAttribute('data-access')).toBe('waiting');
    expect(await fp.getByTestId('rotate-now').textContent()).toContain(FRESH_NAME);
    // The rotation: a new key with a new recovery code, granted to the remaining holders.
    await fp.getByRole('button', { name: d['refkeys.rotate.prepare'], exact: true }).click();
    const codeBox = fp.getByTestId('recovery-code');
    await codeBox.waitFor({ timeout: 60_000 });
    const code = ((await codeBox.textContent()) ?? '').trim();
    secrets.push(code, code.replace(/-/g, ''));
    await fp.getByLabel(d['refkeys.recovery.saved'], { exact: true }).check();
    await fp.screenshot({ path: `${SHOTS}/referral-keys-rotate-en.png`, fullPage: true });
    await fp.getByRole('button', { name: d['refkeys.rotate.submit'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-message').textContent()).toContain(
      'The organisation key was rotated',
    );
    await eventually(() => fp.getByTestId('org-key-fingerprint').textContent()).not.toBe(before);
    expect(await fp.getByTestId('org-key-fingerprint').textContent()).toMatch(
      /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/,
    );
    await expectAccessible(fp, 'key rotated (en)');
    // The referral received under the old key still opens for the focal point (history copy).
    await fp.goto(`${baseUrl}/referrals/${referralId}`);
    await unlockReferralKeys(fp, en, focalPassphrase);
    await eventually(() => fp.locator('[data-field="reason"]').textContent()).toBe(reason);
    await fp.context().close();

    // The revoked caseworker: their key still unlocks, but no organisation key opens any more.
    const cw = await session(fresh, 'en');
    await cw.goto(`${baseUrl}/referrals/${referralId}`);
    await cw.getByLabel(d['referrals.unlock.passphrase'], { exact: true }).fill(freshPassphrase2);
    await cw.getByRole('button', { name: d['referrals.unlock.submit'], exact: true }).click();
    await eventually(() => cw.locator('#ref-passphrase-error').textContent()).toBe(
      d['referrals.unlock.noOrgCopy'],
    );
    expect(await cw.getByTestId('keys-unlocked').count()).toBe(0);
    expect(await cw.getByRole('link', { name: d['refkeys.empty.link'] }).count()).toBe(1);
    await cw.context().close();
  }, 300_000);

  it('no passphrase and no recovery code was in any request body the pages sent', () => {
    // The search works: the wrapped keys and sealed copies were sent.
    expect(
      bodies.some((b) => b.url.endsWith('/api/referrals/keys/user') && b.body.includes('wrappedPrivateKey')),
    ).toBe(true);
    expect(
      bodies.some((b) => b.url.endsWith('/api/referrals/keys/organisation') && b.body.includes('recovery')),
    ).toBe(true);
    expect(bodies.some((b) => b.url.endsWith('/api/referrals/keys/grants'))).toBe(true);
    for (const secret of secrets)
      for (const b of bodies) expect(b.body.includes(secret), `${b.url} carries a secret`).toBe(false);
  });
});
