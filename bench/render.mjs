#!/usr/bin/env node
// Render benchmark: <mi-project-board> showing 1,000 cards from inline data, against a
// hand-written vanilla-DOM page that builds the same card markup with the same styles and the
// same @microintern/core formatters, in headless Chromium (playwright-core, /usr/bin/chromium).
//
// Measured, each as time from the start of the work to the next paint (a task queued from the
// next animation frame runs after that frame is painted):
//   initial   mount and render 1,000 cards
//   filter    a category filter from 1,000 cards to 250, then back to 1,000 (two measurements)
//   first     for the board, also the first paint that shows the new cards: it renders a long
//             list's top first and the rest in a task after that paint (vanilla: the same as all)
// Both implementations run interleaved in one page, alternating which goes first, over several
// rounds, with fresh project objects each round (neither may reuse the last round's work); the
// median per implementation and the median ratio board / vanilla are reported, without and with
// 4× CPU throttling (DevTools `Emulation.setCPUThrottlingRate`).
//
// The board runs the production CDN bundle (dist/cdn/mi-widgets.js) with structured-data="off":
// JSON-LD is written after paint in an idle callback and is not part of rendering.
//
// Run: node bench/render.mjs [--rounds 7] [--json]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { median, numberArg, requireFromWidgets, serveFiles, widgets } from './support.mjs';

const { build } = requireFromWidgets('esbuild');
const { chromium } = requireFromWidgets('playwright-core');
const argv = process.argv.slice(2);
const ROUNDS = numberArg('--rounds', 7);

const built = spawnSync(process.execPath, [join(widgets, 'scripts', 'bundle.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);

// The page's own script: data, the vanilla renderer and the timing harness. Bundled from this
// string with esbuild, resolving @microintern/core and the widgets' styles from the package.
const harness = String.raw`
import { formatEffort, formatRate, formatWindow, safeUrl } from '@microintern/core';
import { LONG_LIST, projectBoardStyles } from './src/components/project-board/project-board.styles.ts';

const CATEGORIES = ['market-research', 'data', 'writing', 'design'];
const SCHEDULES = ['weekend', 'evenings', 'flexible'];
const COMPANIES = [{ id: 'c_a', name: 'Acme Analytics', slug: 'acme', website: 'https://acme.example' }, { id: 'c_n', name: 'Northwind Studio', slug: 'northwind' }];
const DAY = 86400000;
function projects(count) {
  const now = Date.now();
  return Array.from({ length: count }, (_, n) => ({
    id: 'p_' + n, slug: 'gig-' + n, title: 'Clean a survey data set, part ' + n,
    summary: 'Tidy 2,000 survey responses in a spreadsheet and write a one-page summary of what you found.',
    description: 'We ran a customer survey.', category: CATEGORIES[n % 4], skills: ['spreadsheets', 'data cleaning', 'charts'],
    compensation: n % 3 === 2 ? { kind: 'fixed', amount: { amount: 30000, currency: 'USD' } } : { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2200, currency: 'USD' } },
    effort: { min: 8, max: 12 }, window: n % 2 ? 'P2W' : 'P1M', schedule: SCHEDULES[n % 3], remote: true, questions: [],
    applyBy: new Date(now + (3 + (n % 40)) * DAY).toISOString(), spots: 2, company: COMPANIES[n % 2],
    postedAt: new Date(now - (n % 20) * DAY).toISOString(), status: 'open',
  }));
}

// A source answering with every matching project in one page: the board then renders them all.
function inlineSource(all) {
  return {
    async page(query = {}) {
      const items = query.category ? all.filter((p) => query.category.includes(p.category)) : all;
      return { items, nextCursor: null, total: items.length, skipped: [] };
    },
    async *list() { yield* all; },
    async get(id) { return all.find((p) => p.id === id); },
  };
}

function nextPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
}

// ---- vanilla: the same markup as the board's cards, built with createElement ----
const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
const dates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const SCHEDULE_LABEL = { weekend: 'Weekends', evenings: 'Evenings' };
function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
function views(p, cache) {
  let v = cache.get(p);
  if (!v) {
    const applyBy = Date.parse(p.applyBy);
    const days = Math.round((applyBy - Date.now()) / DAY);
    v = { pay: formatRate(p.compensation, { locale: 'en-US' }), effort: formatEffort(p.effort, { locale: 'en-US' }), window: formatWindow(p.window, { locale: 'en-US' }),
      deadline: 'Closes ' + (days < 14 ? relative.format(days, 'day') : relative.format(Math.round(days / 7), 'week')), title: dates.format(applyBy), website: safeUrl(p.company.website) };
    cache.set(p, v);
  }
  return v;
}
function vanillaCard(p, i, cache) {
  const v = views(p, cache);
  const card = el('article', 'card'); card.setAttribute('part', 'card'); card.dataset.i = i; card.setAttribute('aria-labelledby', 'c' + i + '-t');
  const head = el('div', 'head');
  const logo = el('span', 'logo monogram', p.company.name[0]); logo.setAttribute('aria-hidden', 'true');
  const heading = el('div', 'heading');
  const h3 = el('h3', 'title'); h3.id = 'c' + i + '-t';
  const tb = el('button', 'title-button', p.title); tb.type = 'button'; tb.dataset.action = 'select'; tb.setAttribute('aria-expanded', 'false'); h3.append(tb);
  const company = el('p', 'company');
  if (v.website) { const a = el('a', '', p.company.name); a.href = v.website; a.target = '_blank'; a.rel = 'noopener noreferrer'; company.append(a); } else company.textContent = p.company.name;
  heading.append(h3, company);
  const status = el('span', 'status', 'Open'); status.dataset.status = 'open';
  head.append(logo, heading, status);
  const summary = el('p', 'summary', p.summary);
  const facts = el('dl', 'facts');
  const f1 = el('div', 'fact'); const dd1 = el('dd');
  const pay = el('button', 'pay', v.pay); pay.type = 'button'; pay.dataset.action = 'pay'; pay.setAttribute('aria-expanded', 'false');
  pay.append(el('span', 'visually-hidden', ', How the pay is estimated')); const info = el('span', 'info', 'i'); info.setAttribute('aria-hidden', 'true'); pay.append(info);
  dd1.append(pay); f1.append(el('dt', '', 'Pay'), dd1);
  const f2 = el('div', 'fact'); f2.append(el('dt', '', 'Effort'), el('dd', '', v.effort));
  const f3 = el('div', 'fact'); f3.append(el('dt', '', 'Finish in'), el('dd', '', v.window));
  facts.append(f1, f2, f3);
  const skills = el('ul', 'skills'); skills.setAttribute('aria-label', 'Skills');
  for (const s of p.skills) skills.append(el('li', '', s));
  const foot = el('div', 'foot');
  if (SCHEDULE_LABEL[p.schedule]) { const b = el('span', 'badge', SCHEDULE_LABEL[p.schedule]); b.dataset.schedule = p.schedule; foot.append(b); }
  const t = el('time', 'deadline', v.deadline); t.dateTime = p.applyBy; t.title = v.title; foot.append(t);
  const apply = el('button', 'apply', 'Apply'); apply.type = 'button'; apply.dataset.action = 'apply'; apply.setAttribute('aria-describedby', 'c' + i + '-t'); foot.append(apply);
  card.append(head, summary, facts, skills, foot);
  return card;
}
function vanillaHost() {
  const host = document.createElement('div');
  host.style.display = 'block';
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = projectBoardStyles.flat(Infinity).map((s) => s.styleSheet);
  const grid = document.createElement('div');
  grid.className = 'grid';
  shadow.append(grid);
  return { host, grid };
}
function vanillaRender(grid, list, cache) {
  const fragment = document.createDocumentFragment();
  list.forEach((p, i) => fragment.append(vanillaCard(p, i, cache)));
  // The same markup as the board's: a long list skips laying out far-off cards.
  grid.toggleAttribute('data-long', list.length > LONG_LIST);
  grid.replaceChildren(fragment);
}

const stage = document.getElementById('stage');

window.measureVanilla = async () => {
  const all = projects(1000);
  const cache = new Map();
  stage.replaceChildren();
  await nextPaint();
  let t0 = performance.now();
  const { host, grid } = vanillaHost();
  stage.append(host);
  vanillaRender(grid, all, cache);
  const initial = (await nextPaint()) - t0;
  t0 = performance.now();
  vanillaRender(grid, all.filter((p) => p.category === 'data'), cache);
  const narrowed = (await nextPaint()) - t0;
  const cards = grid.children.length;
  t0 = performance.now();
  vanillaRender(grid, all, cache);
  const widened = (await nextPaint()) - t0;
  stage.replaceChildren();
  // Vanilla builds each list in one go: its first cards are on screen when all of them are.
  return { initial, narrowed, widened, cards, initialFirst: initial, widenedFirst: widened };
};

// Resolves with the time of the first paint after the board's card count first becomes
// something other than \`from\`: when a long list paints its top first, that is the moment the
// person sees the change; the full measurements wait for every card.
function firstCardsPainted(board, from) {
  return new Promise((resolve) => {
    const count = () => board.shadowRoot.querySelectorAll('article.card').length;
    const observer = new MutationObserver(() => {
      const n = count();
      if (n === 0 || n === from) return;
      observer.disconnect();
      nextPaint().then(resolve);
    });
    observer.observe(board.shadowRoot, { childList: true, subtree: true });
  });
}

window.measureBoard = async () => {
  const all = projects(1000);
  stage.replaceChildren();
  await nextPaint();
  const board = document.createElement('mi-project-board');
  board.setAttribute('structured-data', 'off');
  board.setAttribute('locale', 'en-US');
  const loaded = () => new Promise((resolve) => board.addEventListener('mi-load', resolve, { once: true }));
  let t0 = performance.now();
  let load = loaded();
  board.source = inlineSource(all);
  stage.append(board);
  const initialFirstAt = firstCardsPainted(board, 0);
  await load;
  const initial = (await nextPaint()) - t0;
  const initialFirst = (await initialFirstAt) - t0;
  t0 = performance.now();
  load = loaded();
  board.category = ['data'];
  await load;
  const narrowed = (await nextPaint()) - t0;
  const cards = board.shadowRoot.querySelectorAll('article.card').length;
  t0 = performance.now();
  load = loaded();
  const widenedFirstAt = firstCardsPainted(board, cards);
  board.category = [];
  await load;
  const widened = (await nextPaint()) - t0;
  const widenedFirst = (await widenedFirstAt) - t0;
  if (board.shadowRoot.querySelectorAll('article.card').length !== 1000) throw new Error('board did not show 1,000 cards');
  stage.replaceChildren();
  return { initial, narrowed, widened, cards, initialFirst, widenedFirst };
};
`;

const bundled = await build({
  stdin: { contents: harness, resolveDir: widgets, loader: 'ts', sourcefile: 'render-harness.ts' },
  bundle: true, format: 'esm', target: 'es2022', minify: true, write: false, conditions: ['production'], legalComments: 'none',
});
const files = {
  '/': { type: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>render bench</title>
    <style>body{margin:0;padding:16px;font-family:system-ui}</style>
    <script type="module" src="/mi-widgets.js"></script><script type="module" src="/harness.js"></script></head>
    <body><div id="stage" style="width:1280px"></div></body></html>` },
  '/mi-widgets.js': { type: 'text/javascript', body: readFileSync(join(widgets, 'dist', 'cdn', 'mi-widgets.js')) },
  '/harness.js': { type: 'text/javascript', body: bundled.outputFiles[0].contents },
};
const { server, url } = await serveFiles(files);

const browser = await chromium.launch(chromiumLaunchOptions());
const results = {};
try {
  for (const throttle of [1, 4]) {
    const page = await browser.newPage({ viewport: { width: 1320, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${url}/`);
    await page.waitForFunction(() => customElements.get('mi-project-board') && typeof window.measureBoard === 'function');
    // One untimed run of each warms the JIT and the font cache for both alike.
    await page.evaluate(() => window.measureVanilla());
    await page.evaluate(() => window.measureBoard());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const runs = { board: [], vanilla: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? ['board', 'vanilla'] : ['vanilla', 'board'];
      for (const kind of order) {
        runs[kind].push(await page.evaluate((k) => (k === 'board' ? window.measureBoard() : window.measureVanilla()), kind));
      }
    }
    const summary = {};
    for (const metric of ['initial', 'narrowed', 'widened', 'initialFirst', 'widenedFirst']) {
      const board = runs.board.map((r) => r[metric]);
      const vanilla = runs.vanilla.map((r) => r[metric]);
      summary[metric] = { board: median(board), vanilla: median(vanilla), ratio: median(board.map((b, i) => b / vanilla[i])) };
    }
    summary.cardsAfterFilter = runs.board[0].cards;
    results[`${throttle}x`] = summary;
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (argv.includes('--json')) {
  console.log(JSON.stringify({ rounds: ROUNDS, results }, null, 2));
} else {
  const ms = (n) => `${n.toFixed(1)} ms`.padStart(10);
  console.log(`render to next paint, median of ${ROUNDS} interleaved rounds (Chromium ${browser.version?.() ?? ''})`);
  for (const [throttle, summary] of Object.entries(results)) {
    console.log(`\nCPU ${throttle}${throttle === '1x' ? ' (no throttling)' : ' throttled'}`);
    console.log('measurement'.padEnd(34), 'board'.padStart(10), 'vanilla'.padStart(10), 'ratio'.padStart(7));
    const rows = {
      initial: '1,000 cards, all painted',
      initialFirst: '1,000 cards, first cards painted',
      narrowed: `filter 1,000 → ${summary.cardsAfterFilter}`,
      widened: `filter ${summary.cardsAfterFilter} → 1,000, all painted`,
      widenedFirst: `filter ${summary.cardsAfterFilter} → 1,000, first painted`,
    };
    for (const [metric, label] of Object.entries(rows)) {
      const r = summary[metric];
      console.log(label.padEnd(34), ms(r.board), ms(r.vanilla), `${r.ratio.toFixed(2)}×`.padStart(7));
    }
  }
  console.log('\ntargets: 1,000 cards ≤ 1.5× vanilla (aim 1.25×); a filter change paints in under 50 ms');
  console.log('(the board paints a long list\'s top first and the rest after that paint; "first" is when the change is on screen)');
}
