/**
 * Steward in a real browser (Debian's Chromium) against a real `steward serve` with the demo
 * response loaded (see global-setup.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import type { Role } from '../src/api/session';
import { availableModules, MODULES } from '../src/modules/registry';
import { navigationGroups } from '../src/modules/navigation';
import {
  backToEnglish,
  launchBrowser,
  me,
  newPage,
  nextSignIn,
  signIn,
  type DemoCredential,
  type SessionBody,
} from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));

const roleLabel = (role: string) => (en as Record<string, string | object>)[`role.${role}`];

/** How many memberships each demo user has, asked of the API (signing in without a browser). */
let membershipCounts: Map<string, number> | undefined;
async function membershipsByEmail(): Promise<Map<string, number>> {
  if (membershipCounts) return membershipCounts;
  const counts = new Map<string, number>();
  const api = await request.newContext({ baseURL: baseUrl });
  try {
    for (const c of credentials) {
      if (counts.has(c.email)) continue;
      const response = await api.post('/api/auth/login', { data: { email: c.email, password: c.password } });
      expect(response.status(), `API sign-in of ${c.email}`).toBe(200);
      counts.set(c.email, ((await response.json()) as SessionBody).memberships.length);
    }
  } finally {
    await api.dispose();
  }
  membershipCounts = counts;
  return counts;
}

function credentialFor(role: string): DemoCredential {
  const found = credentials.find((c) => c.role === role);
  if (!found) throw new Error(`The demo has no login for role ${role}`);
  return found;
}

let browser: Browser;
const pages: Page[] = [];

async function open(): Promise<Page> {
  const page = await newPage(browser);
  pages.push(page);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
});

afterAll(async () => {
  await browser?.close();
});

describe('demo logins', () => {
  it('has one login per role, each with an organisation', () => {
    const roles = new Set(credentials.map((c) => c.role));
    for (const role of [
      'cluster-coordinator',
      'cluster-imo',
      'partner-focal-point',
      'partner-im-officer',
      'caseworker',
      'viewer',
    ])
      expect(roles, `demo login for ${role}`).toContain(role);
    for (const c of credentials) expect(c.organisationAcronym).not.toBe('');
  });
});

describe('signing in as each demo role', () => {
  const byRole = [...new Map(credentials.map((c) => [c.role, c])).values()];

  it.each(byRole.map((c) => [c.role, c] as const))(
    '%s sees the home page of their organisation and role',
    async (_role, who) => {
      const page = await open();
      await signIn(page, baseUrl, who);

      const { body } = await me(page);
      expect(body?.user.email).toBe(who.email);
      const active = body?.memberships.find((m) => m.organisationId === body.activeOrganisationId);
      expect(active, 'an active organisation').toBeDefined();

      // The page shows the active organisation and the role held there, in words.
      await expect
        .poll(() => page.getByTestId('active-organisation-acronym').textContent())
        .toBe(active?.acronym);
      await expect
        .poll(() => page.getByTestId('active-organisation-name').textContent())
        .toBe(active?.organisationName);
      expect(await page.getByTestId('active-role').getAttribute('data-role')).toBe(active?.role);
      expect(await page.getByTestId('active-role').textContent()).toBe(roleLabel(active?.role ?? ''));

      // The login's own organisation and role are among the user's memberships; the system
      // administrator is marked as such on top of their membership role.
      if (who.role === 'admin') {
        expect(body?.user.isAdmin).toBe(true);
        expect(body?.memberships.map((m) => m.acronym)).toContain(who.organisationAcronym);
        await page.getByTestId('system-admin').waitFor();
      } else {
        expect(body?.memberships).toContainEqual(
          expect.objectContaining({ acronym: who.organisationAcronym, role: who.role }),
        );
        if (active?.acronym === who.organisationAcronym) expect(active.role).toBe(who.role);
        expect(await page.getByTestId('system-admin').count()).toBe(0);
      }

      // Navigation shows what exists for this role: home, organisations, then the modules by group.
      const nav = page.getByRole('navigation', { name: en['nav.label'] });
      const viewer = { role: active?.role as Role, isAdmin: body?.user.isAdmin ?? false };
      const groups = navigationGroups(MODULES, viewer);
      expect(await nav.getByRole('link').allTextContents()).toEqual(
        groups.flatMap((g) => g.items.map((i) => en[i.labelKey])),
      );
      expect(await nav.locator('.nav-group-label').allTextContents()).toEqual(
        groups.map((g) => en[g.labelKey]),
      );
      expect(groups.flatMap((g) => g.items).length).toBe(2 + availableModules(MODULES, viewer).length);
      // Navigation by permission (issue 8): the administrator, a viewer of the cluster lead, may read
      // the audit log and gets its link; a plain viewer does not.
      if (who.role === 'admin' || who.role === 'viewer')
        expect(await nav.getByRole('link', { name: en['nav.audit'], exact: true }).count()).toBe(
          who.role === 'admin' ? 1 : 0,
        );
      expect(await page.title()).toBe(en['title.format'].replace('{page}', en['title.home']));
    },
  );
});

describe('organisations', () => {
  it('switches the active organisation for a user with several memberships', async () => {
    const counts = await membershipsByEmail();
    const who = credentials.find((c) => (counts.get(c.email) ?? 0) > 1);
    if (!who) throw new Error('The demo has no user with several memberships');
    const page = await open();
    await signIn(page, baseUrl, who);

    const before = (await me(page)).body!;
    expect(before.memberships.length).toBeGreaterThan(1);
    const target = before.memberships.find((m) => m.organisationId !== before.activeOrganisationId)!;

    const switcher = page.getByRole('combobox', { name: en['header.organisation'], exact: true });
    await switcher.selectOption(target.organisationId);
    await expect
      .poll(() => page.getByTestId('active-organisation-acronym').textContent())
      .toBe(target.acronym);
    expect(await page.getByTestId('active-role').getAttribute('data-role')).toBe(target.role);
    await page
      .getByRole('status')
      .filter({ hasText: target.organisationName })
      .waitFor({ state: 'attached' });

    // The server remembers it: a reload keeps the new organisation.
    expect((await me(page)).body?.activeOrganisationId).toBe(target.organisationId);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('active-organisation-acronym').textContent())
      .toBe(target.acronym);
  });

  it('offers no organisation switcher to a user with one membership', async () => {
    const counts = await membershipsByEmail();
    const single = credentials.find((c) => counts.get(c.email) === 1);
    if (!single) throw new Error('The demo has no user with a single membership');
    const page = await open();
    await signIn(page, baseUrl, single);
    expect(await page.getByTestId('organisation-switcher').count()).toBe(0);
  });

  it('lists the organisations of the response', async () => {
    const page = await open();
    await signIn(page, baseUrl, credentialFor('cluster-coordinator'));
    await page.getByRole('link', { name: en['nav.organisations'], exact: true }).click();
    await page.waitForURL(/\/organisations$/);
    const table = page.getByTestId('organisations-table');
    await table.waitFor();
    const acronyms = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(acronyms).toContain(credentialFor('cluster-coordinator').organisationAcronym);
    expect(await page.title()).toBe(en['title.format'].replace('{page}', en['title.organisations']));
  });
});

describe('languages', () => {
  it('switches to French: the text changes and <html lang="fr">, kept after a reload', async () => {
    const page = await open();
    const who = credentialFor('partner-im-officer');
    await signIn(page, baseUrl, who);
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');

    await page.getByRole('heading', { level: 1, name: /^Bienvenue, / }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    const links = await page
      .getByRole('navigation', { name: fr['nav.label'] })
      .getByRole('link')
      .allTextContents();
    expect(links.slice(0, 2)).toEqual([fr['nav.home'], fr['nav.organisations']]);
    expect(await page.title()).toBe(fr['title.format'].replace('{page}', fr['title.home']));

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Bienvenue, / }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('switches to Arabic: <html dir="rtl" lang="ar"> and the layout mirrors', async () => {
    const page = await open();
    await signIn(page, baseUrl, credentialFor('cluster-coordinator'));
    await page.screenshot({ path: join(SCREENSHOTS, 'home-en.png'), fullPage: true });

    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`^${ar['home.welcome'].replace('{name}', '')}`) })
      .waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');

    // Right to left: the product name sits to the right of the account menu.
    const brand = await page.locator('.brand').boundingBox();
    const account = await page.getByTestId('user-menu-button').boundingBox();
    expect(brand && account && brand.x > account.x).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'home-ar.png'), fullPage: true });
  });
});

describe('signing out and errors', () => {
  it('signs out from the user menu: back to sign-in, and /api/me is 401', async () => {
    const page = await open();
    await signIn(page, baseUrl, credentialFor('viewer'));
    await page.getByTestId('user-menu-button').click();
    await page.getByRole('button', { name: en['header.signOut'] }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('status').filter({ hasText: en['signIn.signedOut'] }).waitFor();
    expect((await me(page)).status).toBe(401);

    // Protected pages now lead back to sign-in, remembering where the user was going.
    await page.goto(`${baseUrl}/organisations`);
    await page.waitForURL(/\/sign-in\?next=%2Forganisations$/);
  });

  it('shows the error for a wrong password, and keeps the user on the sign-in page', async () => {
    const page = await open();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel(en['signIn.email']).fill(credentialFor('caseworker').email);
    await page.getByLabel(en['signIn.password']).fill('not-the-password');
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    const alert = page.getByTestId('sign-in-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en['errors.invalid-credentials']);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect((await me(page)).status).toBe(401);
  });

  it('names each missing field before sending anything', async () => {
    const page = await open();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    const email = page.getByLabel(en['signIn.email']);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(en['signIn.emailRequired']).count()).toBe(1);
    expect(await page.getByText(en['signIn.passwordRequired']).count()).toBe(1);
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('returns to the page asked for after signing in, and shows a not-found page for unknown paths', async () => {
    const page = await open();
    const who = credentialFor('cluster-imo');
    await page.goto(`${baseUrl}/organisations`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel(en['signIn.email']).fill(who.email);
    await page.getByLabel(en['signIn.password']).fill(who.password);
    const answer = nextSignIn(page);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.waitForURL(/\/organisations$/);
    await page.getByTestId('organisations-table').waitFor();
    await backToEnglish(page, answer);

    await page.goto(`${baseUrl}/no-such-page`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en['notFound.heading']);
  });
});

describe('sessions and lockout', () => {
  it('sends the user back to sign-in when the session has ended, then returns to the page', async () => {
    const page = await open();
    const who = credentialFor('partner-im-officer');
    await signIn(page, baseUrl, who);
    await page.context().clearCookies(); // the session is gone, as after expiry
    await page.getByRole('link', { name: en['nav.organisations'], exact: true }).click();
    await page.waitForURL(/\/sign-in\?next=%2Forganisations$/);
    await page.getByRole('status').filter({ hasText: en['signIn.sessionEnded'] }).waitFor();

    await page.getByLabel(en['signIn.email'], { exact: true }).fill(who.email);
    await page.getByLabel(en['signIn.password'], { exact: true }).fill(who.password);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.waitForURL(/\/organisations$/);
  });

  it('after repeated failures, says the account is locked and for how many minutes, in French too', async () => {
    const who = inject('lockoutAccount');
    const page = await open();
    await page.goto(`${baseUrl}/sign-in`);
    const alert = page.getByTestId('sign-in-error');
    let text = '';
    for (let attempt = 1; attempt <= 10 && !/locked/.test(text); attempt++) {
      await page.getByLabel(en['signIn.email'], { exact: true }).fill(who.email);
      await page.getByLabel(en['signIn.password'], { exact: true }).fill(`wrong-${attempt}`);
      await page.getByRole('button', { name: en['signIn.submit'] }).click();
      await page.getByRole('button', { name: en['signIn.submit'] }).and(page.locator(':enabled')).waitFor();
      text = (await alert.textContent()) ?? '';
    }
    const minutes = /locked for (\d+) more minutes?/.exec(text);
    expect(minutes, text).not.toBeNull();
    expect(Number(minutes?.[1])).toBeGreaterThan(0);

    // Even the right password is refused while locked; the message is in the chosen language.
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByLabel(fr['signIn.email'], { exact: true }).fill(who.email);
    await page.getByLabel(fr['signIn.password'], { exact: true }).fill(who.password);
    await page.getByRole('button', { name: fr['signIn.submit'] }).click();
    await expect
      .poll(async () => (await alert.textContent()) ?? '')
      .toMatch(/bloqué pendant encore \d+ minutes?/);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
