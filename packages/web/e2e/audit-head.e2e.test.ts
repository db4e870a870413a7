/**
 * Issue 7 §6: every organisation sees the audit log head on its home page, so partners can
 * witness it. Real Chromium against `steward serve` with the demo (global-setup.ts).
 */
import { request, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectWholeInView, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The head as the API gives it to a freshly signed-in member (no browser). */
async function apiHead(who: { email: string; password: string }) {
  const api = await request.newContext({ baseURL: baseUrl });
  try {
    expect(
      (await api.post('/api/auth/login', { data: { email: who.email, password: who.password } })).status(),
    ).toBe(200);
    const res = await api.get('/api/audit/head');
    expect(res.status()).toBe(200);
    return (await res.json()) as { sequence: number; hash: string };
  } finally {
    await api.dispose();
  }
}

describe('audit log head on the home page', () => {
  it('is shown to members of different organisations and roles, and continues the same log', async () => {
    const viewer = credentials.find((c) => c.role === 'viewer')!;
    const coordinator = credentials.find((c) => c.role === 'cluster-coordinator')!;
    expect(viewer.organisationAcronym).not.toBe(coordinator.organisationAcronym);
    const seen: { sequence: number; hash: string }[] = [];
    for (const who of [viewer, coordinator]) {
      const page = await newPage(browser);
      await signIn(page, baseUrl, who);
      const card = page.getByTestId('audit-head');
      await card.getByRole('heading', { name: en['home.auditHeading'] }).waitFor();
      const hash = card.getByTestId('audit-head-hash');
      await hash.waitFor();
      const text = (await hash.textContent()) ?? '';
      expect(text).toMatch(/^[0-9a-f]{64}$/);
      seen.push({ sequence: Number(await hash.getAttribute('data-sequence')), hash: text });
      expect(await card.textContent()).toContain(en['home.auditWitness']);
      await page.context().close();
    }
    // the second member's head is later in the same log than the first one's
    expect(seen[1]!.sequence).toBeGreaterThan(seen[0]!.sequence);
    const later = await apiHead(viewer);
    expect(later.sequence).toBeGreaterThan(seen[1]!.sequence);
  });

  it('is in French and in Arabic', async () => {
    const page = await newPage(browser);
    await signIn(
      page,
      baseUrl,
      credentials.find((c) => c.role === 'partner-focal-point')!,
    );
    await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await page.getByTestId('audit-head').getByRole('heading', { name: fr['home.auditHeading'] }).waitFor();
    expect(await page.getByTestId('audit-head').textContent()).toContain(fr['home.auditWitness']);
    await page.getByRole('combobox', { name: fr['header.language'], exact: true }).selectOption('ar');
    await page.getByTestId('audit-head').getByRole('heading', { name: ar['home.auditHeading'] }).waitFor();
    expect(await page.getByTestId('audit-head').textContent()).toContain(ar['home.auditWitness']);
    // the hash stays left to right inside the right-to-left page
    expect(await page.getByTestId('audit-head-hash').getAttribute('dir')).toBe('ltr');
    // On a 414 px phone the 64-digit fingerprint wraps inside its card instead of widening the
    // home page (it made the page scroll sideways by 144 px).
    await page.setViewportSize({ width: 414, height: 860 });
    await expectWholeInView(page, page.getByTestId('audit-head'), 'the audit head card at 414 px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});
