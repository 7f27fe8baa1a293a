#!/usr/bin/env node
// Makes the README's pictures: starts the site as `npm start` does (on a temporary, freshly
// seeded database and a free port), opens a page in headless Chromium at 1280×800 and saves the
// viewport. Run after a build:
//
//   node scripts/screenshot.mjs [careers | builder] [--out path.png]
//
// PORT picks the port (default: a free one); the builder shows its API's URL, so its picture
// is taken on `npm start`'s 8787.
//
// `careers` (default) is docs/images/careers-page.png: /careers-page/ scrolled to the board.
// `builder` is docs/images/builder.png: /builder/ with a themed card and its HTML snippet.
//
// Uses Debian's Chromium (/usr/bin/chromium, or $CHROMIUM); never downloads a browser.
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
};

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const shot = SHOTS[positionals[0] ?? 'careers'];
if (!shot) {
  console.error(`Usage: node scripts/screenshot.mjs [${Object.keys(SHOTS).join(' | ')}] [--out path.png]`);
  process.exit(2);
}
const out = values.out ?? join(repoRoot, shot.out);
const dir = mkdtempSync(join(tmpdir(), 'mi-screenshot-'));
const { server } = await startSite({ port: Number(process.env.PORT ?? 0), dbPath: join(dir, 'screenshot.sqlite') });
const browser = await chromium.launch(chromiumLaunchOptions(['--hide-scrollbars', '--font-render-hinting=none']));
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, timezoneId: 'America/Chicago', locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await shot.take(page, server.url);
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
