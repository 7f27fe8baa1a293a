#!/usr/bin/env node
// Makes the README's pictures: starts the site as `npm start` does (on a temporary, freshly
// seeded database and a free port), opens a page in headless Chromium at 1280×800 and saves the
// viewport. Run after a build:
//
//   node scripts/screenshot.mjs [careers | builder | console] [--out path.png]
//
// PORT picks the port (default: a free one); the builder shows its API's URL, so its picture
// is taken on `npm start`'s 8787.
//
// `careers` (default) is docs/images/careers-page.png: /careers-page/ scrolled to the board.
// `builder` is docs/images/builder.png: /builder/ with a themed card and its HTML snippet.
// `console` is docs/images/console.png: /console/ signed in as Forkful (a key made with the admin
// command), posting a gig, with the live card preview and the pay check.
//
// Uses Debian's Chromium (/usr/bin/chromium, or $CHROMIUM); never downloads a browser.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { repoRoot, startSite } from './site.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const SHOTS = {
  careers: {
    out: 'docs/images/careers-page.png',
    async take(page, url) {
      await page.goto(`${url}/careers-page/`);
      await page.locator('mi-project-board [part~="card"]').nth(3).waitFor();
      // The board with its filters and the first cards, under the section's heading.
      await page.evaluate(() => {
        const head = document.querySelector('.projects-head');
        const header = document.querySelector('.site-header');
        window.scrollTo({ top: head.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 24, behavior: 'instant' });
      });
    },
  },
  builder: {
    out: 'docs/images/builder.png',
    async take(page, url) {
      await page.goto(`${url}/builder/?element=card&company=forkful&--mi-color-accent=%232f6b4f&--mi-color-surface-raised=%23fbf6ee&--mi-radius=16px`);
      await page.locator('embed-builder mi-project-card [part~="card"]').waitFor();
    },
  },
  console: {
    out: 'docs/images/console.png',
    async take(page, url, dbPath) {
      const admin = join(repoRoot, 'examples/api-server/dist/admin.js');
      const key = /\bsk_test_\S+/.exec(execFileSync(process.execPath, [admin, 'create-key', '--company', 'forkful', '--test', '--db', dbPath], { encoding: 'utf8' }))[0];
      await page.goto(`${url}/console/#/gigs/new`);
      await page.getByLabel('Company slug').fill('forkful');
      await page.getByLabel('Secret key').fill(key);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#gig-title').waitFor();
      await page.locator('#gig-title').fill('Label forty pantry shelves');
      await page.locator('#gig-summary').fill('Photograph and label forty pantry shelves so our pickers find things faster.');
      await page.locator('#gig-category').selectOption('data');
      await page.locator('#gig-skills').fill('photography, spreadsheets,');
      await page.locator('#gig-pay-hourly').check();
      await page.locator('#gig-pay-min').fill('14');
      await page.locator('#gig-effort-min').fill('6');
      await page.locator('#gig-effort-max').fill('8');
      await page.locator('#gig-window-count').fill('2');
      await page.locator('#gig-schedule').selectOption('weekend');
      await page.locator('console-gig-editor mi-project-card [part~="card"]').waitFor();
      await page.getByText('Effective rate', { exact: false }).first().waitFor();
      await page.evaluate(() => document.activeElement?.blur?.());
      await page.evaluate(() => window.scrollTo({ top: [...document.querySelectorAll('.gig-section')][1].getBoundingClientRect().top + window.scrollY - 24, behavior: 'instant' }));
    },
  },
};

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const shot = SHOTS[positionals[0] ?? 'careers'];
if (!shot) {
  console.error(`Usage: node scripts/screenshot.mjs [${Object.keys(SHOTS).join(' | ')}] [--out path.png]`);
  process.exit(2);
}
const out = values.out ?? join(repoRoot, shot.out);
const dir = mkdtempSync(join(tmpdir(), 'mi-screenshot-'));
const dbPath = join(dir, 'screenshot.sqlite');
const { server } = await startSite({ port: Number(process.env.PORT ?? 0), dbPath });
const browser = await chromium.launch(chromiumLaunchOptions(['--hide-scrollbars', '--font-render-hinting=none']));
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, timezoneId: 'America/Chicago', locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await shot.take(page, server.url, dbPath);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300); // Off-screen cards (content-visibility: auto) paint after the scroll.
  if (problems.length) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
