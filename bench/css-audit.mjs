#!/usr/bin/env node
// Which of the board's CSS rules does some state of the board use? Opens the careers page as
// `npm start` serves it and walks the board through its states (loaded, a description open, the
// pay popover, the sort menu, no results, a phone with the filter panel, the error state, the
// loading skeleton, Load more), and after each checks every selector of the board's adopted
// sheets against its shadow root (states such as :hover and ::before are stripped, :host
// conditions are checked on the element). It prints the bytes of each sheet and the selectors no
// visited state matched: each is either dead CSS or a state not visited here (dark theme, a
// closed gig, a long list), to be checked by hand.
//
// Run after a build: node bench/css-audit.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { startSite } from '../scripts/site.mjs';
import { requireFromWidgets } from './support.mjs';

const { chromium } = requireFromWidgets('playwright-core');
const work = mkdtempSync(join(tmpdir(), 'mi-css-'));
const { server } = await startSite({ port: 0, dbPath: join(work, 'css.sqlite') });
const browser = await chromium.launch(chromiumLaunchOptions());
const used = new Map(); // selector -> matched?
let sheetsInfo;
/** Records, for every selector of the board's sheets, whether the board's current state matches it. */
async function collect(page) {
  const result = await page.evaluate(() => {
    const board = document.querySelector('mi-project-board');
    const root = board.shadowRoot;
    const out = [];
    const walk = (rules, media) => {
      for (const rule of rules) {
        if (rule.selectorText) {
          for (const sel of rule.selectorText.split(/,(?![^(]*\))/)) {
            const s = sel.trim();
            let matched = false;
            try {
              const stripped = s.replace(/::?(before|after|placeholder|-webkit-[a-z-]+|marker|selection|backdrop)\b(\([^)]*\))?/g, '').replace(/:(hover|focus-visible|focus-within|focus|active|checked|disabled|invalid|open|popover-open|modal)\b/g, '');
              if (/^:host/.test(stripped)) {
                const m = stripped.match(/^:host(\(([^)]*)\))?\s*(.*)$/);
                const hostSel = m[2];
                const rest = m[3];
                const hostOk = !hostSel || board.matches(hostSel.replace(/:(hover|focus-within)/g, ''));
                matched = hostOk && (!rest || !!root.querySelector(rest));
              } else if (stripped.trim() === '' ) matched = true;
              else matched = !!root.querySelector(stripped);
            } catch { matched = true; }
            out.push([ (media ? '@' + media + ' ' : '') + s, matched]);
          }
        } else if (rule.cssRules) walk(rule.cssRules, rule.conditionText || rule.name || 'x');
      }
    };
    for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules, '');
    const bytes = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('').length);
    return { out, bytes };
  });
  sheetsInfo = result.bytes;
  for (const [sel, m] of result.out) used.set(sel, (used.get(sel) ?? false) || m);
}
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url + '/careers-page/#projects');
await page.waitForFunction(() => document.querySelector('mi-project-board')?.shadowRoot?.querySelectorAll('article.card').length > 0);
await collect(page);
await page.locator('mi-project-board .title-button').first().click(); await page.waitForTimeout(200); await collect(page);
await page.locator('mi-project-board button.pay').first().click(); await page.waitForTimeout(300); await collect(page);
await page.keyboard.press('Escape');
await page.locator('mi-project-board [part="sort-button"]').click(); await page.waitForTimeout(300); await collect(page);
await page.keyboard.press('Escape');
await page.locator('mi-project-board [part="search"]').fill('zzzqqq nothing'); await page.waitForTimeout(900); await collect(page);
await page.setViewportSize({ width: 390, height: 844 }); await page.waitForTimeout(300);
await page.locator('mi-project-board [part="filters-toggle"]').click().catch(() => {}); await page.waitForTimeout(300); await collect(page);
// loading skeleton + error
const p2 = await browser.newPage();
await p2.route('**/v1/**', (r) => r.abort());
await p2.goto(server.url + '/careers-page/#projects');
await p2.waitForFunction(() => document.querySelector('mi-project-board')?.shadowRoot?.querySelector('[part="error"]'));
await collect(p2);
const p3 = await browser.newPage();
let release; const gate = new Promise((r) => (release = r));
await p3.route('**/v1/**', async (r) => { await gate; r.continue(); });
await p3.goto(server.url + '/careers-page/#projects');
await p3.waitForFunction(() => document.querySelector('mi-project-board')?.shadowRoot?.querySelector('.skeleton'));
await collect(p3); release();
await page.evaluate(() => document.querySelector('mi-project-board').setAttribute('page-size', '2'));
await page.locator('mi-project-board [part="search"]').fill(''); await page.waitForTimeout(900); await collect(page);
const unused = [...used].filter(([, m]) => !m).map(([s]) => s);
console.log('sheet bytes (cssText):', sheetsInfo.join(' + '), '=', sheetsInfo.reduce((a, b) => a + b, 0));
console.log('selectors:', used.size, 'never matched:', unused.length);
console.log(unused.join('\n'));
await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });
