#!/usr/bin/env node
// First-render benchmark: what the board's first load costs a host page's main thread.
//
// Three pages, served as `npm start` serves them (the reference API on a fresh seeded SQLite
// file, the CDN files, the examples), each loaded fresh (new browser context: no HTTP or code
// cache) `--runs` times in headless Chromium, at 1× and at 4× CPU throttling (DevTools
// `Emulation.setCPUThrottlingRate`, what Lighthouse's mobile run uses):
//
//   careers   examples/careers-page: the company page with its 6-card board and its own CSS
//   board     a bare page with <mi-project-board api="/" page-size="20">: 20 cards
//   vanilla   a hand-written page with the same markup: it fetches the same API URL, builds the
//             same shadow DOM (the board's toolbar and filters as captured from the board, each
//             card from the data with cached Intl formatters) under the same styles, no library
//   react     examples/react-app (its built dist/): useProjects and 12 <ProjectCard>s, each a
//             standalone <mi-project-card> with its own shadow root
//
// For each load, from a trace (tasks, paints) and a CPU profile (script):
//   longest   the longest main-thread task from navigation until 1 s after the cards painted
//   ours      the longest of those tasks that ran widget code (≥ 1 ms of profile samples in the
//             CDN files, the React example's assets or the vanilla page's script): what
//             Lighthouse would attribute to the widgets; a task of layout and paint is the page's
//   tbt       Total Blocking Time between first contentful paint and the cards painted: the
//             part over 50 ms of every task in that window (Lighthouse's rule)
//   script    JavaScript time in the CPU profile (every sample not idle, program or GC)
//   cards     navigation start to the first frame that shows the cards
// Medians and p90 are reported, and board / vanilla as a ratio of medians.
//
// Targets (issue 10): longest ≤ 50 ms at 1×; TBT ≤ 100 ms at 4×; cards ≤ 1.5× vanilla at 4×.
// `--profile DIR` writes each load's .cpuprofile (open in DevTools' Performance panel) and
// prints the functions with the most self time, summed over the runs.
//
// Run after a build: node bench/first-render.mjs [--runs 9] [--pages careers,board,vanilla] [--rates 1,4] [--profile DIR] [--tasks] [--cdn DIR] [--json]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { siteMounts } from '../scripts/site.mjs';
import { originalPosition } from './source-maps.mjs';
import { numberArg, requireFromWidgets, root, stats, widgets } from './support.mjs';

const widgetsCdn = join(widgets, 'dist', 'cdn');
const reactDist = join(root, 'examples', 'react-app', 'dist');

const { chromium } = requireFromWidgets('playwright-core');
const argv = process.argv.slice(2);
const RUNS = numberArg('--runs', 9);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1];
};
const PAGES = option('--pages', 'careers,board,vanilla').split(',');
const RATES = option('--rates', '1,4').split(',').map(Number);
const PROFILE_DIR = option('--profile', undefined);
const TASKS = argv.includes('--tasks');
// `--cdn DIR` serves another build of the CDN files at /cdn/ (an older commit's, to compare).
const CDN_DIR = option('--cdn', undefined);
const SETTLE_MS = 1000;

const { startServer } = await import(pathToFileURL(join(root, 'examples/api-server/dist/server.js')).href);

// ---- the bench pages, served from a temporary folder at /bench/ ----
const work = mkdtempSync(join(tmpdir(), 'mi-first-render-'));
const pagesDir = join(work, 'pages');
mkdirSync(pagesDir);
const html = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body>${body}</body></html>`;
writeFileSync(join(pagesDir, 'blank.html'), html(''));
writeFileSync(join(pagesDir, 'board.html'), html('<main><mi-project-board api="/" page-size="20" locale="en-US" time-zone="America/Chicago"></mi-project-board></main>', '<script type="module" src="/cdn/mi-project-board.js"></script>'));
writeFileSync(join(pagesDir, 'vanilla.html'), html('<main><div data-bench-board></div></main>', '<script type="module" src="vanilla.js"></script>'));

const server = await startServer({
  port: 0,
  dbPath: join(work, 'bench.sqlite'),
  staticDir: { ...siteMounts(root).mounts, ...(CDN_DIR ? { '/cdn/': CDN_DIR } : {}), '/bench/': pagesDir },
});
const browser = await chromium.launch(chromiumLaunchOptions());

const PAGE_INFO = {
  careers: { path: '/careers-page/', cards: 6 },
  board: { path: '/bench/board.html', cards: 20 },
  vanilla: { path: '/bench/vanilla.html', cards: 20 },
  react: { path: '/react-app/', cards: 12 },
};

// Runs in every page before its own scripts: marks the first frame that shows `cards` cards.
// A check in each animation frame; the mark is set after that frame's paint (a message posted
// from the frame callback is delivered after the frame is presented).
function watchForCards(cards) {
  const count = () => {
    const host = document.querySelector('mi-project-board, [data-bench-board]');
    if (host) return host.shadowRoot?.querySelectorAll('article.card:not(.skeleton)').length ?? 0;
    // The React example has no board: each gig is a <mi-project-card> with a shadow root of its own.
    let drawn = 0;
    for (const card of document.querySelectorAll('mi-project-card')) if (card.shadowRoot?.querySelector('article.card:not(.skeleton)')) drawn++;
    return drawn;
  };
  const check = () => {
    if (count() < cards) return requestAnimationFrame(check);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark('mi-cards-painted');
      // Told through the console: an evaluate from the harness would run Playwright's own
      // injected script in the page and be measured with it.
      console.info('mi-cards-painted');
    };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(check);
}

/** Resolves when the page says its cards are painted. */
function cardsPainted(page) {
  return page.waitForEvent('console', { predicate: (message) => message.text() === 'mi-cards-painted', timeout: 60_000 });
}

// ---- the vanilla page: the board's markup and styles captured once, cards built from data ----
async function writeVanillaPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  let listUrl;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/v1/')) listUrl ??= request.url().slice(server.url.length);
  });
  await page.addInitScript(watchForCards, 20);
  const painted = cardsPainted(page);
  await page.goto(server.url + PAGE_INFO.board.path);
  await painted;
  const captured = await page.evaluate(() => {
    const root = document.querySelector('mi-project-board').shadowRoot;
    const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
    const list = root.querySelector('[part="list"]');
    const listHtml = list.innerHTML;
    list.innerHTML = '';
    const chrome = root.innerHTML.replace(/<!--[^]*?-->/g, '');
    list.innerHTML = listHtml;
    return { css, chrome };
  });
  await context.close();
  writeFileSync(join(pagesDir, 'board.css'), captured.css);
  writeFileSync(
    join(pagesDir, 'vanilla.js'),
    `// A hand-written page with the board's markup: fetch, format, build, no library.
const CHROME = ${JSON.stringify(captured.chrome)};
const LIST_URL = ${JSON.stringify(listUrl)};
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const money = new Map();
const moneyFormat = (currency) => {
  let f = money.get(currency);
  if (!f) money.set(currency, (f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 })));
  return f;
};
const units = new Map();
const unit = (u, n) => {
  let f = units.get(u);
  if (!f) units.set(u, (f = new Intl.NumberFormat('en-US', { style: 'unit', unit: u, unitDisplay: 'long' })));
  return f.format(n);
};
const rel = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const dates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Chicago' });
const DAY = 86400000;
const WINDOW_UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day' };
function pay(c) {
  if (c.kind === 'fixed') return moneyFormat(c.amount.currency).format(c.amount.amount / 100) + ' fixed';
  const f = moneyFormat(c.min.currency);
  return f.format(c.min.amount / 100) + (c.max && c.max.amount !== c.min.amount ? '–' + (c.max.amount / 100) : '') + '/hr';
}
function windowText(iso) {
  return [...iso.matchAll(/(\\d+)([YMWD])/g)].map(([, n, u]) => unit(WINDOW_UNITS[u], Number(n))).join(', ');
}
function card(p, i) {
  const days = Math.round((Date.parse(p.applyBy) - Date.now()) / DAY);
  const badge = p.schedule === 'weekend' ? 'Weekends' : p.schedule === 'evenings' ? 'Evenings' : '';
  const company = p.company.website ? '<a href="' + esc(p.company.website) + '" target="_blank" rel="noopener noreferrer">' + esc(p.company.name) + '</a>' : esc(p.company.name);
  return '<article class="card" part="card" data-i="' + i + '" aria-labelledby="c' + i + '-t"><div class="head">' +
    '<span class="logo monogram" part="logo" aria-hidden="true">' + esc(p.company.name[0]) + '</span><div class="heading">' +
    '<h3 class="title" part="title" id="c' + i + '-t" dir="auto"><button class="title-button" type="button" data-action="select" aria-expanded="false">' + esc(p.title) + '</button></h3>' +
    '<p class="company" part="company" dir="auto">' + company + '</p></div><span class="status" part="status" data-status="open">Open</span></div>' +
    '<p class="summary" part="summary" dir="auto">' + esc(p.summary) + '</p><dl class="facts" part="facts">' +
    '<div class="fact"><dt>Pay</dt><dd><button class="pay" part="pay-button" type="button" data-action="pay" aria-expanded="false">' + esc(pay(p.compensation)) + '<span class="visually-hidden">, How the pay is estimated</span><span class="info" aria-hidden="true">i</span></button></dd></div>' +
    '<div class="fact"><dt>Effort</dt><dd>' + p.effort.min + '–' + p.effort.max + ' hours</dd></div>' +
    '<div class="fact"><dt>Finish in</dt><dd>' + esc(windowText(p.window)) + '</dd></div></dl>' +
    '<ul class="skills" part="skills" aria-label="Skills">' + p.skills.map((s) => '<li part="skill" dir="auto">' + esc(s) + '</li>').join('') + '</ul>' +
    '<div class="foot">' + (badge ? '<span class="badge" part="badge" data-schedule="' + p.schedule + '">' + badge + '</span>' : '') +
    (p.applyBy ? '<time class="deadline" part="deadline" datetime="' + esc(p.applyBy) + '" title="' + esc(dates.format(Date.parse(p.applyBy))) + '">Closes ' + esc(rel.format(days, 'day')) + '</time>' : '') +
    '<button class="apply" part="apply-button" type="button" data-action="apply" aria-describedby="c' + i + '-t">Apply</button></div></article>';
}
const data = fetch(LIST_URL).then((r) => r.json());
const sheet = new CSSStyleSheet();
sheet.replaceSync(await (await fetch('board.css')).text());
const root = document.querySelector('[data-bench-board]').attachShadow({ mode: 'open' });
root.adoptedStyleSheets = [sheet];
root.innerHTML = CHROME;
const page = await data;
root.querySelector('[part="list"]').innerHTML = page.items.map(card).join('');
`,
  );
}

// ---- one fresh load ----
async function load(name, rate) {
  const info = PAGE_INFO[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(watchForCards, info.cards);
  await page.goto(server.url + '/bench/blank.html');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  await cdp.send('Profiler.start');
  const painted = cardsPainted(page);
  await page.goto(server.url + info.path, { waitUntil: 'commit' });
  await painted;
  await page.waitForTimeout(SETTLE_MS);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  await context.close();
  const events = trace.traceEvents ?? trace;
  return { ...readTrace(events, info.path, profile), script: scriptTime(profile), profile, events };
}

/** Tasks, first contentful paint and the cards mark from the page's renderer main thread. */
function readTrace(events, path, profile) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const key = (e) => `${e.pid}:${e.tid}`;
  const mark = events.find((e) => e.name === 'mi-cards-painted');
  if (!mark) throw new Error('no mi-cards-painted mark in the trace');
  const thread = key(mark);
  const nav = events
    .filter((e) => e.name === 'navigationStart' && key(e) === thread && (e.args?.data?.documentLoaderURL ?? '').includes(path))
    .at(-1);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && key(e) === thread && (!nav || e.ts >= nav.ts));
  if (!nav || !fcp || !mains.has(thread)) throw new Error('navigation or first paint missing from the trace');
  const end = mark.ts + SETTLE_MS * 1000;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && key(e) === thread && e.ts + e.dur >= nav.ts && e.ts <= end);
  const longest = Math.max(0, ...tasks.map((t) => t.dur)) / 1000;
  // The tasks that run the page's widget code (the CDN files, or the vanilla page's script): what
  // Lighthouse attributes to a third-party script. Layout and paint of the page run in tasks of
  // their own and count above, not here.
  const ours = tasks.filter((t) => ownScript(profile, t.ts, t.ts + t.dur) >= 1);
  const longestOurs = Math.max(0, ...ours.map((t) => t.dur)) / 1000;
  if (TASKS) printLongTasks(events, tasks, thread, nav.ts, profile);
  let tbt = 0;
  for (const t of tasks) {
    if (t.dur <= 50_000) continue;
    const from = Math.max(t.ts, fcp.ts);
    const to = Math.min(t.ts + t.dur, mark.ts);
    if (to > from) tbt += Math.max(0, (to - from) / 1000 - 50);
  }
  return { longest, longestOurs, tbt, cards: (mark.ts - nav.ts) / 1000, fcp: (fcp.ts - nav.ts) / 1000 };
}

/** `--tasks`: each task over 50 ms, with the trace events that took most of it. */
function printLongTasks(events, tasks, thread, origin, profile) {
  const inThread = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.name !== 'RunTask');
  for (const task of tasks.filter((t) => t.dur > 50_000)) {
    const end = task.ts + task.dur;
    const inside = inThread.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end);
    const byName = new Map();
    for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`);
    const url = inside.find((e) => e.args?.data?.url)?.args.data.url?.replace(server.url, '') ?? '';
    console.log(`  task at ${((task.ts - origin) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms  ${url}  [${top.join(', ')}]`);
    const js = profile ? scriptIn(profile, task.ts, end) : [];
    if (js.length) console.log(`      script: ${js.map(([label, ms]) => `${label} ${ms.toFixed(1)}`).join(', ')}`);
  }
}

/** Milliseconds of samples in the widget code (`/cdn/`, `/react-app/assets/`, `/bench/vanilla.js`) between `from` and `to`. */
function ownScript(profile, from, to) {
  const urls = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  let t = profile.startTime;
  let ms = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const url = urls.get(profile.samples[i]) ?? '';
    if (/\/cdn\/|\/react-app\/assets\/|\/bench\/vanilla\.js/.test(url)) ms += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  }
  return ms;
}

/** Self time per function (source-mapped) in the profile samples between `from` and `to` (trace µs). */
function scriptIn(profile, from, to) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sums = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const node = byId.get(profile.samples[i]);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (NOT_SCRIPT.has(functionName)) continue;
    const file = url ? url.replace(server.url, '').split('?')[0] : '';
    const original = file.startsWith('/cdn/') ? originalPosition(join(CDN_DIR ?? widgetsCdn, file.slice(5)), lineNumber, columnNumber) : undefined;
    const label = original ? `${original.name ?? functionName} ${original.source.split('/').pop()}` : `${functionName || '(anon)'}${file ? ' ' + file.split('/').pop() : ''}`;
    sums.set(label, (sums.get(label) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, 6);
}

const NOT_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** Self time per profile node, in ms. */
function selfTimes(profile) {
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
  }
  return self;
}

function scriptTime(profile) {
  const self = selfTimes(profile);
  let total = 0;
  for (const node of profile.nodes) if (!NOT_SCRIPT.has(node.callFrame.functionName)) total += self.get(node.id) ?? 0;
  return total;
}

/** The functions with the most self time over `profiles`, as `name file:line` (CDN and React example code through their source maps). */
function topFunctions(profiles, count = 15) {
  const sums = new Map();
  for (const profile of profiles) {
    const self = selfTimes(profile);
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const file = url ? url.replace(server.url, '').split('?')[0] : '';
      const built = file.startsWith('/cdn/') ? join(CDN_DIR ?? widgetsCdn, file.slice(5)) : file.startsWith('/react-app/') ? join(reactDist, file.slice(11)) : undefined;
      const original = built ? originalPosition(built, lineNumber, columnNumber) : undefined;
      const label = original
        ? `${original.name ?? functionName ?? '(anonymous)'} ${original.source}:${original.line + 1}`
        : `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
      sums.set(label, (sums.get(label) ?? 0) + (self.get(node.id) ?? 0));
    }
  }
  return [...sums].sort((a, b) => b[1] - a[1]).slice(0, count).map(([label, ms]) => [label, ms / profiles.length]);
}

// ---- run ----
const results = {};
try {
  if (PAGES.includes('vanilla')) await writeVanillaPage();
  for (const rate of RATES) {
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, so a slow moment of the machine falls on every page alike.
      for (const name of PAGES) {
        const r = await load(name, rate);
        const bucket = ((results[rate] ??= {})[name] ??= { longest: [], longestOurs: [], tbt: [], script: [], cards: [], fcp: [], profiles: [] });
        for (const k of ['longest', 'longestOurs', 'tbt', 'script', 'cards', 'fcp']) bucket[k].push(r[k]);
        if (PROFILE_DIR) {
          bucket.profiles.push(r.profile);
          mkdirSync(PROFILE_DIR, { recursive: true });
          writeFileSync(join(PROFILE_DIR, `${name}-${rate}x-${run}.cpuprofile`), JSON.stringify(r.profile));
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const summary = {};
for (const [rate, pages] of Object.entries(results)) {
  for (const [name, b] of Object.entries(pages)) {
    summary[`${name} ${rate}x`] = Object.fromEntries(['longest', 'longestOurs', 'tbt', 'script', 'cards', 'fcp'].map((k) => [k, stats(b[k])]));
  }
}
if (argv.includes('--json')) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const f = (n) => n.toFixed(1).padStart(7);
  console.log(`${RUNS} fresh loads per page and rate; median / p90 in ms\n`);
  console.log('page'.padEnd(14), 'longest task'.padStart(17), 'longest, ours'.padStart(17), 'TBT'.padStart(17), 'script'.padStart(17), 'cards painted'.padStart(17), 'FCP'.padStart(17));
  for (const [label, s] of Object.entries(summary)) {
    console.log(label.padEnd(14), ...['longest', 'longestOurs', 'tbt', 'script', 'cards', 'fcp'].map((k) => `${f(s[k].median)} /${f(s[k].p90)}`.padStart(17)));
  }
  for (const rate of RATES) {
    const board = summary[`board ${rate}x`];
    const vanilla = summary[`vanilla ${rate}x`];
    if (board && vanilla) console.log(`\nboard / vanilla at ${rate}x: cards painted ${(board.cards.median / vanilla.cards.median).toFixed(2)}×, script ${(board.script.median / Math.max(vanilla.script.median, 0.1)).toFixed(1)}×`);
  }
  if (PROFILE_DIR) {
    for (const [rate, pages] of Object.entries(results)) {
      for (const [name, b] of Object.entries(pages)) {
        console.log(`\nself time, mean per load, ${name} at ${rate}x:`);
        for (const [label, ms] of topFunctions(b.profiles)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${label}`);
      }
    }
  }
  // The worst median over the library pages measured (every page but vanilla).
  const worst = (rate, key) => {
    const rows = Object.entries(summary).filter(([k]) => k.endsWith(` ${rate}x`) && !k.startsWith('vanilla'));
    return rows.length > 0 ? Math.max(...rows.map(([, s]) => s[key].median)) : undefined;
  };
  const longest1 = worst(1, 'longest');
  const tbt4 = worst(4, 'tbt');
  const b4 = summary['board 4x'];
  const v4 = summary['vanilla 4x'];
  console.log('\ntargets: longest task ≤ 50 ms at 1×; TBT ≤ 100 ms at 4×; cards painted ≤ 1.5× vanilla at 4×');
  if (longest1 !== undefined) console.log(`  longest task at 1× (median, worst page): ${longest1.toFixed(1)} ms; of those running widget code: ${worst(1, 'longestOurs').toFixed(1)} ms; vanilla's longest: ${summary['vanilla 1x']?.longest.median.toFixed(1) ?? '–'} ms`);
  if (tbt4 !== undefined) console.log(`  TBT at 4× (median, worst page): ${tbt4.toFixed(1)} ms`);
  if (b4 && v4) console.log(`  cards painted at 4×, board / vanilla: ${(b4.cards.median / v4.cards.median).toFixed(2)}×`);
}
