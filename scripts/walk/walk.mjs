// The user walk (not part of the test suite): signs in as each kind of user of the demo, opens
// every page in English, Arabic and (for a few) French at desktop and 414 px width, takes a
// full-page screenshot of each and records what a user would trip over: console errors, failed or
// refused requests, message keys or "{param}" left on the page, English left in Arabic / French,
// content wider than the window.
//
//   node packages/cli/bin/run-ts.js scripts/walk/walk.mjs --base http://127.0.0.1:4710 \
//     --credentials creds.json --out /work/walk-shots [--roles focal,imo] [--pages registry,isp] \
//     [--snapshot /public/snapshot#TOKEN]
//
// The server is a demo started by hand on a fresh data folder (`steward demo --credentials-out`,
// then `steward serve`, STEWARD_REQUIRE_TWO_FACTOR=false). Screenshots stay out of git. Uses
// Debian's /usr/bin/chromium through playwright-core; never downloads a browser.
/* global document, window, getComputedStyle -- the inspection runs in the page (page.evaluate) */
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { en } from '../../packages/web/src/i18n/en.ts';
import { ar } from '../../packages/web/src/i18n/ar.ts';
import { fr } from '../../packages/web/src/i18n/fr.ts';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4710' },
    credentials: { type: 'string', default: '/work/walk-data/creds.json' },
    out: { type: 'string', default: '/work/walk-shots' },
    roles: { type: 'string' },
    pages: { type: 'string' },
    langs: { type: 'string', default: 'en,ar' },
    widths: { type: 'string', default: '1280,414' },
    shots: { type: 'boolean', default: true },
    // A public publication's link (/public/snapshot#TOKEN, shown once when it is published).
    snapshot: { type: 'string' },
  },
});
const BASE = args.base.replace(/\/$/, '');
const OUT = args.out;
mkdirSync(OUT, { recursive: true });
const credentials = JSON.parse(readFileSync(args.credentials, 'utf8'));

/** The walkers: one per kind of user (the demo's logins). */
const WALKERS = [
  { id: 'focal', email: 'focal-point@demo.example.org' },
  { id: 'caseworker', email: 'caseworker.tri@demo.example.org' },
  { id: 'imo', email: 'imo@demo.example.org' },
  { id: 'coordinator', email: 'coordinator@demo.example.org' },
  { id: 'admin', email: 'admin@demo.example.org' },
  { id: 'viewer', email: 'viewer@demo.example.org' },
  { id: 'none' },
].filter((w) => !args.roles || args.roles.split(',').includes(w.id));

/** Pages every signed-in user may try; a page a role may not open shows "not found", recorded too. */
const SIGNED_IN_PAGES = [
  '/',
  '/account',
  '/account/tokens',
  '/organisations',
  '/members',
  '/registry',
  '/registry/new',
  '@registry-entry',
  '/isp',
  '@isp-version',
  '/catalogue',
  '/agreements',
  '/referrals',
  '/referrals/sent',
  '/referrals/new',
  '/referrals/keys',
  '/directory',
  '/reporting',
  '@reporting-form',
  '@reporting-upload',
  '@reporting-review',
  '@reporting-completeness',
  '/dashboards',
  '/publications',
  '/incidents',
  '/assessments',
  '@assessment',
  '/diagnostic',
  '/diagnostic/report',
  '/check-dataset',
  '/help',
  '/retention',
  '/audit',
  '/no-such-page',
];
const PUBLIC_PAGES = ['/sign-in', '/request', '/public/directory', '@public-snapshot'];

// Dictionaries: keys (to spot a key shown as text) and English texts that the other language
// translates differently (to spot English left in an Arabic or French page).
const text = (v) => (typeof v === 'string' ? v : (v.other ?? Object.values(v)[0]));
const KEYS = new Set(Object.keys(en));
function leftovers(dict) {
  const out = [];
  for (const [k, v] of Object.entries(en)) {
    const s = text(v);
    const other = text(dict[k]);
    if (s === other) continue;
    // Whole fixed phrases only: at least two words, parameters cut off.
    for (const part of s.split(/\{[^}]+\}/)) {
      const p = part.trim();
      if (p.split(/\s+/).length >= 2 && p.length >= 10 && /[a-z]/.test(p)) out.push([k, p]);
    }
  }
  return out;
}
const ENGLISH = { ar: leftovers(ar), fr: leftovers(fr) };

function slug(s) {
  return s.replace(/^\//, '').replace(/[^a-zA-Z0-9]+/g, '_') || 'home';
}

async function api(page, path) {
  const r = await page.request.get(`${BASE}${path}`);
  if (!r.ok()) return null;
  return r.json();
}

/** Turns "@name" into a concrete path for this user, or null when there is none. */
async function resolvePath(page, p, memo) {
  if (!p.startsWith('@')) return p;
  if (p in memo) return memo[p];
  let path = null;
  const period = (() => {
    const d = new Date();
    const m = d.getUTCMonth();
    return m === 0 ? `${d.getUTCFullYear() - 1}-12` : `${d.getUTCFullYear()}-${String(m).padStart(2, '0')}`;
  })();
  switch (p) {
    case '@registry-entry': {
      const b = await api(page, '/api/registry');
      const id = b?.items?.[0]?.id;
      path = id ? `/registry/${id}` : null;
      break;
    }
    case '@isp-version': {
      const b = await api(page, '/api/isp/versions');
      const items = b?.items ?? b?.versions ?? [];
      const id = items[0]?.id;
      path = id ? `/isp/${id}` : null;
      break;
    }
    case '@assessment': {
      const b = await api(page, '/api/assessments');
      const id = b?.items?.[0]?.id;
      path = id ? `/assessments/${id}` : null;
      break;
    }
    case '@reporting-form':
      path = `/reporting/form/5w/${period}`;
      break;
    case '@reporting-upload':
      path = `/reporting/upload/5w/${period}`;
      break;
    case '@reporting-review':
      path = '/reporting/review/5w';
      break;
    case '@reporting-completeness':
      path = '/reporting/completeness/5w';
      break;
    case '@public-snapshot':
      path = memo.publicSnapshot ?? null;
      break;
  }
  memo[p] = path;
  return path;
}

/** What the page shows, checked in the page. */
function inspect(keysAndEnglish) {
  const { keys, english, width } = keysAndEnglish;
  const body = document.body.innerText;
  const found = {};
  // Message keys shown as text, and parameters left unreplaced.
  const tokens = body.match(/[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9-]+)+/g) ?? [];
  found.keys = [...new Set(tokens.filter((t) => keys.includes(t)))];
  found.params = [...new Set(body.match(/\{[a-zA-Z]+\}/g) ?? [])];
  found.english = english.filter(([, s]) => body.includes(s)).map(([k, s]) => `${k}: ${s}`);
  // Wider than the window: the page scrolls sideways.
  const doc = document.documentElement;
  found.overflow = doc.scrollWidth > window.innerWidth + 1 ? doc.scrollWidth - window.innerWidth : 0;
  found.wide = [];
  if (found.overflow) {
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > width + 1 || r.left < -1) {
        // Inside a box that scrolls on its own: fine.
        let p = el.parentElement;
        let boxed = false;
        while (p && p !== document.body) {
          const s = getComputedStyle(p);
          if (/(auto|scroll|hidden)/.test(s.overflowX)) {
            boxed = true;
            break;
          }
          p = p.parentElement;
        }
        if (!boxed) {
          const id = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''}`;
          found.wide.push(
            `${id} [${Math.round(r.left)}..${Math.round(r.right)}] "${(el.textContent ?? '').trim().slice(0, 40)}"`,
          );
          if (found.wide.length >= 6) break;
        }
      }
    }
  }
  found.dir = doc.dir;
  found.lang = doc.lang;
  found.h1 = document.querySelector('h1')?.textContent ?? '';
  found.alerts = [...document.querySelectorAll('[role=alert]')]
    .map((e) => e.textContent?.trim())
    .filter(Boolean);
  return found;
}

async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
  await page
    .waitForFunction(() => !document.querySelector('.loading, .spinner'), null, { timeout: 10_000 })
    .catch(() => {});
  await page.waitForTimeout(250);
}

async function chooseLanguage(page, lang) {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === lang) return;
  const sw = page.getByTestId('language-switcher');
  if ((await sw.count()) === 0) {
    // Signed out: the sign-in page's own switcher, or none.
    const any = page.locator('select').filter({ has: page.locator(`option[value="${lang}"]`) });
    if ((await any.count()) > 0) await any.first().selectOption(lang);
  } else {
    await sw.selectOption(lang);
  }
  await page
    .waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 10_000 })
    .catch(() => {});
}

async function signIn(page, who) {
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel(en['signIn.email'], { exact: true }).fill(who.email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(who.password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
  await page.getByTestId('active-organisation').waitFor({ timeout: 30_000 });
}

const results = [];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const memoShared = args.snapshot
  ? { publicSnapshot: new URL(args.snapshot, BASE).pathname + new URL(args.snapshot, BASE).hash }
  : {};
try {
  for (const walker of WALKERS) {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    let events = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        events.push(`console.${m.type()}: ${m.text().slice(0, 300)}`);
    });
    page.on('pageerror', (e) => events.push(`pageerror: ${String(e).slice(0, 300)}`));
    page.on('response', (r) => {
      if (r.status() >= 400)
        events.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    page.on('requestfailed', (r) => {
      const f = r.failure()?.errorText ?? '';
      if (!/ERR_ABORTED/.test(f)) events.push(`failed ${r.method()} ${new URL(r.url()).pathname} ${f}`);
    });
    let pages = PUBLIC_PAGES;
    if (walker.email) {
      const cred = credentials.find((c) => c.email === walker.email);
      if (!cred) {
        console.warn(`no demo login ${walker.email}`);
        continue;
      }
      await signIn(page, cred);
      walker.role = cred.role;
      pages = SIGNED_IN_PAGES;
    }
    if (args.pages) pages = pages.filter((p) => args.pages.split(',').some((x) => p.includes(x)));
    const memo = walker.email ? {} : memoShared;
    const langs = args.langs.split(',');
    if (walker.id === 'focal' && !langs.includes('fr')) langs.push('fr');
    for (const lang of langs) {
      if (walker.email) {
        await page.goto(`${BASE}/`);
        await settle(page);
        await chooseLanguage(page, lang);
      }
      for (const width of args.widths.split(',').map(Number)) {
        if (lang === 'fr' && width !== 1280) continue;
        await page.setViewportSize({ width, height: 860 });
        for (const p of pages) {
          const path = await resolvePath(page, p, memo);
          if (!path) {
            results.push({ walker: walker.id, lang, width, page: p, skipped: 'no such item for this user' });
            continue;
          }
          events = [];
          await page.goto(`${BASE}${path}`);
          if (!walker.email) await chooseLanguage(page, lang);
          await settle(page);
          const found = await page.evaluate(inspect, {
            keys: [...KEYS],
            english: lang === 'en' ? [] : ENGLISH[lang],
            width,
          });
          const file = join(OUT, `${walker.id}-${lang}-${width}-${slug(p)}.png`);
          if (args.shots) await page.screenshot({ path: file, fullPage: true });
          const row = {
            walker: walker.id,
            lang,
            width,
            page: p,
            path,
            file,
            events: [...new Set(events)],
            ...found,
          };
          results.push(row);
          const bad = [
            row.events.length && `events ${row.events.join(' | ')}`,
            found.keys.length && `keys ${found.keys.join(',')}`,
            found.params.length && `params ${found.params.join(',')}`,
            found.english.length && `english ${found.english.slice(0, 4).join(' | ')}`,
            found.overflow && `overflow ${found.overflow}px ${found.wide.slice(0, 3).join(' ; ')}`,
            lang === 'ar' && found.dir !== 'rtl' && `dir=${found.dir}`,
          ].filter(Boolean);
          console.log(`${walker.id} ${lang} ${width} ${path}: ${bad.length ? bad.join(' || ') : 'ok'}`);
        }
      }
    }
    // Leave the user's stored language as English.
    if (walker.email) {
      await page.goto(`${BASE}/`);
      await settle(page);
      await chooseLanguage(page, 'en');
    }
    await context.close();
  }
} finally {
  await browser.close();
  writeFileSync(join(OUT, 'walk.json'), JSON.stringify(results, null, 2));
}
