/**
 * Organisation key recovery in Chromium (issue 9, decision 0030), in English and Arabic. DPDSA has
 * a focal point and no referral key in the demo. The focal point creates their key and the
 * organisation key (the recovery code is shown once), then forgets their passphrase and replaces
 * their key: they hold no copy of the organisation key any more, and nobody else does. On the key
 * page, "I have the recovery code": a wrong code is refused on the device and nothing changes; in
 * Arabic, the printed code restores access. No request body carries the recovery code or a
 * passphrase. A caseworker of the same organisation neither sees the form nor gets the recovery
 * copy from the API. axe on each state; screenshots in /tmp/shots.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import type { Dictionary } from '../src/i18n/dictionary';
import { en } from '../src/i18n/en';
import {
  csrfOf,
  expectAccessible,
  launchBrowser,
  openReferralKeys,
  signIn,
  type DemoCredential,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const SHOTS = '/tmp/shots';
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000, interval: 250 });
const ORG = 'DPDSA';

const focal = credentials.find((c) => c.role === 'partner-focal-point' && c.organisationAcronym === ORG)!;
const admin = credentials.find((c) => c.role === 'admin')!;
const caseworker: DemoCredential = {
  email: `recovery.caseworker.${randomBytes(4).toString('hex')}@e2e.example.org`,
  password: randomBytes(18).toString('base64url'),
  role: 'caseworker',
  organisationAcronym: ORG,
};
const passphrase1 = `amber canyon ${randomBytes(6).toString('hex')} violin`;
const passphrase2 = `silver meadow ${randomBytes(6).toString('hex')} anchor`;
const secrets: string[] = [passphrase1, passphrase2];
const bodies: { url: string; body: string }[] = [];
let browser: Browser;

type Lang = 'en' | 'ar';
const dict = (lang: Lang): Dictionary => (lang === 'en' ? en : ar);

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

async function fillPassphrase(page: Page, formId: string, lang: Lang, passphrase: string) {
  const d = dict(lang);
  const form = page.getByTestId(formId);
  await form.getByLabel(d['refkeys.passphrase.new'], { exact: true }).fill(passphrase);
  await form.getByLabel(d['refkeys.passphrase.confirm'], { exact: true }).fill(passphrase);
  return form;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  const page = await session(admin, 'en');
  const orgs = (await (await page.context().request.get(`${baseUrl}/api/organisations`)).json()) as {
    items: { id: string; acronym: string }[];
  };
  const org = orgs.items.find((o) => o.acronym === ORG)!;
  const created = await page.context().request.post(`${baseUrl}/api/users`, {
    headers: { 'x-csrf-token': await csrfOf(page, baseUrl) },
    data: {
      email: caseworker.email,
      displayName: 'Recovery Caseworker',
      password: caseworker.password,
      memberships: [{ organisationId: org.id, role: 'caseworker' }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.context().close();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('Organisation key recovery in the browser', () => {
  it('a focal point who lost their key recovers the organisation key with the printed code (en, then ar)', async () => {
    const d = en;
    const fp = await session(focal, 'en');
    await openReferralKeys(fp, baseUrl);
    // Their key, then the organisation key: the recovery code is shown once.
    const own = await fillPassphrase(fp, 'create-user-key', 'en', passphrase1);
    await own.getByRole('button', { name: d['refkeys.user.create'], exact: true }).click();
    await fp.getByTestId('user-fingerprint').waitFor({ timeout: 60_000 });
    await fp.getByRole('button', { name: d['refkeys.org.prepare'], exact: true }).click();
    const codeBox = fp.getByTestId('recovery-code');
    await codeBox.waitFor({ timeout: 60_000 });
    const code = ((await codeBox.textContent()) ?? '').trim();
    expect(code).toMatch(/^([A-Z2-9]{5}-){7}[A-Z2-9]{5}$/);
    secrets.push(code, code.replace(/-/g, ''));
    await fp.getByLabel(d['refkeys.recovery.saved'], { exact: true }).check();
    await fp.getByRole('button', { name: d['refkeys.org.create'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-holding').textContent()).toBe(d['refkeys.org.youHold']);
    const orgFingerprint = ((await fp.getByTestId('org-key-fingerprint').textContent()) ?? '').trim();
    expect(await fp.getByTestId('recover-panel').count()).toBe(0); // a holder has nothing to recover

    // They forget their passphrase and replace their key: no holder of the organisation key is left.
    await fp.getByText(d['refkeys.replace.title'], { exact: true }).click();
    const replace = await fillPassphrase(fp, 'replace-user-key', 'en', passphrase2);
    await replace.getByLabel(d['refkeys.replace.understood'], { exact: true }).check();
    await replace.getByRole('button', { name: d['refkeys.replace.submit'], exact: true }).click();
    await eventually(() => fp.getByTestId('org-key-holding').textContent()).toBe(d['refkeys.org.askGrant']);
    const panel = fp.getByTestId('recover-panel');
    await panel.waitFor();
    await panel.getByText(d['refkeys.recover.title'], { exact: true }).click();
    await expectAccessible(fp, 'recovery form (en)');

    // A wrong code: refused on the device; the server holds no new copy.
    const wrong = code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await panel.getByLabel(d['refkeys.recover.code'], { exact: true }).fill(wrong);
    await panel.getByRole('button', { name: d['refkeys.recover.submit'], exact: true }).click();
    await eventually(() => fp.locator('#ref-recovery-code-error').textContent()).toBe(
      d['refkeys.recover.wrongCode'],
    );
    expect(await fp.getByTestId('org-key-holding').textContent()).toBe(d['refkeys.org.askGrant']);
    await expectAccessible(fp, 'wrong recovery code (en)');
    await fp.screenshot({ path: `${SHOTS}/referral-recovery-wrong-en.png`, fullPage: true });
    await fp.context().close();

    // A caseworker of the organisation: no recovery form, and the API refuses the recovery copy.
    const cw = await session(caseworker, 'en');
    await openReferralKeys(cw, baseUrl);
    const cwOwn = await fillPassphrase(
      cw,
      'create-user-key',
      'en',
      `quiet forest ${randomBytes(6).toString('hex')} lamp`,
    );
    await cwOwn.getByRole('button', { name: d['refkeys.user.create'], exact: true }).click();
    await cw.getByTestId('user-fingerprint').waitFor({ timeout: 60_000 });
    expect(await cw.getByTestId('recover-panel').count()).toBe(0);
    const refused = await cw.context().request.post(`${baseUrl}/api/referrals/keys/recovery`, {
      headers: { 'x-csrf-token': await csrfOf(cw, baseUrl) },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).not.toContain('"recovery"');
    await cw.context().close();

    // In Arabic, the printed code restores access.
    const a = ar;
    const fpAr = await session(focal, 'ar');
    await openReferralKeys(fpAr, baseUrl);
    const panelAr = fpAr.getByTestId('recover-panel');
    await panelAr.getByText(a['refkeys.recover.title'], { exact: true }).click();
    await panelAr.getByLabel(a['refkeys.recover.code'], { exact: true }).fill(code.toLowerCase());
    await expectAccessible(fpAr, 'recovery form (ar)');
    await fpAr.screenshot({ path: `${SHOTS}/referral-recovery-form-ar.png`, fullPage: true });
    await panelAr.getByRole('button', { name: a['refkeys.recover.submit'], exact: true }).click();
    await eventually(() => fpAr.getByTestId('org-key-message').textContent()).toBe(
      a['refkeys.recover.done'].replace('{fingerprint}', `\u2068${orgFingerprint}\u2069`),
    );
    expect(await fpAr.getByTestId('org-key-holding').textContent()).toBe(a['refkeys.org.youHold']);
    expect(await fpAr.getByTestId('recover-panel').count()).toBe(0);
    await expectAccessible(fpAr, 'recovered (ar)');
    await fpAr.screenshot({ path: `${SHOTS}/referral-recovery-done-ar.png`, fullPage: true });
    // The new key unlocks the recovered organisation key on this device.
    await fpAr.getByLabel(a['referrals.unlock.passphrase'], { exact: true }).fill(passphrase2);
    await fpAr.getByRole('button', { name: a['referrals.unlock.submit'], exact: true }).click();
    await fpAr.getByTestId('keys-unlocked').waitFor({ timeout: 60_000 });
    await fpAr.context().close();

    // Nothing secret was ever sent.
    expect(bodies.some((b) => b.url.endsWith('/api/referrals/keys/recovery/complete'))).toBe(true);
    for (const { url, body } of bodies)
      for (const secret of secrets) expect(body.includes(secret), `${url} carries a secret`).toBe(false);
  }, 600_000);
});
