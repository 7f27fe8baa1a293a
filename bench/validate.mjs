#!/usr/bin/env node
// Validation benchmark: 1,000 projects through core's `Project` schema, in headless Chromium, in
// the mode the widgets run in: zod's `jitless` flag set (as every element sets it) on a page whose
// CSP forbids eval (`script-src 'self'`), so zod/mini interprets its schemas and never compiles.
//
//   as shipped    `validateItems(items, Project, readProjectQuickly)`, what the client and the
//                 feed reader run: the quick path, with zod for anything it is unsure of
//   zod only      `validateItems(items, Project)`: every item through the zod schema
//
//   first call   a fresh page (new JS realm) validates 1,000 projects once: schema
//                initialisation and cold code included. One fresh page per sample.
//   warm         the same page validating fresh copies of the 1,000 projects again and again
//
// Each run validates new objects (JSON.parse of the same text, not timed), so no run reuses the
// last one's work. A CSP violation (an eval attempt) fails the benchmark.
//
// Run: node bench/validate.mjs [--samples 9] [--json]
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { numberArg, requireFromWidgets, serveFiles, stats, widgets } from './support.mjs';

const { build } = requireFromWidgets('esbuild');
const { chromium } = requireFromWidgets('playwright-core');
const argv = process.argv.slice(2);
const SAMPLES = numberArg('--samples', 9);
const WARM_RUNS = 25;
const COUNT = 1000;

const CATEGORIES = ['market-research', 'data', 'writing', 'design', 'marketing', 'software'];
const SCHEDULES = ['weekend', 'evenings', 'flexible'];
const DAY = 86_400_000;
const now = Date.now();
const projects = Array.from({ length: COUNT }, (_, n) => ({
  id: `p_${n}`,
  slug: `gig-${n}`,
  title: `Clean a survey data set, part ${n}`,
  summary: 'Tidy 2,000 survey responses in a spreadsheet and write a one-page summary of what you found.',
  description: 'We ran a customer survey.\n\nYou will clean it and tell us what stands out.',
  category: CATEGORIES[n % CATEGORIES.length],
  skills: ['spreadsheets', 'data cleaning', 'charts'].slice(0, 1 + (n % 3)),
  compensation:
    n % 3 === 2
      ? { kind: 'fixed', amount: { amount: 30_000, currency: 'USD' } }
      : { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2200, currency: 'USD' } },
  effort: { min: 8, max: 12 },
  window: n % 2 ? 'P2W' : 'P1M',
  schedule: SCHEDULES[n % SCHEDULES.length],
  remote: n % 5 !== 0,
  ...(n % 5 === 0 ? { location: { city: 'Chicago', country: 'US' } } : {}),
  timeZone: 'America/Chicago',
  questions: n % 4 === 0 ? [{ id: 'q1', label: 'Which spreadsheet tool do you use?', kind: 'choice', required: true, options: ['Excel', 'Sheets'] }] : [],
  applyBy: new Date(now + (3 + (n % 40)) * DAY).toISOString(),
  spots: 2,
  company: { id: `c_${n % 8}`, name: `Company ${n % 8}`, slug: `company-${n % 8}`, website: `https://company-${n % 8}.example` },
  postedAt: new Date(now - (n % 20) * DAY).toISOString(),
  status: 'open',
}));

const harness = String.raw`
import { Project, readProjectQuickly, validateItems } from '@microintern/core';
import { useJitlessSchemas } from './src/internal/jitless.ts';

useJitlessSchemas();
window.__violations = 0;
document.addEventListener('securitypolicyviolation', () => window.__violations++);
const text = await (await fetch('/projects.json')).text();

window.validateOnce = (quick) => {
  const items = JSON.parse(text);
  const t0 = performance.now();
  const { items: valid, skipped } = validateItems(items, Project, quick ? readProjectQuickly : undefined);
  const ms = performance.now() - t0;
  if (valid.length !== ${COUNT} || skipped.length) throw new Error('expected every project to be valid: ' + JSON.stringify(skipped[0]));
  return ms;
};
window.ready = true;
`;

const bundled = await build({
  stdin: { contents: harness, resolveDir: widgets, loader: 'ts', sourcefile: 'validate-harness.ts' },
  bundle: true, format: 'esm', target: 'es2022', minify: true, write: false, conditions: ['production'], legalComments: 'none',
});
const files = {
  '/': { type: 'text/html', body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>validate bench</title><script type="module" src="/harness.js"></script></head><body></body></html>' },
  '/harness.js': { type: 'text/javascript', body: bundled.outputFiles[0].contents },
  '/projects.json': { type: 'application/json', body: JSON.stringify(projects) },
};
const { server, url } = await serveFiles(files, { 'content-security-policy': "default-src 'self'; script-src 'self'" });

const browser = await chromium.launch(chromiumLaunchOptions());
const modes = { 'as shipped': true, 'zod only': false };
const measured = {};
try {
  for (const [name, quick] of Object.entries(modes)) {
    const first = [];
    const warm = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${url}/`);
      await page.waitForFunction(() => window.ready === true);
      first.push(await page.evaluate((q) => window.validateOnce(q), quick));
      for (let run = 0; run < WARM_RUNS; run++) warm.push(await page.evaluate((q) => window.validateOnce(q), quick));
      const violations = await page.evaluate(() => window.__violations);
      if (violations) throw new Error(`${violations} CSP violation(s): something tried to eval`);
      await context.close();
    }
    measured[name] = { firstCall: stats(first), warm: stats(warm) };
  }
} finally {
  await browser.close();
  server.close();
}

const result = { projects: COUNT, mode: "zod/mini, jitless, CSP script-src 'self'", measured, targets: { firstCall: 10, warm: 3 } };
if (argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const ms = (n) => `${n.toFixed(2)} ms`.padStart(10);
  console.log(`1,000 projects through Project in Chromium, ${result.mode}`);
  console.log(''.padEnd(26), 'median'.padStart(10), 'p90'.padStart(10), 'samples'.padStart(8), 'target'.padStart(8));
  for (const [name, m] of Object.entries(measured)) {
    console.log(`${name}, first call`.padEnd(26), ms(m.firstCall.median), ms(m.firstCall.p90), String(m.firstCall.runs).padStart(8), '≤ 10 ms'.padStart(8));
    console.log(`${name}, warm`.padEnd(26), ms(m.warm.median), ms(m.warm.p90), String(m.warm.runs).padStart(8), '≤ 3 ms'.padStart(8));
  }
}
