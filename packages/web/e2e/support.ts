/** Shared helpers of the browser tests: launching Debian's Chromium and signing in. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { en } from '../src/i18n/en';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface DemoCredential {
  readonly email: string;
  readonly password: string;
  readonly role: string;
  readonly organisationAcronym: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    credentials: DemoCredential[];
    /** An account no other test uses: the lockout test locks it. */
    lockoutAccount: DemoCredential;
    /** An account no other test uses: the account-security test changes its password and 2FA. */
    accountProbe: DemoCredential;
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

/** Opens the app, lands on sign-in, signs in with the form and waits for the home page. */
export async function signIn(page: Page, baseUrl: string, who: Pick<DemoCredential, 'email' | 'password'>) {
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel(en['signIn.email'], { exact: true }).fill(who.email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(who.password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
  await page.getByTestId('active-organisation').waitFor();
}

export interface SessionBody {
  user: { id: string; email: string; displayName: string; isAdmin: boolean };
  memberships: { organisationId: string; organisationName: string; acronym: string; role: string }[];
  activeOrganisationId: string | null;
  csrfToken: string | null;
}

/** GET /api/me with the page's cookies: the status and the body. */
export async function me(page: Page): Promise<{ status: number; body: SessionBody | null }> {
  const response = await page.context().request.get(new URL('/api/me', page.url()).toString());
  return { status: response.status(), body: response.ok() ? ((await response.json()) as SessionBody) : null };
}
