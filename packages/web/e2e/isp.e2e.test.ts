/**
 * ISP in Chromium: a cluster role copies the active ISP as a draft, edits a rule from the matrix
 * (the lint updates live), saves and sends it for consultation; two partner focal points of
 * different organisations endorse it; the diff against the active version shows the edit.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { pt } from '../src/i18n/pt';
import { actForOrganisation, launchBrowser, me, newPage, signIn } from './support';

const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));
const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const coordinator =
  credentials.find((c) => c.role === 'cluster-coordinator') ??
  credentials.find((c) => c.role === 'cluster-imo')!;
// Endorsers: the focal points of two partner organisations. The demo's first focal point also
// holds a viewer membership elsewhere, so they may land there and must switch organisation.
const focalPoints = credentials
  .filter((c) => c.role === 'partner-focal-point')
  .filter((c, i, all) => all.findIndex((x) => x.organisationAcronym === c.organisationAcronym) === i)
  .slice(0, 2);

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function activeIspId(page: Page): Promise<{ id: string; version: string }> {
  const response = await page.context().request.get(`${baseUrl}/api/isp`);
  const body = (await response.json()) as { active: { id: string; version: string } | null };
  if (!body.active) throw new Error('The demo has no active ISP');
  return body.active;
}

describe('Information Sharing Protocol', () => {
  it('edits a draft, is endorsed by two partners, and shows the diff', async () => {
    expect(focalPoints.length).toBe(2);
    const page = await newPage(browser);
    await signIn(page, baseUrl, coordinator);
    const active = await activeIspId(page);
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.isp'], exact: true })
      .click();
    await page.getByTestId('isp-matrix').first().waitFor();
    await page
      .getByRole('button', { name: en['isp.new.fromActive'].replace('{version}', active.version) })
      .click();
    await page.waitForURL(/\/isp\/[^/]+$/);
    const draftId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await page.getByText(en['isp.status.draft'], { exact: true }).first().waitFor();

    // A new version label, then edit the rule deciding 3W/4W/5W at ADM0 from its matrix cell.
    await page.getByLabel(en['isp.field.version'], { exact: true }).fill(`${active.version}.1-e2e`);
    await page.locator('[data-cell="3w-4w-5w:adm0"]').click();
    const panel = page.getByTestId('cell-panel');
    await panel.waitFor();
    const ruleId = await panel.locator('li.rule').first().getAttribute('data-rule');
    expect(ruleId).toBeTruthy();
    await panel.getByLabel(en['isp.rule.sensitivity'], { exact: true }).first().selectOption('moderate');
    await page.getByText(en['isp.unsaved']).waitFor();
    await page.getByTestId('lint-summary').waitFor();
    await page.getByRole('button', { name: en['isp.save'] }).click();
    await expect.poll(() => page.getByTestId('isp-message').textContent()).toBe(en['isp.saved']);
    // A draft is not endorsed: members endorse once it is in consultation (issue 8).
    expect(await page.getByRole('button', { name: /^Endorse/ }).count()).toBe(0);
    await page.getByRole('button', { name: en['isp.toConsultation'] }).click();
    await page.getByText(en['isp.status.in-consultation'], { exact: true }).first().waitFor();
    // Members are told that any change clears their endorsements (issue 8; enforced in the database).
    expect(await page.getByTestId('endorse-exact-text').textContent()).toBe(en['isp.endorse.exactText']);
    await page.context().close();

    for (const fp of focalPoints) {
      const p = await newPage(browser);
      await signIn(p, baseUrl, fp);
      const landed = (await me(p)).body!;
      const landedRole = landed.memberships.find(
        (m) => m.organisationId === landed.activeOrganisationId,
      )?.role;
      if (landedRole !== 'partner-focal-point') {
        // Acting for an organisation where they may not endorse, the page says where they can.
        await p.goto(`${baseUrl}/isp/${encodeURIComponent(draftId)}`);
        await p.getByTestId('endorse-switch').filter({ hasText: fp.organisationAcronym }).waitFor();
        expect(await p.getByRole('button', { name: /^Endorse version / }).count()).toBe(0);
        await p.goto(`${baseUrl}/`);
        await actForOrganisation(p, fp.organisationAcronym);
      }
      await p.goto(`${baseUrl}/isp/${encodeURIComponent(draftId)}`);
      await p.getByTestId('endorsement-panel').waitFor();
      await p.getByRole('button', { name: /^Endorse version / }).click();
      await p.getByText(en['isp.endorse.yours'], { exact: true }).waitFor();
      const table = await p.getByTestId('endorsements-table').textContent();
      expect(table).toContain(fp.organisationAcronym);
      await p.context().close();
    }

    const check = await newPage(browser);
    await signIn(check, baseUrl, coordinator);
    await check.goto(`${baseUrl}/isp/${encodeURIComponent(draftId)}`);
    const endorsements = await check.getByTestId('endorsements-table').textContent();
    for (const fp of focalPoints) expect(endorsements).toContain(fp.organisationAcronym);
    await check.goto(
      `${baseUrl}/isp/diff?from=${encodeURIComponent(active.id)}&to=${encodeURIComponent(draftId)}`,
    );
    const diff = check.getByTestId('isp-diff');
    await diff.waitFor();
    const text = (await diff.textContent()) ?? '';
    expect(text).toContain(ruleId!);
    expect(text).toContain(en['vocab.sensitivityLevel.moderate']);
    expect(text).not.toMatch(/(low|moderate)\s*→\s*(low|moderate)/); // labels, never the codes

    // The same diff in Portuguese, then in Arabic (right to left, the arrow mirrored).
    await check.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption('pt');
    await check.getByRole('heading', { level: 1, name: pt['isp.diff.heading'] }).waitFor();
    const inPortuguese = (await diff.textContent()) ?? '';
    expect(inPortuguese).toContain(pt['vocab.sensitivityLevel.moderate']);
    expect(inPortuguese).toContain(pt['isp.ruleField.sensitivity']);
    await check.screenshot({ path: join(SCREENSHOTS, 'isp-diff-pt.png'), fullPage: true });
    await check.getByRole('combobox', { name: pt['header.language'], exact: true }).selectOption('ar');
    await check.getByRole('heading', { level: 1, name: ar['isp.diff.heading'] }).waitFor();
    expect(await check.locator('html').getAttribute('dir')).toBe('rtl');
    const inArabic = (await diff.textContent()) ?? '';
    expect(inArabic).toContain(ar['vocab.sensitivityLevel.moderate']);
    expect(inArabic).toContain('←');
    expect(inArabic).not.toContain('→');
    await check.screenshot({ path: join(SCREENSHOTS, 'isp-diff-ar.png'), fullPage: true });
    await check.context().close();
  }, 150_000);
});
