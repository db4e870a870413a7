/**
 * End-to-end encrypted referrals in Chromium (issue 9), in English and Arabic: caseworker A (TRI)
 * unlocks their key (a wrong passphrase is refused with a clear message), sends an emergency
 * referral with a consent record checked on the device (a consent that does not cover every field
 * blocks, naming them; an expired session in the middle of sending sends nothing); caseworker B
 * (AMD) unlocks, reads it, accepts and closes it with an outcome and an encrypted note; A sees the
 * outcome and the note; the cluster coordinator sees counts only and cannot open the referral.
 * Then the browser marker test: the random markers typed into the browser are in no byte of the
 * server's data folder nor of its log. axe on each page; screenshots in /tmp/shots.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  unlockReferralKeys,
  type DemoCredential,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const dataDir = inject('dataDir');
const serverLog = inject('serverLog');
const SHOTS = '/tmp/shots';
/** Waits for a value on a busy machine (two shared cores): encryption, key derivation and the API. */
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 250 });

const who = (role: string, acronym?: string): DemoCredential => {
  const c = credentials.find(
    (x) => x.role === role && (acronym === undefined || x.organisationAcronym === acronym),
  );
  if (!c) throw new Error(`The demo has no ${role}${acronym ? ` in ${acronym}` : ''}`);
  return c;
};
const caseworkerA = who('caseworker', 'TRI');
const caseworkerB = who('caseworker', 'AMD');
const coordinator = who('cluster-coordinator');
const LEGAL = 'Legal counselling and civil documentation';

/** Every marker typed into a browser: none may reach the server in clear. */
const markers: string[] = [];
/** References of the referrals sent (plaintext metadata): the positive control of the byte search. */
const references: string[] = [];
const marker = (label: string) => {
  const m = `${label}${randomBytes(10).toString('hex')}`;
  markers.push(m);
  return m;
};

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Lang = 'en' | 'ar';
const dict = (lang: Lang): Dictionary => (lang === 'en' ? en : ar);
/** A message with its parameters, as the page renders it (text parameters isolated in Arabic). */
const msg = (lang: Lang, key: keyof Dictionary, params: Record<string, string> = {}) => {
  let text = dict(lang)[key] as string;
  for (const [k, v] of Object.entries(params))
    text = text.replaceAll(`{${k}}`, lang === 'ar' ? `${FSI}${v}${PDI}` : v);
  return text;
};

async function session(user: DemoCredential, lang: Lang): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, baseUrl, user);
  if (lang === 'ar') {
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await eventually(() => page.locator('html').getAttribute('dir')).toBe('rtl');
  }
  return page;
}

async function openReferrals(page: Page, lang: Lang) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: dict(lang)['nav.referrals'] })
    .first()
    .click();
  await page.waitForURL(/\/referrals$/);
}

async function fillReferral(page: Page, lang: Lang, caseCode: string, reason: string) {
  const d = dict(lang);
  await page.getByLabel(d['referrals.field.to'], { exact: true }).selectOption('AMD');
  await page.getByTestId('receiver-fingerprint').waitFor();
  await page.locator(`[data-service="${LEGAL}"] input[type=radio]`).check();
  expect(await page.locator(`[data-service="${LEGAL}"] [data-field="referral-method"]`).textContent()).toBe(
    d['dir.method.steward'],
  );
  await page.getByLabel(d['referrals.priorityDue.emergency'], { exact: true }).check();
  await page.locator('#ref-case-code').fill(caseCode);
  await page.locator('#ref-age').fill('34');
  await page.locator('#ref-sex').selectOption('female');
  await page.locator('#ref-adm2').selectOption({ index: 1 });
  await page.locator('#ref-phone').fill('+258 84 000 0000');
  await page.locator('#ref-reason').fill(reason);
  await page.getByLabel(d['referrals.consent.method'], { exact: true }).selectOption('oral_recorded');
  await page.locator('#ref-scope-org').check();
  await page.locator('#ref-scope-service').check();
}

async function tickCategories(page: Page, lang: Lang, fields: string[]) {
  const d = dict(lang) as unknown as Record<string, string>;
  for (const f of fields)
    await page.locator('#ref-categories').getByLabel(d[`referrals.field.${f}`]!, { exact: true }).check();
}

async function sentCount(page: Page): Promise<number> {
  const res = await page.context().request.get(`${baseUrl}/api/referrals?direction=sent`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as unknown[]).length;
}

/** The whole flow in one language; returns the referral id. */
async function flow(lang: Lang): Promise<string> {
  const d = dict(lang);
  const caseCode = `MZ-${marker('CASE')}`;
  const reason = `Needs legal help ${marker('REASON')}`;
  const note = `Birth certificate issued ${marker('NOTE')}`;

  // --- A: wrong passphrase, then unlock; a consent that does not cover every field blocks.
  const a = await session(caseworkerA, lang);
  await openReferrals(a, lang);
  await a.getByLabel(d['referrals.unlock.passphrase'], { exact: true }).fill('not the passphrase');
  await a.getByRole('button', { name: d['referrals.unlock.submit'], exact: true }).click();
  await eventually(() => a.locator('#ref-passphrase-error').textContent()).toBe(d['referrals.unlock.wrong']);
  await unlockReferralKeys(a, dict(lang), caseworkerA.keyPassphrase!);
  expect(await a.getByTestId('org-fingerprint').textContent()).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  await expectAccessible(a, `referral inbox (${lang})`);

  await a.getByRole('link', { name: d['referrals.new'], exact: true }).click();
  await a.waitForURL(/\/referrals\/new$/);
  expect(await a.getByTestId('keys-unlocked').count()).toBe(1); // still unlocked after navigating
  const before = await sentCount(a);
  await fillReferral(a, lang, caseCode, reason);
  await tickCategories(a, lang, ['caseCode', 'age', 'sex', 'adm2']); // not contact, not reason
  await a.getByRole('button', { name: d['referrals.send'], exact: true }).click();
  const problems = a.getByTestId('send-problems');
  await problems.waitFor();
  expect(await problems.textContent()).toContain(d['referrals.check.nothingSent']);
  const notCovered = msg(lang, 'referrals.check.notCoveredFields', {
    fields: new Intl.ListFormat(lang, { type: 'conjunction' }).format([
      d['referrals.field.contact'],
      d['referrals.field.reason'],
    ]),
  });
  expect(await problems.textContent()).toContain(notCovered);
  expect(await sentCount(a)).toBe(before);
  await expectAccessible(a, `new referral with refusal (${lang})`);

  await tickCategories(a, lang, ['contact', 'reason']);
  await a.getByRole('button', { name: d['referrals.send'], exact: true }).click();
  await a.waitForURL(/\/referrals\/[0-9a-f-]{36}\?sent=1$/);
  const id = /\/referrals\/([0-9a-f-]{36})/.exec(a.url())![1]!;
  await eventually(() => a.getByTestId('referral-message').textContent()).toBe(d['referrals.sentDone']);
  await eventually(() => a.locator('[data-field="reason"]').textContent()).toBe(reason);
  expect(await a.getByTestId('referral-state').textContent()).toBe(d['referrals.state.sent']);
  expect(await sentCount(a)).toBe(before + 1);
  const reference = (
    (await (await a.context().request.get(`${baseUrl}/api/referrals/${id}`)).json()) as {
      reference: string;
    }
  ).reference;
  references.push(reference);
  await expectAccessible(a, `referral sent (${lang})`);
  await a.screenshot({ path: `${SHOTS}/referrals-sent-${lang}.png`, fullPage: true });

  // --- An expired session in the middle of sending sends nothing (and forgets the keys).
  await a.getByRole('link', { name: d['referrals.new'], exact: true }).click();
  await a.waitForURL(/\/referrals\/new$/);
  await fillReferral(a, lang, `MZ-${marker('EXPIRED')}`, `Never sent ${marker('EXPIRED')}`);
  await tickCategories(a, lang, ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason']);
  await a.context().clearCookies();
  await a.getByRole('button', { name: d['referrals.send'], exact: true }).click();
  await a.waitForURL(/\/sign-in/);
  // Signing in again in the same tab (no reload): the keys went with the ended session.
  await a.getByLabel(d['signIn.email'], { exact: true }).fill(caseworkerA.email);
  await a.getByLabel(d['signIn.password'], { exact: true }).fill(caseworkerA.password);
  await a.getByRole('button', { name: d['signIn.submit'] }).click();
  await a.waitForURL(/\/referrals\/new$/);
  await a.getByLabel(d['referrals.unlock.passphrase'], { exact: true }).waitFor();
  expect(await a.getByTestId('keys-unlocked').count()).toBe(0);
  expect(await sentCount(a)).toBe(before + 1);
  await a.context().close();

  // --- B: unlock, read, accept, close with an outcome and an encrypted note.
  const b = await session(caseworkerB, lang);
  await openReferrals(b, lang);
  await unlockReferralKeys(b, dict(lang), caseworkerB.keyPassphrase!);
  const row = b.locator(`[data-referral="${id}"]`);
  await row.waitFor();
  await eventually(() => row.locator('[data-field="case-code"]').textContent()).toBe(caseCode);
  expect(await row.textContent()).toContain(d['referrals.priority.emergency']);
  await b.screenshot({ path: `${SHOTS}/referrals-inbox-${lang}.png`, fullPage: true });
  await row.getByRole('link', { name: reference }).click();
  await b.getByTestId('referral-payload').waitFor();
  expect(await b.locator('[data-field="reason"]').textContent()).toBe(reason);
  expect(await b.getByTestId('referral-consent').textContent()).toContain(
    d['referrals.consent.status.given'],
  );
  await expectAccessible(b, `received referral (${lang})`);
  await b.getByRole('button', { name: d['referrals.action.accepted'], exact: true }).click();
  await b
    .getByRole('button', {
      name: msg(lang, 'referrals.action.confirm', { state: d['referrals.action.accepted'] }),
    })
    .click();
  await eventually(() => b.getByTestId('referral-state').textContent()).toBe(d['referrals.state.accepted']);
  await b.getByRole('button', { name: d['referrals.action.closed'], exact: true }).click();
  // Closing without an outcome is refused on the page.
  await b
    .getByRole('button', {
      name: msg(lang, 'referrals.action.confirm', { state: d['referrals.action.closed'] }),
    })
    .click();
  await eventually(() => b.getByTestId('action-error').textContent()).toBe(
    d['referrals.action.outcomeRequired'],
  );
  await b.getByLabel(d['referrals.detail.outcome'], { exact: true }).selectOption('service_provided');
  await b.getByLabel(d['referrals.action.note'], { exact: true }).fill(note);
  await b
    .getByRole('button', {
      name: msg(lang, 'referrals.action.confirm', { state: d['referrals.action.closed'] }),
    })
    .click();
  // The state, or the refusal shown on the page if there is one (so a failure says why).
  await eventually(async () =>
    (await b.getByTestId('action-error').count()) > 0
      ? b.getByTestId('action-error').textContent()
      : b.getByTestId('referral-state').textContent(),
  ).toBe(d['referrals.state.closed']);
  await eventually(() => b.locator('[data-state="closed"] [data-field="history-reason"]').textContent()).toBe(
    note,
  );
  await b.screenshot({ path: `${SHOTS}/referrals-closed-${lang}.png`, fullPage: true });
  await b.context().close();

  // --- A sees the outcome and B's note.
  const a2 = await session(caseworkerA, lang);
  await a2.goto(`${baseUrl}/referrals/sent`);
  const sentRow = a2.locator(`[data-referral="${id}"]`);
  await sentRow.waitFor();
  expect(await sentRow.locator('[data-field="state"]').textContent()).toContain(
    d['referrals.outcome.service_provided'],
  );
  await sentRow.getByRole('link', { name: reference }).click();
  await eventually(() => a2.locator('[data-field="outcome"]').textContent()).toBe(
    d['referrals.outcome.service_provided'],
  );
  await unlockReferralKeys(a2, dict(lang), caseworkerA.keyPassphrase!);
  await eventually(() =>
    a2.locator('[data-state="closed"] [data-field="history-reason"]').textContent(),
  ).toBe(note);
  await a2.context().close();

  // --- The coordinator: counts only; the referral itself cannot be opened.
  const c = await session(coordinator, lang);
  await openReferrals(c, lang);
  await c.getByTestId('counts-table').waitFor();
  if (lang === 'en') expect(await c.getByTestId('counts-rule').textContent()).toContain('fewer than 5');
  const table = (await c.getByTestId('counts-table').textContent()) ?? '';
  for (const m of markers) expect(table).not.toContain(m);
  await expectAccessible(c, `referral counts (${lang})`);
  await c.screenshot({ path: `${SHOTS}/referrals-counts-${lang}.png`, fullPage: true });
  await c.goto(`${baseUrl}/referrals/${id}`);
  await c.getByTestId('referrals-not-for-role').waitFor();
  for (const path of [`/api/referrals/${id}`, '/api/referrals?direction=all']) {
    const res = await c.context().request.get(`${baseUrl}${path}`);
    expect(res.status(), path).toBe(403);
    const text = await res.text();
    for (const m of markers) expect(text).not.toContain(m);
  }
  await c.context().close();
  return id;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

describe('Referrals in the browser', () => {
  it('A sends an emergency referral with consent, B accepts and closes it, A sees the outcome; the coordinator sees counts only (en)', async () => {
    await flow('en');
  }, 240_000);

  it('the same in Arabic, right to left', async () => {
    await flow('ar');
  }, 240_000);

  it('a consent withdrawal flags the open referral to both sides and blocks a new referral for the case at once', async () => {
    const d = en;
    const caseCode = `MZ-${marker('WCASE')}`;
    const a = await session(caseworkerA, 'en');
    await openReferrals(a, 'en');
    await unlockReferralKeys(a, en, caseworkerA.keyPassphrase!);
    await a.getByRole('link', { name: d['referrals.new'], exact: true }).click();
    await fillReferral(a, 'en', caseCode, `Needs legal help ${marker('WREASON')}`);
    await tickCategories(a, 'en', ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason']);
    await a.getByRole('button', { name: d['referrals.send'], exact: true }).click();
    await a.waitForURL(/\/referrals\/[0-9a-f-]{36}\?sent=1$/);
    const id = /\/referrals\/([0-9a-f-]{36})/.exec(a.url())![1]!;
    references.push(
      (
        (await (await a.context().request.get(`${baseUrl}/api/referrals/${id}`)).json()) as {
          reference: string;
        }
      ).reference,
    );
    await a.locator('[data-field="reason"]').waitFor();
    await a.getByRole('button', { name: d['referrals.withdrawal.submit'], exact: true }).click();
    await eventually(() => a.getByTestId('referral-message').textContent()).toBe(
      'Consent withdrawal recorded: 1 referral flagged to both organisations.',
    );
    // The message shows before the page has reloaded the referral: wait for the flag.
    await eventually(() => a.getByTestId('referral-detail').textContent()).toContain(
      d['referrals.consentWithdrawnNotice'],
    );
    await expectAccessible(a, 'referral with consent withdrawn (en)');

    // A new referral for the same case is refused on the device; nothing is sent.
    const before = await sentCount(a);
    await a.getByRole('link', { name: d['referrals.new'], exact: true }).click();
    await fillReferral(a, 'en', caseCode, `Again ${marker('WAGAIN')}`);
    await tickCategories(a, 'en', ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason']);
    await a.getByRole('button', { name: d['referrals.send'], exact: true }).click();
    await eventually(() => a.getByTestId('send-problems').textContent()).toContain(
      `consent for case ${caseCode} was withdrawn`,
    );
    expect(await sentCount(a)).toBe(before);
    await a.context().close();

    // The receiver sees the flag in the inbox.
    const b = await session(caseworkerB, 'en');
    await openReferrals(b, 'en');
    const row = b.locator(`[data-referral="${id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(d['referrals.consentWithdrawn']);
    await b.context().close();
  }, 240_000);

  it('marker test: nothing typed into the browser is in the server’s data folder or its log', async () => {
    expect(references.length).toBeGreaterThan(0);
    expect(markers.length).toBeGreaterThanOrEqual(5);
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    const found = new Map<string, string[]>();
    const refsSeen = new Set<string>();
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const m of markers) if (bytes.includes(m)) found.set(m, [...(found.get(m) ?? []), file]);
      for (const r of references) if (bytes.includes(r)) refsSeen.add(r);
    }
    // The search works: the plaintext references of the referrals are in the stored bytes.
    expect([...refsSeen].sort()).toEqual([...references].sort());
    expect(Object.fromEntries(found)).toEqual({});
    const log = readFileSync(serverLog, 'utf8');
    for (const m of markers) expect(log.includes(m), `server log holds ${m}`).toBe(false);
  });
});
