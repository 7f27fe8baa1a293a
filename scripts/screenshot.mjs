#!/usr/bin/env node
// Makes docs/images/careers-page.png, the README's picture of the careers page: starts the site
// as `npm start` does (on a temporary, freshly seeded database and a free port), opens
// /careers-page/ in headless Chromium at 1280×800, waits for the project cards, scrolls to the
// board and saves the viewport. Run after a build:
//
//   node scripts/screenshot.mjs [--out path.png]
//
// Uses Debian's Chromium (/usr/bin/chromium, or $CHROMIUM); never downloads a browser.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { repoRoot, startSite } from './site.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? join(repoRoot, 'docs/images/careers-page.png');
const dir = mkdtempSync(join(tmpdir(), 'mi-screenshot-'));
const { server } = await startSite({ port: 0, dbPath: join(dir, 'screenshot.sqlite') });
const browser = await chromium.launch(chromiumLaunchOptions(['--hide-scrollbars', '--font-render-hinting=none']));
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, timezoneId: 'America/Chicago', locale: 'en-US', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`${server.url}/careers-page/`);
  await page.locator('mi-project-board [part~="card"]').nth(3).waitFor();
  // The board with its filters and the first cards, under the section's heading.
  await page.evaluate(() => {
    const head = document.querySelector('.projects-head');
    const header = document.querySelector('.site-header');
    window.scrollTo({ top: head.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 24, behavior: 'instant' });
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300); // Off-screen cards (content-visibility: auto) paint after the scroll.
  if (problems.length) throw new Error(`The careers page reported errors:\n${problems.join('\n')}`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
