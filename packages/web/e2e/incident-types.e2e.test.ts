/**
 * Issue 11 §2, incident types extendable by the cluster, in real Chromium against `steward serve`
 * with the demo: the cluster coordinator adds a type with its labels in the five languages (in
 * French); a caseworker finds it, labelled in Arabic, in the short form and notifies an incident
 * of that type; the coordinator's summary has a row for it. Axe on each step; screenshots in
 * /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());
const by = (role: string) => credentials.find((c) => c.role === role)!;

async function openIncidents(page: Page, messages: Record<string, unknown>): Promise<void> {
  const m = messages as Record<string, string>;
  await page
    .getByRole('navigation', { name: m['nav.label'] })
    .getByRole('link', { name: m['nav.incidents'] })
    .click();
  await page.getByRole('heading', { level: 1, name: m['incidents.title'] }).waitFor();
}

const LABELS = {
  en: 'Cyber attack',
  fr: 'Cyberattaque',
  es: 'Ciberataque',
  pt: 'Ciberataque',
  ar: 'هجوم إلكتروني',
};
const LANGUAGE_NAME = {
  en: 'incidents.types.language.en',
  fr: 'incidents.types.language.fr',
  es: 'incidents.types.language.es',
  pt: 'incidents.types.language.pt',
  ar: 'incidents.types.language.ar',
} as const;

describe('incident types of the cluster', () => {
  it('the coordinator adds a type (fr); a caseworker notifies an incident of it (ar); the summary counts by it', async () => {
    const coordinator = await newPage(browser);
    await signIn(coordinator, baseUrl, by('cluster-coordinator'));
    await coordinator.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('fr');
    await openIncidents(coordinator, fr);
    const section = coordinator.getByRole('region', { name: fr['incidents.types.title'] });
    await section.waitFor();
    expect(await section.textContent()).toContain(fr['incidents.types.none']);
    await section.getByLabel(fr['incidents.types.code']).fill('cyber-attack');
    for (const [lang, key] of Object.entries(LANGUAGE_NAME)) {
      const label = fr['incidents.types.labelIn'].replace('{language}', fr[key]);
      await section.getByLabel(label).fill(LABELS[lang as keyof typeof LABELS]);
    }
    await section.getByRole('button', { name: fr['incidents.types.submit'] }).click();
    await expect.poll(() => section.getByTestId('types-message').textContent()).toContain('cyber-attack');
    await section.locator('tr[data-type="cyber-attack"]').waitFor();
    expect(await section.locator('tr[data-type="cyber-attack"]').textContent()).toContain(LABELS.fr);
    // The same code twice is refused with the reason.
    await section.getByLabel(fr['incidents.types.code']).fill('cyber-attack');
    for (const [lang, key] of Object.entries(LANGUAGE_NAME)) {
      const label = fr['incidents.types.labelIn'].replace('{language}', fr[key]);
      await section.getByLabel(label).fill(LABELS[lang as keyof typeof LABELS]);
    }
    await section.getByRole('button', { name: fr['incidents.types.submit'] }).click();
    await expect
      .poll(() => section.getByTestId('types-message').textContent())
      .toBe(fr['errors.reason.type-exists']);
    // The French label changed; the code and the other labels stay.
    await section
      .getByRole('button', { name: fr['incidents.types.edit'].replace('{code}', 'cyber-attack') })
      .click();
    const edit = section.getByTestId('incident-type-edit');
    await edit.waitFor();
    const frLabel = fr['incidents.types.labelIn'].replace('{language}', fr['incidents.types.language.fr']);
    expect(await edit.getByLabel(frLabel).inputValue()).toBe(LABELS.fr);
    await edit.getByLabel(frLabel).fill(`${LABELS.fr} (informatique)`);
    await expectAccessible(coordinator, "incidents: changing a type's labels (fr)");
    await edit.getByRole('button', { name: fr['incidents.types.save'] }).click();
    await expect
      .poll(() => section.getByTestId('types-edit-message').textContent())
      .toBe(fr['incidents.types.saved'].replace('{code}', 'cyber-attack'));
    expect(await section.locator('tr[data-type="cyber-attack"]').textContent()).toContain(
      `${LABELS.fr} (informatique)`,
    );
    await expectAccessible(coordinator, 'incidents: type added (fr)');
    await coordinator.screenshot({ path: `${SHOTS}/t11-incident-type-added-fr.png`, fullPage: true });

    // A caseworker, in Arabic, finds the type in the short form and notifies an incident of it.
    const caseworker = await newPage(browser);
    await signIn(caseworker, baseUrl, by('caseworker'));
    await caseworker.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('ar');
    await openIncidents(caseworker, ar);
    expect(await caseworker.getByRole('region', { name: ar['incidents.types.title'] }).count()).toBe(0);
    const title = 'Phishing e-mail opened on the office laptop';
    await caseworker.getByLabel(ar['incidents.report.name']).fill(title);
    await caseworker.getByLabel(ar['incidents.report.type']).selectOption({ label: LABELS.ar });
    await caseworker
      .getByRole('group', { name: ar['incidents.report.personalData'] })
      .getByLabel(ar['incidents.no'], { exact: true })
      .check();
    await caseworker.getByRole('button', { name: ar['incidents.report.submit'] }).click();
    const row = caseworker.locator('table.incidents-list tr', { hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain(LABELS.ar);
    await expectAccessible(caseworker, 'incidents: notified with the added type (ar)');
    await caseworker.screenshot({ path: `${SHOTS}/t11-incident-type-used-ar.png`, fullPage: true });

    // The coordinator's summary has a row for the new type (one incident: suppressed).
    await coordinator.reload();
    const byType = coordinator.getByRole('table', { name: fr['incidents.summary.dimension.type'] });
    await byType.waitFor();
    const typeRow = byType.getByRole('row', { name: new RegExp(LABELS.fr) });
    await typeRow.waitFor();
    expect(await typeRow.textContent()).toContain(fr['incidents.summary.suppressed']);
    await coordinator.screenshot({ path: `${SHOTS}/t11-incident-type-summary-fr.png`, fullPage: true });
    await coordinator.context().close();
    await caseworker.context().close();
  });
});
