/**
 * The consent override in Chromium (issue 9), English then Arabic: TRI's focal point fills a
 * referral whose consent was refused; the form blocks it and offers the override (a caseworker is
 * told only a focal point can); the focal point gives a legal basis and a justification and asks
 * for approval: the referral is a draft that AMD cannot see. A second TRI focal point, in Arabic,
 * sees the pending override, reads the decrypted justification and approves: AMD receives it with
 * the legal basis. The requester cannot approve their own override. Asking for the override and
 * approving it each need the `referral-no-consent` checklist ticked (issue 11 §5): nothing is sent
 * before. axe on each page; screenshots in /tmp/shots.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import {
  createUserKey,
  grantOrgKey,
  openOrgKeyGrant,
  unlockUserKey,
  type PassphraseWrapped,
  type SealedBox,
} from '@steward/core/referrals/index';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import type { Dictionary } from '../src/i18n/dictionary';
import { en } from '../src/i18n/en';
import { FSI, PDI } from '../src/i18n/locales';
import {
  expectAccessible,
  launchBrowser,
  newPage,
  signIn,
  tickRiskChecklist,
  unlockReferralKeys,
  type DemoCredential,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const second = inject('secondFocalPoint');
const SHOTS = '/tmp/shots';
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 250 });
const LEGAL = 'Legal counselling and civil documentation';

const who = (role: string, acronym: string): DemoCredential => {
  const c = credentials.find((x) => x.role === role && x.organisationAcronym === acronym);
  if (!c) throw new Error(`The demo has no ${role} in ${acronym}`);
  return c;
};
const caseworkerTri = who('caseworker', 'TRI');
const caseworkerAmd = who('caseworker', 'AMD');
const first = who('partner-focal-point', 'TRI');
const passphrases = new Map<string, string>();
const justification = `Imminent risk to her life; she cannot be reached to consent ${randomBytes(6).toString('hex')}`;

type Lang = 'en' | 'ar';
const dict = (lang: Lang): Dictionary => (lang === 'en' ? en : ar);
const msg = (lang: Lang, key: keyof Dictionary, params: Record<string, string> = {}) => {
  let text = dict(lang)[key] as string;
  for (const [k, v] of Object.entries(params))
    text = text.replaceAll(`{${k}}`, lang === 'ar' ? `${FSI}${v}${PDI}` : v);
  return text;
};

let browser: Browser;

/** An API session of `user` (cookie + CSRF token) in a context of its own. */
async function apiAs(user: Pick<DemoCredential, 'email' | 'password'>) {
  const context = await browser.newContext();
  const request: APIRequestContext = context.request;
  const login = await request.post(`${baseUrl}/api/auth/login`, {
    data: { email: user.email, password: user.password },
  });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers read field by field
    get: async (path: string): Promise<{ status: number; body: any }> => {
      const res = await request.get(`${baseUrl}${path}`);
      return { status: res.status(), body: res.status() < 300 ? await res.json() : null };
    },
    send: async (method: string, path: string, body: unknown) => {
      const res = await request.fetch(`${baseUrl}${path}`, {
        method,
        data: body,
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    },
    /** A POST whose refusal the test reads: the status and the error body. */
    attempt: async (path: string, body: unknown) => {
      const res = await request.post(`${baseUrl}${path}`, {
        data: body,
        headers: { 'x-csrf-token': csrfToken },
      });
      return { status: res.status(), text: await res.text() };
    },
    close: () => context.close(),
  };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  // Both focal points get a referral key; TRI's caseworker (a holder) grants them the organisation key.
  const cw = await apiAs(caseworkerTri);
  const status = (await cw.get('/api/referrals/keys')).body as {
    userKey: { wrappedPrivateKey: PassphraseWrapped };
    organisationKey: { keyId: string };
    copies: { kind: string; orgKeyId: string; box: SealedBox }[];
  };
  const cwId = (await cw.get('/api/me')).body.user.id as string;
  const keyId = status.organisationKey.keyId;
  const own = status.copies.find((c) => c.kind === 'member' && c.orgKeyId === keyId)!;
  const orgPrivate = await openOrgKeyGrant(
    keyId,
    cwId,
    await unlockUserKey(cwId, status.userKey.wrappedPrivateKey, caseworkerTri.keyPassphrase!),
    own.box,
  );
  for (const fp of [first, second]) {
    const api = await apiAs(fp);
    const userId = (await api.get('/api/me')).body.user.id as string;
    const passphrase = `passphrase of ${fp.email} ${randomBytes(4).toString('hex')}`;
    const key = await createUserKey(userId, passphrase);
    await api.send('PUT', '/api/referrals/keys/user', {
      publicKey: key.publicKey,
      wrappedPrivateKey: key.wrappedPrivateKey,
    });
    const grant = await grantOrgKey(keyId, orgPrivate, { userId, publicKey: key.publicKey });
    await cw.send('POST', '/api/referrals/keys/grants', { keyId, userId, box: grant.sealed });
    passphrases.set(fp.email, passphrase);
    await api.close();
  }
  await cw.close();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

async function session(user: DemoCredential, lang: Lang): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, baseUrl, user);
  if (lang === 'ar') {
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await eventually(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  }
  return page;
}

/** A referral to AMD's legal service whose consent record was refused by the person. */
async function fillRefusedConsent(page: Page, lang: Lang, caseCode: string) {
  const d = dict(lang) as unknown as Record<string, string>;
  await page.getByLabel(d['referrals.field.to']!, { exact: true }).selectOption('AMD');
  await page.getByTestId('receiver-fingerprint').waitFor();
  await page.locator(`[data-service="${LEGAL}"] input[type=radio]`).check();
  await page.getByLabel(d['referrals.priorityDue.emergency']!, { exact: true }).check();
  await page.locator('#ref-case-code').fill(caseCode);
  await page.locator('#ref-age').fill('16');
  await page.locator('#ref-sex').selectOption('female');
  await page.locator('#ref-adm2').selectOption({ index: 1 });
  await page.locator('#ref-phone').fill('+258 84 000 0002');
  await page.locator('#ref-reason').fill('Imminent risk at home.');
  await page.getByLabel(d['referrals.consent.method']!, { exact: true }).selectOption('oral_recorded');
  await page.locator('#ref-consent-status').selectOption('refused');
  await page.locator('#ref-scope-org').check();
  await page.locator('#ref-scope-service').check();
  for (const f of ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason'])
    await page.locator('#ref-categories').getByLabel(d[`referrals.field.${f}`]!, { exact: true }).check();
}

describe('consent override with a second person (Chromium, en + ar)', () => {
  let id = '';

  it('a caseworker with refused consent is blocked and told only a focal point can override', async () => {
    const page = await session(caseworkerTri, 'en');
    await page.goto(`${baseUrl}/referrals/new`);
    await unlockReferralKeys(page, en, caseworkerTri.keyPassphrase!);
    await fillRefusedConsent(page, 'en', 'MZ-OVR-1');
    await page.getByRole('button', { name: en['referrals.send'], exact: true }).click();
    await page.getByTestId('send-problems').waitFor();
    expect(await page.getByTestId('send-problems').textContent()).toContain(
      msg('en', 'referrals.check.consentNotGiven', { status: en['referrals.consent.status.refused'] }),
    );
    await page.getByTestId('override-not-holder').waitFor();
    expect(await page.getByTestId('override-offer').count()).toBe(0);
    await page.close();
  });

  it('the focal point sends with an override (en): a draft that AMD cannot see', async () => {
    const page = await session(first, 'en');
    await page.goto(`${baseUrl}/referrals/new`);
    await unlockReferralKeys(page, en, passphrases.get(first.email)!);
    await fillRefusedConsent(page, 'en', 'MZ-OVR-2');
    await page.getByRole('button', { name: en['referrals.send'], exact: true }).click();
    await page.getByTestId('override-offer').waitFor();
    await page.locator('#ref-override').check();
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/referrals') posts += 1;
    });
    const checklist = page.getByTestId('risk-checklist-referral-no-consent');
    await checklist.waitFor();
    expect(await checklist.locator('legend').textContent()).toBe(
      en['guidance.checklist.referral-no-consent.title'],
    );
    // Asking without a basis or with a short justification names the field; nothing is sent.
    const sendButton = page.getByRole('button', { name: en['refoverride.sendButton'], exact: true });
    await sendButton.click();
    await page.locator('#ref-override-basis-error').waitFor();
    expect(await page.locator('#ref-override-basis-error').textContent()).toBe(en['refoverride.chooseBasis']);
    await page.locator('#ref-override-basis').selectOption('vital_interest');
    await page.locator('#ref-override-justification').fill(justification);
    // Basis and justification given, the checklist not complete: still nothing is sent.
    const boxes = await checklist.getByRole('checkbox').all();
    expect(boxes.length).toBe(4);
    for (const box of boxes.slice(1)) await box.check();
    expect(await sendButton.isEnabled()).toBe(true);
    await sendButton.click();
    await checklist.getByText(en['guidance.checklist.incomplete']).waitFor();
    expect(await page.getByTestId('send-problems').textContent()).toContain(
      en['guidance.checklist.incomplete'],
    );
    expect(await checklist.locator('details[data-guidance="referrals.consent"]').count()).toBe(1);
    expect(posts).toBe(0);
    expect(page.url()).toMatch(/\/referrals\/new$/);
    await page.screenshot({ path: `${SHOTS}/override-form-en.png`, fullPage: true });
    await expectAccessible(page, 'override offer, checklist incomplete (en)');
    await boxes[0]!.check();
    expect(await checklist.getByText(en['guidance.checklist.incomplete']).count()).toBe(0);
    await sendButton.click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]+\?override=1/, { timeout: 60_000 });
    expect(posts).toBe(1);
    id = /\/referrals\/([0-9a-f-]+)/.exec(page.url())![1]!;
    await page.getByTestId('override-panel').waitFor();
    expect(await page.getByTestId('referral-message').textContent()).toBe(en['refoverride.requested']);
    expect(await page.getByTestId('override-status').textContent()).toBe(en['refoverride.status.pending']);
    expect(await page.getByTestId('referral-state').textContent()).toBe(en['referrals.state.draft']);
    await page.getByTestId('override-own').waitFor();
    // The requester is offered no approval, so no checklist either.
    expect(await page.getByTestId('risk-checklist-referral-no-consent').count()).toBe(0);
    await eventually(() => page.locator('[data-field="override-justification"]').textContent()).toBe(
      justification,
    );
    await page.screenshot({ path: `${SHOTS}/override-pending-en.png`, fullPage: true });
    await expectAccessible(page, 'override pending (en)');
    // The requester cannot approve it, even through the API.
    const api = await apiAs(first);
    const self = await api.attempt(`/api/referrals/${id}/override-decision`, { decision: 'approved' });
    expect(self.status).toBe(403);
    expect(self.text).toContain('referral.override_same_person');
    await api.close();
    await page.close();
    const amd = await apiAs(caseworkerAmd);
    expect((await amd.get(`/api/referrals/${id}`)).status).toBe(404);
    expect(((await amd.get('/api/referrals')).body as { id: string }[]).map((r) => r.id)).not.toContain(id);
    await amd.close();
  });

  it('a second focal point (ar) reads the justification and approves: AMD receives it', async () => {
    const page = await session(second, 'ar');
    await page.goto(`${baseUrl}/referrals/sent`);
    await page.getByTestId('override-pending-notice').waitFor();
    await page.goto(`${baseUrl}/referrals/${id}`);
    await page.getByTestId('override-panel').waitFor();
    await unlockReferralKeys(page, ar, passphrases.get(second.email)!);
    await eventually(() => page.locator('[data-field="override-justification"]').textContent()).toBe(
      justification,
    );
    expect(await page.getByTestId('override-status').textContent()).toBe(ar['refoverride.status.pending']);
    // Approving sends without consent: the checklist (in Arabic) first; nothing is decided before.
    let decisions = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/override-decision')) decisions += 1;
    });
    const checklist = page.getByTestId('risk-checklist-referral-no-consent');
    await checklist.waitFor();
    expect(await checklist.locator('legend').textContent()).toBe(
      ar['guidance.checklist.referral-no-consent.title'],
    );
    await checklist.getByText(ar['guidance.checklist.referral-no-consent.1']).waitFor();
    const approve = page.getByRole('button', { name: ar['refoverride.approve'], exact: true });
    expect(await approve.isEnabled()).toBe(true);
    await approve.click();
    await checklist.getByText(ar['guidance.checklist.incomplete']).waitFor();
    expect(decisions).toBe(0);
    expect(await page.getByTestId('override-status').textContent()).toBe(ar['refoverride.status.pending']);
    await page.screenshot({ path: `${SHOTS}/override-approve-ar.png`, fullPage: true });
    await expectAccessible(page, 'override approval, checklist incomplete (ar)');
    await tickRiskChecklist(page.getByTestId('override-panel'), 'referral-no-consent');
    expect(await checklist.getByText(ar['guidance.checklist.incomplete']).count()).toBe(0);
    await approve.click();
    await eventually(() => page.getByTestId('referral-message').textContent()).toBe(
      msg('ar', 'refoverride.approvedDone', { organisation: 'AMD' }),
    );
    await eventually(() => page.getByTestId('override-status').textContent()).toBe(
      ar['refoverride.status.approved'],
    );
    expect(await page.getByTestId('referral-state').textContent()).toBe(ar['referrals.state.sent']);
    expect(decisions).toBe(1);
    await page.screenshot({ path: `${SHOTS}/override-approved-ar.png`, fullPage: true });
    await page.close();
    const amd = await apiAs(caseworkerAmd);
    const received = (await amd.get(`/api/referrals/${id}`)).body as {
      state: string;
      override: { legalBasis: string; status: string; requestedBy: string | null };
    };
    expect(received).toMatchObject({
      state: 'sent',
      override: { legalBasis: 'vital_interest', status: 'approved', requestedBy: null },
    });
    await amd.close();
  });
});

describe('the requester cancels a pending override (Chromium, ar)', () => {
  it('the cancel button keeps the referral a draft that no one can approve any more', async () => {
    const page = await session(first, 'ar');
    await page.goto(`${baseUrl}/referrals/new`);
    await unlockReferralKeys(page, ar, passphrases.get(first.email)!);
    await fillRefusedConsent(page, 'ar', 'MZ-OVR-3');
    await page.getByRole('button', { name: ar['referrals.send'], exact: true }).click();
    await page.getByTestId('override-offer').waitFor();
    await page.locator('#ref-override').check();
    await page.locator('#ref-override-basis').selectOption('vital_interest');
    await page.locator('#ref-override-justification').fill(justification);
    await tickRiskChecklist(page.locator('main'), 'referral-no-consent');
    await page.getByRole('button', { name: ar['refoverride.sendButton'], exact: true }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]+\?override=1/, { timeout: 60_000 });
    const cancelId = /\/referrals\/([0-9a-f-]+)/.exec(page.url())![1]!;
    await page.getByTestId('override-cancel').waitFor();
    expect(await page.getByTestId('override-cancel').textContent()).toBe(ar['refoverride.cancel']);
    await expectAccessible(page, 'override cancel (ar)');
    await page.getByTestId('override-cancel').click();
    await eventually(() => page.getByTestId('referral-message').textContent()).toBe(
      ar['refoverride.cancelledDone'],
    );
    await eventually(() => page.getByTestId('override-status').textContent()).toBe(
      ar['refoverride.status.cancelled'],
    );
    expect(await page.getByTestId('referral-state').textContent()).toBe(ar['referrals.state.draft']);
    expect(await page.getByTestId('override-cancel').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/override-cancelled-ar.png`, fullPage: true });
    await page.close();
    const api = await apiAs(second);
    const late = await api.attempt(`/api/referrals/${cancelId}/override-decision`, { decision: 'approved' });
    expect(late.status).toBe(409);
    expect(late.text).toContain('referral.override_decided');
    await api.close();
  });
});

describe('referral counts chart for the cluster (Chromium, en + ar)', () => {
  for (const lang of ['en', 'ar'] as const)
    it(`shows a chart beside the table; suppressed cells are marked, never 0 (${lang})`, async () => {
      const coordinator = credentials.find((c) => c.role === 'cluster-coordinator')!;
      const page = await session(coordinator, lang);
      await page.goto(`${baseUrl}/referrals/counts`);
      await page.getByTestId('counts-table').waitFor();
      await page.getByTestId('counts-chart').waitFor();
      await eventually(() =>
        page.locator('[data-testid="counts-chart"] canvas, [data-testid="counts-chart"] svg').count(),
      ).toBeGreaterThan(0);
      // The demo's counts have small cells: the chart names them as suppressed (x), never draws 0.
      const suppressedCells = await page
        .locator('[data-testid="counts-table"] td[data-status^="suppressed"]')
        .count();
      expect(suppressedCells).toBeGreaterThan(0);
      await page.getByTestId('counts-chart-suppressed').waitFor();
      const note = (await page.getByTestId('counts-chart-suppressed').textContent()) ?? '';
      expect(note.length).toBeGreaterThan(0);
      await page.screenshot({ path: `${SHOTS}/referral-counts-chart-${lang}.png`, fullPage: true });
      await expectAccessible(page, `referral counts chart (${lang})`);
      await page.close();
    });
});
