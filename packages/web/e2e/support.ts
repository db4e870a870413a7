/** Shared helpers of the browser tests: launching Debian's Chromium and signing in. */
import {
  chromium,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
  type Response,
} from 'playwright-core';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createRequire } from 'node:module';
import type { Dictionary } from '../src/i18n/dictionary';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface DemoCredential {
  readonly email: string;
  readonly password: string;
  readonly role: string;
  readonly organisationAcronym: string;
  /** For demo users who hold referral keys: what unlocks their key (never sent to the server). */
  readonly keyPassphrase?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    credentials: DemoCredential[];
    /** An account no other test uses: the lockout test locks it. */
    lockoutAccount: DemoCredential;
    /** An account no other test uses: the account-security test changes its password and 2FA. */
    accountProbe: DemoCredential;
    /** A second partner focal point of TRI: the second person of the consent-override test. */
    secondFocalPoint: DemoCredential;
    /** An account no other test uses: the language test stores French, then Arabic, as its language. */
    languageProbe: DemoCredential;
    /** The server's data folder (PGlite) and the file its output is written to (marker test). */
    dataDir: string;
    serverLog: string;
  }
}

/** Debian's Chromium, headless, with nothing that phones home. Never downloads a browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page (own cookies and storage) in English. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 860 } });
  return context.newPage();
}

/** The answer to the next sign-in request of the page (start waiting before clicking "Sign in"). */
export function nextSignIn(page: Page): Promise<Response> {
  return page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST',
  );
}

/**
 * The app restores the language a user chose (issue 8), and tests before this one may have chosen
 * French or Arabic for a demo user: once signed in, back to English (and English stored again), so
 * the test reads English whatever ran before it. Nothing to do for a user with no language stored.
 */
export async function backToEnglish(page: Page, signInAnswer: Promise<Response>): Promise<void> {
  const answer = await signInAnswer;
  if (!answer.ok()) return;
  const stored = ((await answer.json()) as SessionBody).user.preferredLanguage;
  if (!stored || stored === 'en') return;
  await page.waitForFunction((lang) => document.documentElement.lang === lang, stored);
  await chooseLanguage(page, 'en');
}

/**
 * Chooses another language with the signed-in header's switcher and waits until the server has
 * stored it and the page shows it (the language must differ from the current one).
 */
export async function chooseLanguage(page: Page, lang: string): Promise<void> {
  const saved = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/me/language' && r.request().method() === 'PUT',
  );
  await page.getByTestId('language-switcher').selectOption(lang);
  await saved;
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/**
 * Opens the app, lands on sign-in, signs in with the form and waits for the home page, in English
 * (see backToEnglish) unless `keepLanguage` (the language test: the user's stored language).
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  who: Pick<DemoCredential, 'email' | 'password'>,
  options: { keepLanguage?: boolean } = {},
) {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(en['signIn.email'], { exact: true }).fill(who.email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(who.password);
  const answer = nextSignIn(page);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
  await page.getByTestId('active-organisation').waitFor();
  if (!options.keepLanguage) await backToEnglish(page, answer);
}

/**
 * The help centre's editors of the cluster's adapted texts (issue 11 §5): signs `who` in, chooses
 * `lang` unless English, and opens the help centre (its heading in `d`, the dictionary of `lang`).
 */
export async function openHelpAs(
  page: Page,
  baseUrl: string,
  who: Pick<DemoCredential, 'email' | 'password'>,
  lang: string,
  d: Dictionary,
): Promise<void> {
  await signIn(page, baseUrl, who);
  if (lang !== 'en') await chooseLanguage(page, lang);
  await page.goto(`${baseUrl}/help`);
  await page.getByRole('heading', { level: 1, name: d['help.title'] }).waitFor();
}

/** Opens the help centre's editor of `scope` (a guidance entry or a checklist item), `d` its language. */
export async function openEditorInHelp(scope: Locator, d: Dictionary): Promise<void> {
  await scope.getByRole('button', { name: new RegExp(`^${d['help.edit.open']}`) }).click();
}

/**
 * Saves the open `editor` of guidance `id` in `lang` (`d` its dictionary): checks the PUT answered
 * 200 and waits for the "saved" notice in `scope`.
 */
export async function saveInHelp(
  page: Page,
  scope: Locator,
  editor: Locator,
  { id, lang, d }: { id: string; lang: string; d: Dictionary },
): Promise<void> {
  const put = page.waitForResponse(
    (r) => r.url().endsWith(`/api/guidance/overrides/${id}/${lang}`) && r.request().method() === 'PUT',
  );
  await editor.getByRole('button', { name: d['help.edit.save'] }).click();
  const status = (await put).status();
  if (status !== 200) throw new Error(`saving ${id} (${lang}) answered ${status}, not 200`);
  await scope.getByTestId('guidance-edit-notice').getByText(d['help.edit.saved']).waitFor();
}

/**
 * The editor of `scope` right to left (the page already in Arabic): opens it, waits for `ready`,
 * checks axe and that nothing scrolls sideways, saves a screenshot to `shot`, then cancels and
 * checks that `editor` is gone.
 */
export async function checkEditorInArabic(
  page: Page,
  scope: Locator,
  { ready, editor, what, shot }: { ready: Locator; editor: Locator; what: string; shot: string },
): Promise<void> {
  await openEditorInHelp(scope, ar);
  await ready.waitFor();
  await expectAccessible(page, `${what} (ar)`);
  if (!(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)))
    throw new Error(`${what} (ar): the page scrolls sideways`);
  await scope.screenshot({ path: shot });
  await scope.getByRole('button', { name: ar['help.edit.cancel'] }).click();
  const left = await editor.count();
  if (left !== 0) throw new Error(`${what} (ar): the editor is still open after cancel`);
}

/**
 * Reverts the cluster's adapted text of guidance `id` in `lang` from the help centre: reloads it,
 * waits for `adapted` in `scope` (the entry or checklist item), opens its editor, reverts, checks
 * the DELETE answered 204 and waits for the notice. `d` is the dictionary of `lang`.
 */
export async function revertInHelp(
  page: Page,
  scope: Locator,
  { id, lang, d, adapted }: { id: string; lang: string; d: Dictionary; adapted: Locator },
): Promise<void> {
  await page.reload();
  await adapted.waitFor();
  await openEditorInHelp(scope, d);
  const del = page.waitForResponse(
    (r) => r.url().endsWith(`/api/guidance/overrides/${id}/${lang}`) && r.request().method() === 'DELETE',
  );
  await scope.getByRole('button', { name: d['help.edit.reset'] }).click();
  const status = (await del).status();
  if (status !== 204) throw new Error(`reverting ${id} (${lang}) answered ${status}, not 204`);
  await scope.getByText(d['help.edit.resetDone']).waitFor();
}

/**
 * Fails unless `el` (a long name written out whole, issue 10) lies within the viewport's width and
 * is clipped neither by itself nor by a scrolling or clipping ancestor; `what` names it in failures.
 */
export async function expectWholeInView(page: Page, el: Locator, what: string): Promise<void> {
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  const width = page.viewportSize()!.width;
  if (!box || box.x < 0 || box.x + box.width > width)
    throw new Error(`${what}: outside the viewport (${JSON.stringify(box)}, width ${width})`);
  const clipped = await el.evaluate((node) => {
    if (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1) return 'itself';
    const r = node.getBoundingClientRect();
    for (let a = node.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const b = a.getBoundingClientRect();
      if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1)
        return a.className || a.tagName;
    }
    return null;
  });
  if (clipped !== null) throw new Error(`${what}: clipped by ${clipped}`);
}

export interface SessionBody {
  user: {
    id: string;
    email: string;
    displayName: string;
    isAdmin: boolean;
    preferredLanguage: string | null;
  };
  memberships: { organisationId: string; organisationName: string; acronym: string; role: string }[];
  activeOrganisationId: string | null;
  csrfToken: string | null;
}

/**
 * Acts for the organisation `acronym` among the signed-in user's memberships: switches in the
 * header (in English) when another one is active, as the demo's first focal point, who also holds
 * a viewer membership elsewhere, may land there; then waits until the header and the server agree.
 */
export async function actForOrganisation(page: Page, acronym: string): Promise<void> {
  const session = (await me(page)).body!;
  const own = session.memberships.find((m) => m.acronym === acronym);
  if (!own) throw new Error(`${session.user.email} is not a member of ${acronym}`);
  if (session.activeOrganisationId === own.organisationId) return;
  await page
    .getByRole('combobox', { name: en['header.organisation'], exact: true })
    .selectOption(own.organisationId);
  await expect
    .poll(() => page.getByTestId('active-organisation-acronym').textContent(), { timeout: 15_000 })
    .toBe(acronym);
  await expect.poll(async () => (await me(page)).body?.activeOrganisationId).toBe(own.organisationId);
}

/** GET /api/me with the page's cookies: the status and the body. */
export async function me(page: Page): Promise<{ status: number; body: SessionBody | null }> {
  const response = await page.context().request.get(new URL('/api/me', page.url()).toString());
  return { status: response.status(), body: response.ok() ? ((await response.json()) as SessionBody) : null };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core (WCAG 2 A/AA and best practices) on the page as it is now and returns its
 * violations, one line each: rule, impact, help and the first offending elements. The source is
 * evaluated through the DevTools protocol, so the app's Content-Security-Policy stays as served.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<AxeRun> } })
      .axe;
    interface AxeRun {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** Fails with the violations listed when axe finds any on the page in its current state. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  const lines = violations.map((v) => `  ${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(' | ')}`);
  throw new Error(`axe: ${violations.length} violation(s) on ${state} (${page.url()}):\n${lines.join('\n')}`);
}

/**
 * Ticks every item of a risk checklist (issue 11 §5) inside `scope` when one is shown: approving a
 * share of High/Severe data asks for it. Tests that are about something else call this before
 * submitting; the guidance browser test checks the refusal without it.
 */
export async function tickRiskChecklist(scope: Locator, kind = 'share-high'): Promise<void> {
  const list = scope.getByTestId(`risk-checklist-${kind}`);
  if ((await list.count()) === 0) return;
  for (const box of await list.getByRole('checkbox').all()) await box.check();
}

/** A signed-in API caller: a page context's request client and its session's CSRF token. */
export interface ApiCaller {
  request: APIRequestContext;
  csrf: string;
}

/**
 * A signed-off DIA covering one entry (issue 11): `author` (a data manager of the owner) starts it
 * with every step complete, `signer` (a second person of the same organisation) signs it off. An
 * entry with personal data or a High/Severe level is a draft until then, and the catalogue, and so
 * a request by id (issue 8), leaves drafts out; an active entry's edit to such facts needs it too.
 * Returns the assessment's id.
 */
export async function signOffDiaFor(
  baseUrl: string,
  author: ApiCaller,
  signer: ApiCaller,
  entryId: string,
): Promise<string> {
  const created = await author.request.post(`${baseUrl}/api/assessments`, {
    headers: { 'x-csrf-token': author.csrf },
    data: {
      title: `E2E DIA ${Date.now()}`,
      scope: 'The entry under test',
      entryIds: [entryId],
      reviewDue: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
    },
  });
  if (created.status() !== 201 && created.status() !== 200)
    throw new Error(`DIA not created: ${created.status()} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  for (const step of [
    'need',
    'team',
    'describe',
    'consult',
    'identify_risks',
    'assess_risks',
    'solutions',
    'recommendations',
    'implement_report',
    'expert_review',
  ]) {
    const res = await author.request.put(`${baseUrl}/api/assessments/${id}/steps/${step}`, {
      headers: { 'x-csrf-token': author.csrf },
      data: { state: 'complete', answer: `Done for ${step}.` },
    });
    if (res.status() !== 200) throw new Error(`DIA step ${step}: ${res.status()} ${await res.text()}`);
  }
  const signed = await signer.request.post(`${baseUrl}/api/assessments/${id}/sign-off`, {
    headers: { 'x-csrf-token': signer.csrf },
  });
  if (signed.status() !== 200) throw new Error(`DIA sign-off: ${signed.status()} ${await signed.text()}`);
  return id;
}

/**
 * Names a signed-off impact assessment of the owner's organisation when the approval form says the
 * request opens a new data flow between partners (decision 0024): whether it does depends on the
 * agreements earlier tests made on the same server. Tests that are about something else call this
 * before approving; the new-flow browser test checks the refusal and the choice themselves.
 */
export async function coverNewFlow(scope: Locator): Promise<void> {
  const flow = scope.getByTestId('new-flow');
  if ((await flow.count()) === 0) return;
  const select = flow.getByTestId('new-flow-dia');
  const options = select.locator('option');
  for (let i = 0; i < 100 && (await options.count()) < 2; i++) await new Promise((r) => setTimeout(r, 100));
  if ((await select.inputValue()) !== '') return;
  const value = await options.nth(1).getAttribute('value');
  if (value) await select.selectOption(value);
}

/** The CSRF token of the page's session (for API calls made beside the page). */
export async function csrfOf(page: Page, baseUrl: string): Promise<string> {
  return ((await (await page.context().request.get(`${baseUrl}/api/me`)).json()) as { csrfToken: string })
    .csrfToken;
}

/** Opens the referral key page (/referrals/keys) and waits for the member's own key section. */
export async function openReferralKeys(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/referrals/keys`);
  await page.getByTestId('user-key').waitFor();
}

/**
 * Unlocks the member's referral keys on the page with their passphrase (labels in the page's
 * language `d`) and waits until they are open (PBKDF2 on a loaded machine: up to a minute).
 */
export async function unlockReferralKeys(page: Page, d: Dictionary, passphrase: string): Promise<void> {
  await page.getByLabel(d['referrals.unlock.passphrase'], { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: d['referrals.unlock.submit'], exact: true }).click();
  await page.getByTestId('keys-unlocked').waitFor({ timeout: 60_000 });
}

/**
 * Creates the signed-in member's own referral key on the key page (the passphrase typed twice) and
 * returns its fingerprint as shown (checked: 8 groups of 4 hex digits).
 */
export async function createReferralUserKey(page: Page, d: Dictionary, passphrase: string): Promise<string> {
  const form = page.getByTestId('create-user-key');
  await form.getByLabel(d['refkeys.passphrase.new'], { exact: true }).fill(passphrase);
  await form.getByLabel(d['refkeys.passphrase.confirm'], { exact: true }).fill(passphrase);
  await form.getByRole('button', { name: d['refkeys.user.create'], exact: true }).click();
  await page.getByTestId('user-fingerprint').waitFor({ timeout: 60_000 });
  const fingerprint = (await page.getByTestId('user-fingerprint').textContent()) ?? '';
  if (!/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/.test(fingerprint))
    throw new Error(`the key page shows "${fingerprint}", not a fingerprint (8 groups of 4 hex digits)`);
  return fingerprint;
}

/**
 * Signs in acting for the login's own organisation (a demo login may land on another membership
 * first); returns the session's CSRF token.
 */
export async function actAs(page: Page, baseUrl: string, who: DemoCredential): Promise<string> {
  await signIn(page, baseUrl, who);
  const session = (await me(page)).body!;
  const own = session.memberships.find((m) => m.acronym === who.organisationAcronym)!;
  if (session.activeOrganisationId === own.organisationId) return session.csrfToken!;
  const res = await page.context().request.put(`${baseUrl}/api/me/active-organisation`, {
    headers: { 'x-csrf-token': session.csrfToken! },
    data: { organisationId: own.organisationId },
  });
  if (res.status() !== 200) throw new Error(`active organisation: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** Files a data request for a registry entry through the API (`over` changes the usual answers). */
export async function fileRequest(
  baseUrl: string,
  requester: ApiCaller,
  entryId: string,
  over: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const res = await requester.request.post(`${baseUrl}/api/requests`, {
    headers: { 'x-csrf-token': requester.csrf },
    data: {
      registryEntryId: entryId,
      purpose: 'Joint protection analysis for the HNO',
      intendedUse: 'District aggregates only',
      recipients: 'Analysis team',
      requestedDurationDays: 60,
      contactEmail: 'analysis@example.org',
      ...over,
    },
  });
  if (res.status() !== 201) throw new Error(`request not filed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/**
 * Opens the owner's agreements page on the incoming request for the entry titled `title` and waits
 * for the ISP's decision beside it; returns the request's item.
 */
export async function openIncomingRequest(page: Page, baseUrl: string, title: string): Promise<Locator> {
  await page.goto(`${baseUrl}/agreements`);
  const item = page.getByTestId('incoming-request').filter({ hasText: title }).first();
  await item.getByTestId('request-decision').waitFor();
  return item;
}

/** A request filed by `requester` for `entry`, then opened on the owner's page (see above). */
export async function requestAndOpen(
  baseUrl: string,
  requester: ApiCaller,
  owner: Page,
  entry: { id: string; title: string },
  over: Record<string, unknown> = {},
): Promise<Locator> {
  await fileRequest(baseUrl, requester, entry.id, over);
  return openIncomingRequest(owner, baseUrl, entry.title);
}
