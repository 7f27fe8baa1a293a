#!/usr/bin/env node
// Screenshots of the board on a plain page, in headless Chromium, for eyeballing the design:
// wide and narrow, light and dark, with the pay popover and the sort menu open.
// Run: node scripts/screenshot.mjs [outdir]   (builds dist/cdn first; default outdir /tmp/mi-shots)
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const here = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? '/tmp/mi-shots';
mkdirSync(out, { recursive: true });
spawnSync(process.execPath, [join(here, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = normalize(join(here, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(here) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/test/fixtures/demo.html`;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const shots = [
    { name: 'wide-light', width: 1280, height: 1100 },
    { name: 'narrow-light', width: 420, height: 1500 },
    { name: 'wide-dark', width: 1280, height: 1100, dark: true },
    { name: 'popover', width: 1280, height: 900, popover: true },
    { name: 'sort-menu', width: 1280, height: 700, menu: true },
    { name: 'focus', width: 1280, height: 700, focus: true },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1 });
    await page.goto(base);
    if (shot.dark) {
      await page.evaluate(() => {
        document.body.classList.add('dark');
        document.querySelector('mi-project-board').setAttribute('theme', 'dark');
      });
    }
    const board = page.locator('mi-project-board');
    await board.locator('article.card').first().waitFor();
    if (shot.popover) await board.locator('article.card .pay').nth(1).click();
    if (shot.menu) await board.locator('.sort-button').click();
    if (shot.focus) {
      await board.locator('.search-input').focus();
      await page.keyboard.press('Tab');
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, `${shot.name}.png`), fullPage: !shot.popover && !shot.menu && !shot.focus });
    await page.close();
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  server.close();
}
