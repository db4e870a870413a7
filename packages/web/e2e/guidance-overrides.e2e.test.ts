/**
 * Issue 11 §5 "editable by the cluster for its context", in real Chromium against `steward serve`
 * with the demo: the cluster coordinator adapts one guidance entry in French in the help centre
 * (preview, save); a partner focal point then sees the adapted text, marked "adapted by the
 * cluster", in French beside the registry form field and in the help centre, and Steward's default
 * in English; partners have no edit control; the coordinator reverts and the default is back.
 * Axe on each state; screenshots in /tmp/shots.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { fr } from '../src/i18n/fr';
import {
  checkEditorInArabic,
  chooseLanguage as choose,
  expectAccessible,
  launchBrowser,
  newPage,
  openEditorInHelp,
  openHelpAs,
  revertInHelp,
  saveInHelp,
} from './support';

const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const coordinator = credentials.find((c) => c.role === 'cluster-coordinator')!;
const partner = credentials.find((c) => c.role === 'partner-focal-point')!;
const ADAPTED = 'Dans ce pays, indiquez aussi le mandat humanitaire et la base légale convenue au cluster.';
const ID = 'registry.purpose';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const entryOf = (page: Page) => page.getByTestId('help-by-topic').locator(`[data-guidance-entry="${ID}"]`);

describe('guidance adapted by the cluster', () => {
  it('the coordinator adapts an entry in French; a partner sees it in French on the form and in the help centre, the default in English', async () => {
    // 1. The coordinator adapts "Purpose of the data" in French, with a preview.
    const cluster = await newPage(browser);
    await openHelpAs(cluster, baseUrl, coordinator, 'fr', fr);
    await cluster.getByTestId('help-edit-intro').getByText(fr['help.edit.intro']).waitFor();
    const entry = entryOf(cluster);
    await openEditorInHelp(entry, fr);
    const editor = entry.getByTestId('guidance-editor');
    const text = editor.getByLabel(fr['help.edit.text']);
    expect(await text.inputValue()).toBe(fr['guidance.registry.purpose.why']);
    // Saving Steward's own text is refused with an explanation.
    await editor.getByRole('button', { name: fr['help.edit.save'] }).click();
    await editor.getByRole('alert').getByText(fr['help.edit.unchanged']).waitFor();
    await text.fill(ADAPTED);
    const preview = editor.getByRole('region', {
      name: fr['help.edit.previewOf'].replace('{title}', fr['guidance.registry.purpose.title']),
    });
    await preview.getByText(ADAPTED).waitFor();
    await preview.getByText(fr['guidance.custom']).waitFor();
    await expectAccessible(cluster, 'help centre editor with preview (fr)');
    await entry.screenshot({ path: `${SHOTS}/guidance-editor-fr.png` });
    await saveInHelp(cluster, entry, editor, { id: ID, lang: 'fr', d: fr });
    await entry.getByText(ADAPTED).waitFor();
    await entry.getByText(fr['guidance.custom']).waitFor();
    await expectAccessible(cluster, 'help centre after saving (fr)');

    // 2. A partner focal point: no edit control; the adapted text in French, the default in English.
    const page = await newPage(browser);
    await openHelpAs(page, baseUrl, partner, 'en', en);
    await entryOf(page).getByText(en['guidance.registry.purpose.why']).waitFor();
    expect(await entryOf(page).getByText(en['guidance.custom']).count()).toBe(0);
    expect(await page.getByRole('button', { name: new RegExp(`^${en['help.edit.open']}`) }).count()).toBe(0);
    expect(await page.getByTestId('help-edit-intro').count()).toBe(0);

    await choose(page, 'fr');
    await entryOf(page).getByText(ADAPTED).waitFor();
    await entryOf(page).getByText(fr['guidance.custom']).waitFor();
    expect(await page.getByRole('button', { name: new RegExp(`^${fr['help.edit.open']}`) }).count()).toBe(0);
    await expectAccessible(page, 'help centre with an adapted entry, partner (fr)');
    await page.screenshot({ path: `${SHOTS}/guidance-help-partner-fr.png`, fullPage: true });

    await page.goto(`${baseUrl}/registry/new`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const field = page.locator(`details[data-guidance="${ID}"]`);
    await field.locator('summary').click();
    await field.getByText(ADAPTED).waitFor();
    await field.getByText(fr['guidance.custom']).waitFor();
    expect(await field.textContent()).not.toContain(fr['guidance.registry.purpose.why']);
    await expectAccessible(page, 'registry form with adapted guidance open (fr)');
    await field.screenshot({ path: `${SHOTS}/guidance-field-fr.png` });

    await choose(page, 'en');
    await field.getByText(en['guidance.registry.purpose.why']).waitFor();
    expect(await field.textContent()).not.toContain(ADAPTED);
    expect(await field.getByText(en['guidance.custom']).count()).toBe(0);
    await field.screenshot({ path: `${SHOTS}/guidance-field-en.png` });

    // 3. The coordinator reverts to the default; the partner sees it on the next page load.
    await revertInHelp(cluster, entryOf(cluster), {
      id: ID,
      lang: 'fr',
      d: fr,
      adapted: entryOf(cluster).getByText(ADAPTED),
    });
    await entryOf(cluster).getByText(fr['guidance.registry.purpose.why']).waitFor();
    expect(await entryOf(cluster).getByText(fr['guidance.custom']).count()).toBe(0);

    await choose(page, 'fr');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await field.locator('summary').click();
    await field.getByText(fr['guidance.registry.purpose.why']).waitFor();
    expect(await field.textContent()).not.toContain(ADAPTED);
    await choose(page, 'en');

    // The editor right to left (Arabic): accessible, nothing scrolls sideways; cancel leaves no change.
    await choose(cluster, 'ar');
    await entryOf(cluster).getByText(ar['guidance.registry.purpose.why']).waitFor();
    await checkEditorInArabic(cluster, entryOf(cluster), {
      ready: entryOf(cluster).getByTestId('guidance-editor'),
      editor: entryOf(cluster).getByTestId('guidance-editor'),
      what: 'help centre editor',
      shot: `${SHOTS}/guidance-editor-ar.png`,
    });
    await choose(cluster, 'en');
    await cluster.context().close();
    await page.context().close();
  });
});
