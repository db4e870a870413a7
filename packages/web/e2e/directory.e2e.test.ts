/**
 * The service directory in Chromium (issue 9): a caseworker filters the directory and opens a
 * service (referral method, intake criteria and partner-only focal point shown), in English and
 * Arabic; the owner confirms its entry is current; signed out, the public directory lists only
 * services listed publicly, with public fields only. A focal point adds a service with opening
 * hours, a location and a public and a partner-only contact (field problems named first), sees it
 * in the public directory with its public fields only, and deletes it; the cluster IMO lists the
 * stale entries and flags one. axe on each state; en and ar screenshots in /tmp/shots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { expectAccessible, launchBrowser, newPage, signIn } from './support';

const baseUrl = inject('baseUrl');
const credentials = inject('credentials');
const caseworker = credentials.find((c) => c.role === 'caseworker')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Polls with room for a loaded machine (the server answers each filter change). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

const rows = (page: Page) =>
  page
    .getByTestId('directory-table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-service')));

async function setLanguage(page: Page, lang: 'ar') {
  await page.getByRole('combobox', { name: en['header.language'], exact: true }).selectOption(lang);
  await poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
}

describe('Service directory', () => {
  it('filters the directory and opens a service with its partner-only fields (en)', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, caseworker);
    await page.getByRole('navigation').getByRole('link', { name: en['nav.directory'] }).first().click();
    await page.waitForURL(/\/directory$/);
    await page.getByTestId('directory-table').waitFor();
    const all = await rows(page);
    expect(all).toContain('Legal counselling and civil documentation');
    expect(all).toContain('Emergency safe shelter');
    await expectAccessible(page, 'directory list (en)');

    // Service type: legal → only AMD's legal counselling.
    await page.getByLabel(en['dir.filter.type']).selectOption('legal');
    await poll(() => rows(page)).toEqual(['Legal counselling and civil documentation']);
    await page.getByLabel(en['dir.filter.type']).selectOption('');
    // Population + language narrow the list; every row left matches on the server side.
    await page.getByLabel(en['dir.filter.population']).selectOption('girls');
    await poll(() => rows(page)).toEqual(['Women and girls safe space']);
    await page.getByLabel(en['dir.filter.population']).selectOption('');
    // Accessibility: sign language → the AMD legal aid desk's service.
    await page.getByLabel(en['dir.filter.accessibility']).selectOption('sign-language');
    await poll(() => rows(page)).toEqual(['Legal counselling and civil documentation']);
    await page.getByLabel(en['dir.filter.accessibility']).selectOption('');
    // Admin area p-code of Nampula province (MZ07): services covering it or an area inside it.
    await page.getByLabel(en['dir.filter.pcode']).fill('MZ07');
    await poll(async () => (await rows(page)).includes('Legal counselling and civil documentation')).toBe(
      false,
    );
    expect(await rows(page)).toContain('Women and girls safe space');
    await page.getByLabel(en['dir.filter.pcode']).fill('');

    await page.getByRole('link', { name: 'Women and girls safe space' }).click();
    await page.waitForURL(/\/directory\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('service-detail');
    await detail.waitFor();
    await poll(() => page.locator('[data-field="referral-method"]').textContent()).toBe(
      en['dir.method.steward'],
    );
    expect(await page.locator('[data-field="intake"]').textContent()).toBe('Women and girls (12+).');
    expect(await detail.textContent()).toContain('gbv.rcsn@demo.example.org');
    await expectAccessible(page, 'service detail (en)');
    await page.context().close();
  });

  it('works in Arabic, right to left', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, caseworker);
    await setLanguage(page, 'ar');
    await page.goto(`${baseUrl}/directory`);
    await page.getByRole('heading', { level: 1, name: ar['dir.title'] }).waitFor();
    await page.getByTestId('directory-table').waitFor();
    await page.getByLabel(ar['dir.filter.type']).selectOption('family-tracing');
    await poll(() => rows(page)).toEqual(['Family tracing and reunification']);
    expect(await page.getByTestId('directory-table').textContent()).toContain(ar['dir.type.family-tracing']);
    await expectAccessible(page, 'directory list (ar)');
    await page.getByRole('link', { name: 'Family tracing and reunification' }).click();
    await page.getByTestId('service-detail').waitFor();
    expect(await page.getByTestId('service-detail').textContent()).toContain(ar['dir.intake']);
    // Lists of labels (days, languages, groups) are joined the Arabic way, not with a Latin comma;
    // the partner's own words are isolated, so their full stop stays at their end.
    const lists = await page.getByTestId('service-detail').locator('dd:not(:has(bdi))').allTextContents();
    expect(lists.filter((text) => text.includes(', '))).toEqual([]);
    expect(await page.getByTestId('service-detail').locator('p > bdi').count()).toBe(1);
    await expectAccessible(page, 'service detail (ar)');
    await page.screenshot({ path: '/tmp/directory-ar.png', fullPage: true });
    // Their organisation's services: listed, without the confirm / edit / delete buttons the
    // services refuse a caseworker.
    await page.goto(`${baseUrl}/directory/mine`);
    await page.locator('[data-mine="Women and girls safe space"]').waitFor();
    expect(await page.locator('[data-mine] button').count()).toBe(0);
    await page.context().close();
  });

  it('maps where the services are: own points, other partners as district shading only (en, ar)', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, caseworker);
    await page.goto(`${baseUrl}/directory`);
    await page.getByTestId('directory-table').waitFor();
    const map = page.getByTestId('directory-map');
    await map
      .locator('[data-testid="map-directory"] .figure-canvas[data-state="ready"] svg')
      .first()
      .waitFor();
    // What the API gave this caseworker: coordinates of their own organisation's locations only
    // (the demo ISP keeps other partners' points on request), p-codes for every location.
    const listed = (await page.evaluate(async () => {
      const r = await fetch('/api/directory/services', { credentials: 'same-origin' });
      return ((await r.json()) as { items: unknown[] }).items;
    })) as {
      id: string;
      name: string;
      organisationAcronym: string | null;
      locations: { latitude: number | null; adminPcode: string | null }[];
    }[];
    const own = caseworker.organisationAcronym;
    const withPoints = listed.filter((s) => s.locations.some((l) => l.latitude !== null));
    expect(withPoints.length).toBeGreaterThan(0);
    for (const s of withPoints) expect(s.organisationAcronym).toBe(own);
    const pointCount = withPoints.flatMap((s) => s.locations.filter((l) => l.latitude !== null)).length;
    const districts = new Set(
      listed.flatMap((s) => s.locations.map((l) => l.adminPcode).filter((p) => p && /^MZ\d{4}$/.test(p))),
    );
    // The points table lists exactly those points; the area table the districts with services.
    await poll(() => map.locator('[data-testid="directory-map-points"] tbody tr').count()).toBe(pointCount);
    const names = await map
      .locator('[data-testid="directory-map-points"] tbody th')
      .evaluateAll((ths) => ths.map((th) => th.textContent ?? ''));
    for (const n of names) expect(withPoints.map((s) => s.name)).toContain(n);
    const shaded = await map
      .locator('[data-testid="map-directory"] table tbody tr')
      .evaluateAll((trs) =>
        trs
          .filter((tr) => (tr.querySelector('td.figure-number')?.textContent ?? '–') !== '–')
          .map((tr) => tr.getAttribute('data-pcode')),
      );
    expect(new Set(shaded)).toEqual(districts);
    const shown = en['dir.map.pointsShown'];
    expect(await map.getByTestId('directory-map-points-note').textContent()).toBe(
      (pointCount === 1 ? shown.one : shown.other).replace('{count}', String(pointCount)),
    );
    await map.screenshot({ path: '/tmp/shots/directory-map-en.png' });
    await expectAccessible(page, 'directory map (en)');

    // On the directory page the language filter is also a "Language" box: the header's by its id.
    await page.getByTestId('language-switcher').selectOption('ar');
    await poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { name: ar['dir.map.title'] }).waitFor();
    await map
      .locator('[data-testid="map-directory"] .figure-canvas[data-state="ready"] svg')
      .first()
      .waitFor();
    await map.screenshot({ path: '/tmp/shots/directory-map-ar.png' });
    await expectAccessible(page, 'directory map (ar)');
    await page.context().close();
  }, 120_000);

  it('lets the owner confirm its service is current', async () => {
    const owner = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    );
    if (!owner) throw new Error('The demo has no RCSN focal point');
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page.goto(`${baseUrl}/directory/mine`);
    const card = page.locator('[data-mine="Women and girls safe space"]');
    await card.waitFor();
    expect(await page.locator('[data-mine="Psychosocial support groups"]').count()).toBe(0);
    await card
      .getByRole('button', { name: en['dir.review'].replace('{name}', 'Women and girls safe space') })
      .click();
    await poll(() => page.getByTestId('directory-message').textContent()).toBe(
      en['dir.reviewed'].replace('{name}', 'Women and girls safe space'),
    );
    const today = new Date().toISOString().slice(0, 10);
    await poll(() => card.textContent()).toContain(today);
    await expectAccessible(page, 'my services (en)');
    // Saving unchanged keeps the service's one location (the PUT replaces it with what was read).
    await card
      .getByRole('button', { name: en['dir.edit.open'].replace('{name}', 'Women and girls safe space') })
      .click();
    await card.getByRole('button', { name: en['dir.edit.save'] }).click();
    await poll(() => page.getByTestId('directory-message').textContent()).toBe(
      en['dir.edit.saved'].replace('{name}', 'Women and girls safe space'),
    );
    await card.getByRole('link', { name: 'Women and girls safe space' }).click();
    await page.getByTestId('service-detail').waitFor();
    const locations =
      (await page.locator('dd', { hasText: 'RCSN women and girls safe space' }).textContent()) ?? '';
    expect(locations.split('RCSN women and girls safe space').length - 1).toBe(1);
    expect(await page.getByTestId('service-contacts').locator('li').count()).toBe(1);
    await page.context().close();
  });

  it('lets the owner edit the intake criteria, keeping the contacts and other fields', async () => {
    const owner = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    );
    if (!owner) throw new Error('The demo has no RCSN focal point');
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page.goto(`${baseUrl}/directory/mine`);
    const card = page.locator('[data-mine="Emergency safe shelter"]');
    await card.waitFor();
    await card
      .getByRole('button', { name: en['dir.edit.open'].replace('{name}', 'Emergency safe shelter') })
      .click();
    const form = card.getByTestId('service-edit');
    await form.getByLabel(en['dir.intake']).fill('Persons at immediate risk, referred by a caseworker.');
    await form.getByLabel(en['dir.referralMethod']).selectOption('in-person');
    await expectAccessible(page, 'edit form (en)');
    await form.getByRole('button', { name: en['dir.edit.save'] }).click();
    await poll(() => page.getByTestId('directory-message').textContent()).toBe(
      en['dir.edit.saved'].replace('{name}', 'Emergency safe shelter'),
    );
    await card.getByRole('link', { name: 'Emergency safe shelter' }).click();
    await page.getByTestId('service-detail').waitFor();
    await poll(() => page.locator('[data-field="intake"]').textContent()).toBe(
      'Persons at immediate risk, referred by a caseworker.',
    );
    expect(await page.locator('[data-field="referral-method"]').textContent()).toBe(
      en['dir.method.in-person'],
    );
    const text = (await page.getByTestId('service-detail').textContent()) ?? '';
    expect(text).toContain('shelter.rcsn@demo.example.org');
    expect(text).toContain('Short-term safe shelter for persons at immediate risk.');
    expect(text).toContain('MZ07');
    await page.context().close();
  });

  it('shows signed-out visitors only public services and public fields (en, ar)', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl}/public/directory`);
    expect(new URL(page.url()).pathname).toBe('/public/directory');
    await page.getByTestId('directory-table').waitFor();
    const listed = await rows(page);
    expect(listed).toContain('Women and girls safe space');
    expect(listed).not.toContain('Emergency safe shelter');
    await expectAccessible(page, 'public directory (en)');
    await page.getByRole('button', { name: 'Women and girls safe space' }).click();
    const detail = page.getByTestId('service-detail');
    await detail.waitFor();
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Safe space, GBV case management');
    expect(text).not.toContain('gbv.rcsn@demo.example.org');
    expect(text).not.toContain('Women and girls (12+).');
    expect(text).not.toContain(en['dir.referralMethod']);
    expect(await page.locator('[data-field="intake"]').count()).toBe(0);
    await expectAccessible(page, 'public service (en)');

    await page.getByRole('combobox').first().selectOption('ar');
    await poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: ar['dir.public.heading'] }).waitFor();
    await expectAccessible(page, 'public service (ar)');
    await page.getByRole('button', { name: ar['dir.back'] }).click();
    await page.getByTestId('directory-table').waitFor();
    await expectAccessible(page, 'public directory (ar)');
    await page.screenshot({ path: '/tmp/directory-public-ar.png', fullPage: true });
    await page.context().close();
  });

  it('lets a focal point add a service with hours, a location and contacts, then delete it (en, ar)', async () => {
    mkdirSync('/tmp/shots', { recursive: true });
    const owner = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    );
    if (!owner) throw new Error('The demo has no RCSN focal point');
    const name = `Mobile legal clinic ${Date.now()}`;
    const page = await newPage(browser);
    await signIn(page, baseUrl, owner);
    await page.goto(`${baseUrl}/directory/mine`);
    await page.getByRole('button', { name: en['dir.add'] }).click();
    const form = page.getByTestId('service-edit');
    await form.waitFor();
    // Sending an empty location and a contact with neither phone nor e-mail names the fields.
    await form.getByRole('button', { name: en['dir.form.addLocation'] }).click();
    await form.getByRole('button', { name: en['dir.form.addContact'] }).click();
    await form.getByRole('button', { name: en['dir.form.create'] }).click();
    const problems = page.getByTestId('service-form-error');
    await problems.waitFor();
    const listed = (await problems.textContent()) ?? '';
    expect(listed).toContain(en['dir.form.invalid']);
    expect(listed).toContain(`name: ${en['dir.form.err.required']}`);
    expect(listed).toContain(`locations[0].name: ${en['dir.form.err.required']}`);
    expect(listed).toContain(`contacts[0].phone: ${en['dir.form.err.phoneOrEmail']}`);
    expect(await form.getByLabel(en['dir.form.name'], { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'add service with problems (en)');

    await form.getByLabel(en['dir.form.name'], { exact: true }).fill(name);
    await form.getByLabel(en['dir.filter.type']).selectOption('legal');
    await form.getByLabel(en['dir.edit.description']).fill('Free legal counselling, civil documentation.');
    await form.getByLabel(en['dir.intake']).fill('Anyone without civil documents.');
    await form.getByLabel(en['dir.col.areas']).fill('MZ07');
    await form
      .getByRole('group', { name: en['dir.filter.language'] })
      .getByLabel(en['dir.language.pt'])
      .check();
    await form.getByRole('button', { name: en['dir.form.addSchedule'] }).click();
    const schedule = form.getByTestId('schedule');
    for (const d of ['MO', 'TU', 'WE', 'TH', 'FR'] as const)
      await schedule.getByLabel(en[`dir.day.${d}`]).uncheck();
    for (const d of ['SA', 'SU'] as const) await schedule.getByLabel(en[`dir.day.${d}`]).check();
    await schedule.getByLabel(en['dir.form.opens']).fill('09:00');
    await schedule.getByLabel(en['dir.form.closes']).fill('13:00');
    const location = form.getByTestId('location');
    await location.getByLabel(en['dir.form.locationName']).fill('Clinic at Nampula market');
    await location.getByLabel(en['dir.form.city']).fill('Nampula');
    await location.getByLabel(en['dir.form.adminPcode']).fill('MZ0701');
    await location.getByLabel(en['dir.access.wheelchair']).check();
    const partnerContact = form.getByTestId('contact').nth(0);
    await partnerContact.getByLabel(en['dir.form.contactName']).fill('Referral desk');
    await partnerContact.getByLabel(en['dir.form.email']).fill('referrals.clinic@demo.example.org');
    await partnerContact.getByLabel(en['dir.form.focalPoint']).check();
    await form.getByRole('button', { name: en['dir.form.addContact'] }).click();
    const publicContact = form.getByTestId('contact').nth(1);
    await publicContact.getByLabel(en['dir.form.phone']).fill('+258 84 111 2222');
    await publicContact.getByLabel(en['dir.form.contactVisibility']).selectOption('public');
    await page.screenshot({ path: '/tmp/shots/directory-add-en.png', fullPage: true });
    await form.getByRole('button', { name: en['dir.form.create'] }).click();
    await poll(() => page.getByTestId('directory-message').textContent()).toBe(
      en['dir.added'].replace('{name}', name),
    );
    const card = page.locator(`[data-mine="${name}"]`);
    await card.waitFor();

    // The service as members see it: hours, location with its p-code, both contacts.
    await card.getByRole('link', { name }).click();
    const detail = page.getByTestId('service-detail');
    await detail.waitFor();
    const text = (await detail.textContent()) ?? '';
    // the days as English lists them (Intl.ListFormat), so Arabic and the others read natively too
    expect(text).toContain(`${en['dir.day.SA']} and ${en['dir.day.SU']} 09:00–13:00`);
    expect(text).toContain('Clinic at Nampula market · Nampula · MZ0701 · ' + en['dir.access.wheelchair']);
    expect(text).toContain('referrals.clinic@demo.example.org');
    expect(text).toContain('+258 84 111 2222');

    // The public directory: listed, with the public contact only and no partner-only field.
    const visitor = await newPage(browser);
    await visitor.goto(`${baseUrl}/public/directory`);
    await visitor.getByTestId('directory-table').waitFor();
    await poll(() => rows(visitor)).toContain(name);
    await visitor.getByRole('button', { name }).click();
    const pub = visitor.getByTestId('service-detail');
    await pub.waitFor();
    const publicText = (await pub.textContent()) ?? '';
    expect(publicText).toContain('Free legal counselling, civil documentation.');
    expect(publicText).toContain('+258 84 111 2222');
    expect(publicText).toContain('Clinic at Nampula market');
    expect(publicText).not.toContain('referrals.clinic@demo.example.org');
    expect(publicText).not.toContain('Anyone without civil documents.');
    expect(publicText).not.toContain(en['dir.referralMethod']);
    await visitor.context().close();

    // Arabic: the owner's form and list, right to left.
    await setLanguage(page, 'ar');
    await page.goto(`${baseUrl}/directory/mine`);
    const arCard = page.locator(`[data-mine="${name}"]`);
    await arCard.waitFor();
    await page.screenshot({ path: '/tmp/shots/directory-mine-ar.png', fullPage: true });
    // Review, edit, delete: the names mix Arabic and the Latin service name, so by position.
    const arButtons = arCard.locator('.actions > button');
    // Arabic texts isolate Latin parameters (U+2068 … U+2069) so they keep their own direction.
    const isolated = `\u2068${name}\u2069`;
    expect(await arButtons.nth(1).textContent()).toBe(ar['dir.edit.open'].replace('{name}', isolated));
    await arButtons.nth(1).click();
    await arCard.getByTestId('service-edit').waitFor();
    await expectAccessible(page, 'edit service form (ar)');
    await page.screenshot({ path: '/tmp/shots/directory-edit-ar.png', fullPage: true });
    await arCard.getByRole('button', { name: ar['dir.edit.cancel'] }).click();

    // Delete, after confirming.
    expect(await arButtons.nth(2).textContent()).toBe(ar['dir.delete'].replace('{name}', isolated));
    await arButtons.nth(2).click();
    await arCard.getByRole('button', { name: ar['dir.deleteYes'] }).click();
    await poll(() => page.getByTestId('directory-message').textContent()).toBe(
      ar['dir.deleted'].replace('{name}', isolated),
    );
    // The list reloads after the message: the deleted service leaves it.
    await poll(() => page.locator(`[data-mine="${name}"]`).count()).toBe(0);
    await page.context().close();
  }, 240_000);

  it('lets the cluster IMO list the stale entries and flag one', async () => {
    const imo = credentials.find((c) => c.role === 'cluster-imo');
    if (!imo) throw new Error('The demo has no cluster IMO');
    const page = await newPage(browser);
    await signIn(page, baseUrl, imo);
    await page.goto(`${baseUrl}/directory`);
    await page.getByTestId('directory-table').waitFor();
    await page.getByLabel(en['dir.filter.stale']).check();
    await poll(() => rows(page)).toEqual(['Family tracing and reunification']);
    await page.getByRole('link', { name: 'Family tracing and reunification' }).click();
    await page.getByTestId('service-stale').waitFor();
    await page
      .getByRole('button', { name: en['dir.flag'].replace('{name}', 'Family tracing and reunification') })
      .click();
    await poll(() => page.getByTestId('directory-message').textContent()).toBe(
      en['dir.flaggedDone'].replace('{name}', 'Family tracing and reunification'),
    );
    await page.getByTestId('service-flagged').waitFor();
    await expectAccessible(page, 'flagged service (en)');
    await page.screenshot({ path: '/tmp/shots/directory-flagged-en.png', fullPage: true });
    await page.context().close();
  });
  it('downloads the directory as the HSDS 3.0 tabular data package (en, ar)', async () => {
    const page = await newPage(browser);
    await signIn(page, baseUrl, caseworker);
    await page.goto(`${baseUrl}/directory`);
    await page.getByTestId('directory-table').waitFor();
    const button = page.getByRole('button', { name: en['dir.exportPackage'] });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('steward-directory-hsds.zip');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(bytes.includes('services.csv')).toBe(true);
    await page.screenshot({ path: '/tmp/shots/directory-export-en.png' });
    await page.goto(`${baseUrl}/`);
    await setLanguage(page, 'ar');
    await page.goto(`${baseUrl}/directory`);
    await page.getByRole('button', { name: ar['dir.exportPackage'] }).waitFor();
    await expectAccessible(page, 'directory with downloads (ar)');
    await page.screenshot({ path: '/tmp/shots/directory-export-ar.png' });
    await page.context().close();
  });
});
