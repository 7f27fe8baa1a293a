import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { TOKENS } from '../../builder/src/tokens.js';
import { axeViolations } from './support/axe.js';
import { serveFolder, type StaticServer } from './support/static-server.js';
import { eventually, getJson, openPage, repoRoot, startE2eSite, type E2eSite } from './support/site.js';

const run = promisify(execFile);

/** The builder's preview element (a board or a card). */
const preview = (page: Page) => page.locator('embed-builder .stage > :is(mi-project-board, mi-project-card)');
const snippet = (page: Page, id: 'html' | 'react' | 'csp') => page.locator(`[data-snippet="${id}"] pre`).innerText();

/** An element's attributes, without `style` (the preview's tokens are CSSOM writes). */
function attributesOf(page: Page, selector: string): Promise<Record<string, string>> {
  return page.locator(selector).first().evaluate((el) => Object.fromEntries([...el.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value])));
}

/** The computed value of every token the builder edits, on an element. */
function tokensOf(page: Page, selector: string): Promise<Record<string, string>> {
  return page.locator(selector).first().evaluate((el, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(el).getPropertyValue(n).trim()])), TOKENS.map((t) => t.name));
}

/** The titles of the cards a board or card shows. */
function titlesOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} [part~="title"]`).allInnerTexts();
}

async function clipboardAfterCopy(page: Page, id: 'html' | 'react' | 'csp', title: string): Promise<string> {
  await page.locator(`[data-snippet="${id}"] button.copy`).click();
  await eventually(() => page.locator(`[data-snippet="${id}"] .copy-status`).innerText(), (t) => t === `${title} copied to the clipboard.`, `the ${title} copy feedback`);
  assert.equal((await page.locator(`[data-snippet="${id}"] button.copy`).innerText()).trim(), 'Copied ✓');
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('embed builder (examples/builder)', () => {
  let site: E2eSite;

  before(async () => {
    site = await startE2eSite();
  });
  after(() => site?.close());

  async function openBuilder(query = '', options: { viewport?: { width: number; height: number }; bypassCSP?: boolean } = {}) {
    const opened = await openPage(site, options);
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await opened.page.goto(`${site.url}/builder/${query}`);
    await eventually(() => opened.page.locator('#company-status').innerText(), (t) => /companies from GET/.test(t), 'the company directory');
    return opened;
  }

  function assertClean(problems: { consoleErrors: string[]; pageErrors: string[]; failedRequests: string[] }) {
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.pageErrors, []);
    // A board aborts the query a newer filter replaced, by design: that is not a failure.
    assert.deepEqual(problems.failedRequests.filter((r) => !r.endsWith('net::ERR_ABORTED')), []);
  }

  test('opens on the default board, the companies from GET /v1/companies and a one-line embed', async () => {
    const { page, context, problems } = await openBuilder();
    try {
      const companies = await getJson<{ slug: string; name: string }[]>(`${site.url}/v1/companies`);
      const values = await page.locator('#company option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      assert.deepEqual(values, ['', ...companies.map((c) => c.slug)]);
      await eventually(() => page.locator('embed-builder mi-project-board [part~="card"]').count(), (n) => n === 20, 'the default 20 cards');
      assert.equal(
        await snippet(page, 'html'),
        `<script type="module" src="${site.url}/cdn/mi-project-board.js"></script>\n<mi-project-board api="${site.url}"></mi-project-board>\n`,
      );
      assert.equal(await snippet(page, 'react'), `import { ProjectBoard } from '@microintern/react';\n\nexport function Gigs() {\n  return <ProjectBoard api="${site.url}" />;\n}\n`);
      assert.match(await snippet(page, 'csp'), new RegExp(`script-src 'self' ${site.url}; style-src 'self'; img-src 'self'; connect-src 'self' ${site.url};`));
      assert.equal(new URL(page.url()).search, '');
      assertClean(problems);
    } finally {
      await context.close();
    }
  });

  test('each option changes the preview and the snippets, and the address reproduces them', async () => {
    const { page, context, problems } = await openBuilder();
    try {
      const board = 'embed-builder mi-project-board';
      await page.locator(`${board} [part~="card"]`).first().waitFor();
      const forkful = await getJson<{ total: number }>(`${site.url}/v1/companies/forkful/projects?limit=1`);
      type Step = { option: string; act: () => Promise<unknown>; attribute: [string, string]; react: RegExp; shows?: () => Promise<void> };
      const steps: Step[] = [
        {
          option: 'company',
          act: () => page.selectOption('#company', 'forkful'),
          attribute: ['company', 'forkful'],
          react: /company="forkful"/,
          shows: async () => void (await eventually(() => page.locator(`${board} [part~="count"]`).innerText(), (t) => t.startsWith(`${forkful.total} `), 'Forkful’s count')),
        },
        {
          option: 'page size',
          act: () => page.fill('#page-size', '3'),
          attribute: ['page-size', '3'],
          react: /pageSize=\{3\}/,
          shows: async () => void (await eventually(() => page.locator(`${board} [part~="card"]`).count(), (n) => n === 3, '3 cards')),
        },
        { option: 'sort', act: () => page.selectOption('#sort', 'pay'), attribute: ['sort', 'pay'], react: /sort="pay"/ },
        { option: 'search', act: () => page.fill('#q', 'recipe'), attribute: ['q', 'recipe'], react: /q="recipe"/ },
        { option: 'category', act: () => page.getByLabel('Writing', { exact: true }).check(), attribute: ['category', 'writing'], react: /category=\{\['writing'\]\}/ },
        { option: 'schedule', act: () => page.getByLabel('Weekend', { exact: true }).check(), attribute: ['schedule', 'weekend'], react: /schedule=\{\['weekend'\]\}/ },
        {
          option: 'skills',
          act: async () => {
            await page.fill('#skills', 'Copy editing, cooking');
            await page.press('#skills', 'Tab');
          },
          attribute: ['skills', 'copy editing,cooking'],
          react: /skills=\{\['copy editing', 'cooking'\]\}/,
        },
        { option: 'pay floor', act: () => page.fill('#min-rate', '15'), attribute: ['min-rate', '1500'], react: /minRate=\{1500\}/ },
        { option: 'max hours', act: () => page.fill('#max-hours', '40'), attribute: ['max-hours', '40'], react: /maxHours=\{40\}/ },
        { option: 'sync-url', act: () => page.check('#sync-url'), attribute: ['sync-url', ''], react: /syncUrl=""/ },
        {
          option: 'structured data',
          act: () => page.uncheck('#structured-data'),
          attribute: ['structured-data', 'off'],
          react: /structuredData="off"/,
          shows: async () => void (await eventually(() => page.locator(`${board} > script[type="application/ld+json"]`).count(), (n) => n === 0, 'no JSON-LD')),
        },
        {
          option: 'theme',
          act: () => page.getByLabel('Dark', { exact: true }).check(),
          attribute: ['theme', 'dark'],
          react: /theme="dark"/,
          shows: async () => {
            const background = await page.locator(`${board} [part~="base"]`).evaluate((el) => getComputedStyle(el).colorScheme);
            assert.equal(background, 'dark');
          },
        },
        {
          option: 'locale',
          act: () => page.selectOption('#locale', 'es'),
          attribute: ['locale', 'es'],
          react: /locale="es"/,
          shows: async () => void (await eventually(() => page.locator(`${board} [part~="count"]`).innerText(), (t) => /proyectos?$/.test(t.trim()), 'the Spanish count')),
        },
        {
          option: 'currency display',
          act: () => page.selectOption('#currency-display', 'code'),
          attribute: ['currency-display', 'code'],
          react: /currencyDisplay="code"/,
          shows: async () => void (await eventually(() => page.locator(`${board} [part~="pay-button"]`).first().innerText(), (t) => t.includes('USD'), 'pay in USD')),
        },
        { option: 'time zone', act: () => page.selectOption('#time-zone', 'Asia/Tokyo'), attribute: ['time-zone', 'Asia/Tokyo'], react: /timeZone="Asia\/Tokyo"/ },
      ];
      for (const step of steps) {
        const [name, value] = step.attribute;
        await step.act();
        await eventually(() => attributesOf(page, board), (a) => a[name] === value, `${step.option}: the preview’s ${name}`);
        const html = await snippet(page, 'html');
        assert.ok(html.includes(value === '' ? `  ${name}\n` : `${name}="${value}"`), `${step.option}: the HTML snippet has ${name}:\n${html}`);
        assert.match(await snippet(page, 'react'), step.react, step.option);
        await step.shows?.();
      }

      // Tokens: a colour, a size and a preset, set on the preview and written in both snippets.
      await page.fill('#token-color-accent', '#2f6b4f');
      await eventually(() => tokensOf(page, board), (t) => t['--mi-color-accent'] === '#2f6b4f', 'the accent on the preview');
      await page.fill('#token-radius', '20');
      await eventually(() => tokensOf(page, board), (t) => t['--mi-radius'] === '20px', 'the radius on the preview');
      assert.match(await snippet(page, 'html'), /<style>\n {2}mi-project-board \{\n {4}--mi-color-accent: #2f6b4f;\n {4}--mi-radius: 20px;\n {2}\}\n<\/style>/);
      assert.match(await snippet(page, 'react'), /'--mi-color-accent': '#2f6b4f',\n {2}'--mi-radius': '20px',/);
      await page.getByRole('button', { name: 'Ocean' }).click();
      await eventually(() => tokensOf(page, board), (t) => t['--mi-color-accent'] === '#0b5cad' && t['--mi-radius'] === '6px', 'the Ocean preset');
      assert.match(await snippet(page, 'csp'), /style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);

      // The script URL changes the snippet and the CSP (the preview has the widgets already).
      await page.fill('#script', 'https://static.example/w/mi-project-board.js');
      await page.press('#script', 'Tab');
      await eventually(() => snippet(page, 'html'), (t) => t.startsWith('<script type="module" src="https://static.example/w/mi-project-board.js">'), 'the script URL');
      assert.match(await snippet(page, 'csp'), /script-src 'self' https:\/\/static\.example;/);

      // Phone width: the preview is 375 px wide and the board switches to its narrow layout.
      await page.getByLabel('Phone (375 px)').check();
      await eventually(() => page.locator('embed-builder .stage').evaluate((el) => el.getBoundingClientRect().width), (w) => w === 375, 'a 375 px stage');
      await eventually(() => page.locator(`${board} [part~="filters-toggle"]`).isVisible(), (v) => v, 'the Filters button of a narrow board');

      // The address holds it all: a fresh page at the same URL shows the same snippets.
      const html = await snippet(page, 'html');
      const react = await snippet(page, 'react');
      const address = page.url();
      assert.match(address, /company=forkful/);
      const copy = await context.newPage();
      await copy.goto(address);
      await eventually(() => snippet(copy, 'html'), (t) => t === html, 'the same HTML snippet from the link');
      assert.equal(await snippet(copy, 'react'), react);
      assert.deepEqual(await attributesOf(copy, board), await attributesOf(page, board));
      assert.equal(await copy.getByLabel('Phone (375 px)').isChecked(), true);
      assertClean(problems);
    } finally {
      await context.close();
    }
  });

  test('taking options back leaves the preview as a fresh paste of the default snippet', async () => {
    const { page, context, problems } = await openBuilder('?page-size=3&theme=dark&structured-data=off&sort=pay');
    try {
      const board = 'embed-builder mi-project-board';
      await eventually(() => page.locator(`${board} [part~="card"]`).count(), (n) => n === 3, 'the 3 cards of the link');
      await page.fill('#page-size', '20');
      await page.selectOption('#sort', 'newest');
      await page.getByLabel('Light', { exact: true }).check();
      await page.check('#structured-data');
      await eventually(() => attributesOf(page, board), (a) => Object.keys(a).sort().join() === 'api,theme' && a['theme'] === 'light', 'only the API left');
      await eventually(() => page.locator(`${board} [part~="card"]`).count(), (n) => n === 20, 'the default 20 cards');
      await eventually(() => page.locator(`${board} > script[type="application/ld+json"]`).count(), (n) => n === 20, 'JSON-LD again');
      assert.equal(await snippet(page, 'html'), `<script type="module" src="${site.url}/cdn/mi-project-board.js"></script>\n<mi-project-board api="${site.url}"></mi-project-board>\n`);
      assert.equal(new URL(page.url()).search, '');
      assertClean(problems);
    } finally {
      await context.close();
    }
  });

  test('a card from the API or from a feed, with its gig and apply target', async () => {
    const { page, context, problems } = await openBuilder();
    try {
      await page.getByLabel('One gig card').check();
      const card = 'embed-builder mi-project-card';
      const first = await getJson<{ items: { slug: string; title: string }[] }>(`${site.url}/v1/projects?limit=2`);
      await eventually(() => attributesOf(page, card), (a) => a['project-id'] === first.items[0]!.slug, 'the first gig');
      await page.selectOption('#project-id', first.items[1]!.slug);
      await eventually(() => titlesOf(page, card), (t) => t[0] === first.items[1]!.title, 'the chosen gig’s card');
      assert.ok((await snippet(page, 'html')).includes(`<mi-project-card api="${site.url}" project-id="${first.items[1]!.slug}"></mi-project-card>`));
      assert.match(await snippet(page, 'react'), new RegExp(`<ProjectCard api="${site.url}" projectId="${first.items[1]!.slug}" />`));
      // Board-only options are not offered for a card.
      assert.equal(await page.locator('#page-size').count(), 0);

      await page.getByLabel('Feed URL').check();
      const feed = `${site.url}/blog-embed/gigs.json`;
      await eventually(() => attributesOf(page, card), (a) => a['src'] === feed && !('api' in a) && Boolean(a['project-id']), 'a card from the feed');
      await page.fill('#apply-api', 'https://api.microintern.dev');
      await page.press('#apply-api', 'Tab');
      await eventually(() => attributesOf(page, card), (a) => a['apply-api'] === 'https://api.microintern.dev', 'the apply target');
      const csp = await snippet(page, 'csp');
      assert.match(csp, new RegExp(`connect-src 'self' ${site.url} https://api\\.microintern\\.dev;`));
      assert.match(await snippet(page, 'react'), /applyApi="https:\/\/api\.microintern\.dev"/);
      await eventually(() => page.locator(`${card} [part~="title"]`).count(), (n) => n === 1, 'the feed card');
      assertClean(problems);
    } finally {
      await context.close();
    }
  });

  test('the copied HTML, pasted into a bare page under the copied CSP, renders the same board', async () => {
    const { page, context, problems } = await openBuilder('?company=forkful&page-size=4&sort=pay&theme=dark&locale=es&sync-url&--mi-radius=4px');
    try {
      await page.getByRole('button', { name: 'Forest' }).click();
      await page.fill('#token-radius', '4');
      const board = 'embed-builder mi-project-board';
      await eventually(() => page.locator(`${board} [part~="card"]`).count(), (n) => n === 4, 'the preview’s 4 cards');
      const html = await clipboardAfterCopy(page, 'html', 'HTML');
      assert.equal(html, await snippet(page, 'html'));
      const csp = await clipboardAfterCopy(page, 'csp', 'CSP header');
      const [header, value] = csp.trim().split(/:\s(.+)/s) as [string, string];
      assert.equal(header, 'Content-Security-Policy');

      const bare = await context.newPage();
      const bareProblems: string[] = [];
      bare.on('console', (m) => m.type() === 'error' && bareProblems.push(m.text()));
      bare.on('pageerror', (e) => bareProblems.push(e.message));
      await bare.route(`${site.url}/bare-host/`, (route) =>
        route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': value }, body: `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>\n${html}</body></html>\n` }),
      );
      await bare.goto(`${site.url}/bare-host/`);
      const pasted = 'body > mi-project-board';
      await eventually(() => bare.locator(`${pasted} [part~="card"]`).count(), (n) => n === 4, 'the pasted board’s 4 cards');
      assert.deepEqual(await attributesOf(bare, pasted), await attributesOf(page, board));
      const tokens = await tokensOf(page, board);
      assert.equal(tokens['--mi-color-accent'], '#2f6b4f');
      assert.deepEqual(await tokensOf(bare, pasted), tokens);
      assert.deepEqual(await titlesOf(bare, pasted), await titlesOf(page, board));
      const look = (p: Page, selector: string) =>
        p.locator(`${selector} [part~="apply-button"]`).first().evaluate((el) => {
          const s = getComputedStyle(el);
          return [s.backgroundColor, s.color, s.borderTopLeftRadius, s.fontFamily];
        });
      assert.deepEqual(await look(bare, pasted), await look(page, board));
      assert.equal(await bare.locator(`${pasted} [part~="count"]`).innerText(), await page.locator(`${board} [part~="count"]`).innerText());
      assert.deepEqual(bareProblems, [], 'the embed runs under its CSP with no violation');
      assertClean(problems);
    } finally {
      await context.close();
    }
  });

  test('the React snippet compiles with the React example’s TypeScript and bundles with its esbuild', async () => {
    const { page, context } = await openBuilder('?company=forkful&page-size=6&category=data,writing&min-rate=2000&sync-url&structured-data=off&theme=auto&currency-display=name&time-zone=Europe/Madrid&--mi-color-accent=%232f6b4f&q=say%20%22hi%22');
    const reactApp = join(repoRoot, 'examples/react-app');
    mkdirSync(join(reactApp, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(reactApp, '.tmp', 'builder-snippet-'));
    try {
      const board = await clipboardAfterCopy(page, 'react', 'React');
      await page.getByLabel('One gig card').check();
      await eventually(() => snippet(page, 'react'), (t) => /projectId="/.test(t), 'the card snippet');
      const card = await snippet(page, 'react');
      // A card from a feed, with its apply target.
      await page.getByLabel('Feed URL').check();
      await page.fill('#apply-api', 'https://api.microintern.dev');
      await page.press('#apply-api', 'Tab');
      await eventually(() => snippet(page, 'react'), (t) => /src="[^"]+gigs\.json"/.test(t) && /applyApi="/.test(t) && /projectId="/.test(t), 'the feed card snippet');
      const feedCard = (await snippet(page, 'react')).replace('export function Gig()', 'export function FeedGig()');
      writeFileSync(join(dir, 'board.tsx'), board);
      writeFileSync(join(dir, 'card.tsx'), card);
      writeFileSync(join(dir, 'feed-card.tsx'), feedCard);
      writeFileSync(
        join(dir, 'main.tsx'),
        "import { createRoot } from 'react-dom/client';\nimport { Gigs } from './board.js';\nimport { Gig } from './card.js';\nimport { FeedGig } from './feed-card.js';\ncreateRoot(document.body).render(<><Gigs /><Gig /><FeedGig /></>);\n",
      );
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { rootDir: '.' }, include: ['*.tsx'] }));
      const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
      await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--noEmit'], { cwd: reactApp }).catch((error: { stdout?: string }) => {
        assert.fail(`tsc refused the snippet:\n${error.stdout}\n${board}\n${card}\n${feedCard}`);
      });
      // Vite's own esbuild, which turns the example's TSX into JavaScript when it builds.
      const esbuildPath = createRequire(realpathSync(join(reactApp, 'node_modules/vite/package.json'))).resolve('esbuild');
      const esbuild = (await import(pathToFileURL(esbuildPath).href)) as {
        build(options: Record<string, unknown>): Promise<{ errors: unknown[]; outputFiles: { text: string }[] }>;
      };
      const result = await esbuild.build({ entryPoints: [join(dir, 'main.tsx')], bundle: true, write: false, format: 'esm', jsx: 'automatic', logLevel: 'silent', absWorkingDir: reactApp });
      assert.deepEqual(result.errors, []);
      assert.ok(result.outputFiles[0]!.text.includes('mi-project-board'), 'the bundle carries the board wrapper');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await context.close();
    }
  });

  test('warns when text on the accent falls under 4.5:1, not with the default colours', async () => {
    const { page, context } = await openBuilder();
    try {
      assert.equal(await page.locator('.contrast-warning').count(), 0);
      assert.equal((await page.locator('.contrast-ok').innerText()).trim(), 'Text colours pass WCAG AA (4.5:1).');
      await page.fill('#token-color-accent', '#ffd166');
      const warning = page.locator('.contrast-warning');
      await warning.waitFor();
      assert.match(await warning.innerText(), /Text on the accent \(the Apply button\): 1\.\d\d:1 \(--mi-color-on-accent #ffffff on --mi-color-accent #ffd166\)/);
      assert.equal(await page.locator('.contrast[role="status"]').count(), 1, 'announced through a status region');
      // Dark text on the light accent passes again.
      await page.fill('#token-color-on-accent', '#1e2a22');
      await eventually(() => page.locator('.contrast-warning').innerText().catch(() => ''), (t) => !t.includes('the Apply button'), 'the on-accent warning gone');
      await page.getByRole('button', { name: 'Default', exact: true }).click();
      await eventually(() => page.locator('.contrast-warning').count(), (n) => n === 0, 'no warning after the Default preset');
    } finally {
      await context.close();
    }
  });

  test('works with the keyboard alone: choose, then copy', async () => {
    const { page, context } = await openBuilder();
    try {
      await page.keyboard.press('Tab'); // the skip link
      await page.keyboard.press('Tab'); // the checked element radio
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), 'board');
      await page.keyboard.press('ArrowDown');
      await eventually(() => preview(page).evaluate((el) => el.localName), (tag) => tag === 'mi-project-card', 'the card preview');
      let found = false;
      for (let i = 0; i < 120 && !found; i += 1) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Copy HTML');
      }
      assert.ok(found, 'Tab reaches Copy HTML');
      await page.keyboard.press('Enter');
      await eventually(() => page.locator('[data-snippet="html"] .copy-status').innerText(), (t) => t === 'HTML copied to the clipboard.', 'the copy feedback');
      assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<mi-project-card api="[^"]+" project-id="[^"]+"><\/mi-project-card>/);
    } finally {
      await context.close();
    }
  });

  for (const { name, viewport, query } of [
    { name: 'at desktop width', viewport: { width: 1280, height: 900 }, query: '' },
    // A theme that passes: with a failing one, axe rightly flags the previewed card too.
    { name: 'at phone width, a themed card', viewport: { width: 390, height: 844 }, query: '?element=card&view=phone&--mi-color-accent=%232f6b4f&--mi-radius=20px' },
  ]) {
    test(`has no axe violations ${name}`, async () => {
      const { page, context } = await openBuilder(query, { viewport, bypassCSP: true });
      try {
        await page.locator('embed-builder .stage [part~="card"]').first().waitFor();
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test('the static build works away from the API, reading it across origins', async () => {
    let folder: StaticServer | undefined;
    let context: BrowserContext | undefined;
    const out = mkdtempSync(join(tmpdir(), 'mi-builder-static-'));
    try {
      // As `npm run docs` builds it for docs/builder/, with the defaults a docs host sets.
      await run(process.execPath, [join(repoRoot, 'scripts/docs.mjs'), 'builder', '--out', out], {
        env: { ...process.env, MI_BUILDER_API: site.url, MI_BUILDER_FEED: `${site.url}/blog-embed/gigs.json`, MI_BUILDER_SCRIPT: `${site.url}/cdn/mi-project-board.js` },
      });
      folder = await serveFolder(out);
      const opened = await openPage(site);
      context = opened.context;
      const { page, problems } = opened;
      await page.goto(`${folder.url}/docs/builder/`);
      await eventually(() => page.locator('#company option').count(), (n) => n > 1, 'the companies from the other origin');
      await eventually(() => page.locator('embed-builder mi-project-board [part~="card"]').count(), (n) => n === 20, 'the preview from the other origin');
      assert.match(await snippet(page, 'html'), new RegExp(`<mi-project-board api="${site.url}"></mi-project-board>`));
      assertClean(problems);
    } finally {
      await context?.close();
      await folder?.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
