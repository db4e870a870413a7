/**
 * Issue 11 §5 (decision 0031 addendum), in real Chromium against `steward serve` with the demo: the
 * cluster coordinator rewords one item of the publication checklist in French in the help centre;
 * the cluster IMO, about to publish in French, sees the adapted wording, marked "adapted by the
 * cluster", and must still tick every item (nothing is sent until then); in English Steward's
 * wording shows; the coordinator reverts. Axe on each state; screenshots in /tmp/shots.
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
  signIn,
} from './support';

const SHOTS = '/tmp/shots';
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const by = (role: string) => credentials.find((c) => c.role === role)!;
const ID = 'checklist.publish.2';
const ADAPTED = 'Aucune localité plus fine que la province n’est publiée, sauf accord du groupe de travail.';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const itemOf = (page: Page) =>
  page.getByTestId('help-checklist-publish').locator(`[data-checklist-item="${ID}"]`);

describe('checklist items adapted by the cluster', () => {
  it('the coordinator rewords a publication item in French; the IMO sees it when publishing and must still tick every item', async () => {
    // 1. The coordinator rewords item 2 of "Before publishing" in French.
    const cluster = await newPage(browser);
    await openHelpAs(cluster, baseUrl, by('cluster-coordinator'), 'fr', fr);
    const item = itemOf(cluster);
    await item.locator('.checkbox-option-text').getByText(fr['guidance.checklist.publish.2']).waitFor();
    await openEditorInHelp(item, fr);
    const editor = item.getByTestId('checklist-item-editor');
    const text = editor.getByLabel(fr['help.edit.itemField']);
    expect(await text.inputValue()).toBe(fr['guidance.checklist.publish.2']);
    await editor.getByText(fr['help.edit.itemKeep']).waitFor();
    // Saving Steward's own wording, or nothing, is refused with an explanation.
    await editor.getByRole('button', { name: fr['help.edit.save'] }).click();
    await editor.getByRole('alert').getByText(fr['help.edit.itemUnchanged']).waitFor();
    await text.fill('   ');
    await editor.getByRole('button', { name: fr['help.edit.save'] }).click();
    await editor.getByRole('alert').getByText(fr['help.edit.itemUnchanged']).waitFor();
    await text.fill(ADAPTED);
    await expectAccessible(cluster, 'checklist item editor (fr)');
    await item.screenshot({ path: `${SHOTS}/checklist-item-editor-fr.png` });
    await saveInHelp(cluster, item, editor, { id: ID, lang: 'fr', d: fr });
    await item.locator('.checkbox-option-text').getByText(ADAPTED, { exact: false }).waitFor();
    await item.locator('.checkbox-option-text').getByText(fr['guidance.custom'], { exact: false }).waitFor();
    // The checklist still has its four items.
    expect(await cluster.getByTestId('help-checklist-publish').locator('li').count()).toBe(4);
    await expectAccessible(cluster, 'help centre after rewording an item (fr)');
    await cluster
      .getByTestId('help-checklist-publish')
      .screenshot({ path: `${SHOTS}/checklist-help-adapted-fr.png` });

    // 2. The IMO about to publish, in French: the adapted wording, and every item still to tick.
    const page = await newPage(browser);
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/publications') posts += 1;
    });
    await signIn(page, baseUrl, by('cluster-imo'));
    await choose(page, 'fr');
    await page.goto(`${baseUrl}/publications`);
    await page.getByRole('heading', { level: 1, name: fr['publications.title'] }).waitFor();
    await page.getByLabel(fr['publications.publish.name']).fill('Personnes atteintes par district');
    await page.getByTestId('publish-by').selectOption('adm2,sex,age');
    await page.getByTestId('publish-indicator').selectOption('pm-people');
    const from = await page.getByLabel(fr['dashboards.from']).inputValue();
    await page.getByLabel(fr['dashboards.to']).fill(from);
    await page.getByTestId('publish-audience').selectOption('cluster');
    const checklist = page.getByTestId('risk-checklist-publish');
    await checklist.waitFor();
    const adapted = checklist.getByRole('checkbox', { name: new RegExp(`^${ADAPTED}`) });
    await adapted.waitFor();
    expect(await checklist.textContent()).not.toContain(fr['guidance.checklist.publish.2']);
    await checklist.getByText(fr['guidance.custom'], { exact: false }).waitFor();
    const boxes = await checklist.getByRole('checkbox').all();
    expect(boxes.length).toBe(4);
    // The adapted item and two others ticked, one left: refused at the checklist, nothing sent.
    for (const box of [boxes[0]!, boxes[1]!, boxes[2]!]) await box.check();
    expect(await adapted.isChecked()).toBe(true);
    const publish = page.getByRole('button', { name: fr['publications.publish.submit'] });
    await publish.click();
    await checklist.getByText(fr['guidance.checklist.incomplete']).waitFor();
    expect(posts).toBe(0);
    await expectAccessible(page, 'publish checklist with an adapted item, refused (fr)');
    await checklist.screenshot({ path: `${SHOTS}/checklist-publish-adapted-fr.png` });
    // Unticking the adapted item and ticking the last one is still refused.
    await adapted.uncheck();
    await boxes[3]!.check();
    await publish.click();
    await checklist.getByText(fr['guidance.checklist.incomplete']).waitFor();
    expect(posts).toBe(0);
    await adapted.check();
    await publish.click();
    await page.getByTestId('published').waitFor();
    expect(posts).toBe(1);

    // In English, Steward's wording, unmarked.
    await choose(page, 'en');
    await checklist.getByText(en['guidance.checklist.publish.2']).waitFor();
    expect(await checklist.textContent()).not.toContain(ADAPTED);
    expect(await checklist.getByText(en['guidance.custom'], { exact: false }).count()).toBe(0);
    await checklist.screenshot({ path: `${SHOTS}/checklist-publish-en.png` });
    await page.context().close();

    // 3. The coordinator reverts: Steward's French wording is back.
    await revertInHelp(cluster, itemOf(cluster), {
      id: ID,
      lang: 'fr',
      d: fr,
      adapted: itemOf(cluster).locator('.checkbox-option-text').getByText(ADAPTED, { exact: false }),
    });
    await itemOf(cluster)
      .locator('.checkbox-option-text')
      .getByText(fr['guidance.checklist.publish.2'])
      .waitFor();
    expect(
      await itemOf(cluster)
        .locator('.checkbox-option-text')
        .getByText(fr['guidance.custom'], { exact: false })
        .count(),
    ).toBe(0);

    // The item editor right to left (Arabic): accessible, nothing scrolls sideways; cancel changes nothing.
    await choose(cluster, 'ar');
    await itemOf(cluster)
      .locator('.checkbox-option-text')
      .getByText(ar['guidance.checklist.publish.2'])
      .waitFor();
    await checkEditorInArabic(cluster, itemOf(cluster), {
      ready: itemOf(cluster).getByTestId('checklist-item-editor').getByText(ar['help.edit.itemKeep']),
      editor: itemOf(cluster).getByTestId('checklist-item-editor'),
      what: 'checklist item editor',
      shot: `${SHOTS}/checklist-item-editor-ar.png`,
    });
    await choose(cluster, 'en');
    await cluster.context().close();
  }, 240_000);
});
