#!/usr/bin/env node
// Generates the documentation that comes from the code, offline:
//
//   node scripts/docs.mjs                     manifest + reference sections + API reference
//   node scripts/docs.mjs manifest [--out D]  packages/widgets/custom-elements.json from the
//                                             components' JSDoc, and the generated sections of
//                                             docs/theming.md and docs/events.md (committed)
//   node scripts/docs.mjs api [--out D]       the typedoc API reference into docs/api/ (not
//                                             committed: docs/.gitignore lists it)
//   node scripts/docs.mjs builder [--out D]   the embed builder as a static page into docs/builder/
//                                             (not committed), with the API and script URLs of
//                                             MI_BUILDER_API / MI_BUILDER_SCRIPT when set
//   node scripts/docs.mjs check               regenerates the committed files in memory or a
//                                             temporary folder and exits 1 if they drifted
//
// `npm run docs` runs this after the workspace is built (typedoc reads each package's sources
// through its tsconfig.build.json, and widgets' types import core's built declarations).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { repoRoot } from './site.mjs';

const widgetsDir = join(repoRoot, 'packages/widgets');
const manifestFile = join(widgetsDir, 'custom-elements.json');
const tokensFile = join(widgetsDir, 'src/styles/tokens.styles.ts');
const cem = join(repoRoot, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const typedoc = join(repoRoot, 'node_modules/typedoc/bin/typedoc');

/** Docs pages with a generated section, and what goes in it. */
const SECTIONS = [
  { file: join(repoRoot, 'docs/theming.md'), name: 'tokens and parts', render: themingReference },
  { file: join(repoRoot, 'docs/events.md'), name: 'events', render: eventsReference },
];

/** What each system token is for: the code gives the names and defaults, people the meaning. */
const SYSTEM_TOKEN_USES = {
  '--mi-color-surface': 'page-level background of the board',
  '--mi-color-surface-raised': 'cards, inputs, menus, the dialog',
  '--mi-color-surface-sunken': 'the facts row of a card, empty picker slots',
  '--mi-color-text': 'body text',
  '--mi-color-text-muted': 'secondary text: company, hints, counts',
  '--mi-color-border': 'borders and dividers',
  '--mi-color-accent': 'buttons, links, pay figures, focus ring, chosen slots',
  '--mi-color-accent-hover': 'buttons under the pointer',
  '--mi-color-on-accent': 'text on accent backgrounds',
  '--mi-color-accent-soft': 'monograms, selected filters, weekend tint',
  '--mi-color-success': 'Open status, "fits" line, receipt tick',
  '--mi-color-success-soft': 'background of success states',
  '--mi-color-warning': '"Closes soon" deadlines',
  '--mi-color-warning-soft': 'background of warnings',
  '--mi-color-danger': 'errors and invalid fields',
  '--mi-color-danger-soft': 'background of error states',
  '--mi-color-skeleton': 'loading placeholders',
  '--mi-shadow': 'cards and inputs at rest',
  '--mi-shadow-raised': 'popovers, the sort menu, the dialog',
  '--mi-focus-ring': 'the `box-shadow` of a focused control',
  '--mi-radius': 'cards, panels, the dialog',
  '--mi-radius-small': 'inputs, buttons, pills',
  '--mi-font-family': 'every text in the elements',
  '--mi-space': 'the base spacing unit',
};

function run(label, args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

/** Writes `custom-elements.json` into `outDir` (default: the widgets package) and returns its path. */
export function generateManifest(outDir = widgetsDir) {
  const out = isAbsolute(outDir) ? outDir : resolve(outDir);
  mkdirSync(out, { recursive: true });
  // The analyzer resolves --outdir against its working directory, absolute or not.
  run('custom-elements-manifest', [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(widgetsDir, out) || '.', '--quiet'], widgetsDir);
  return join(out, 'custom-elements.json');
}

/**
 * Builds the embed builder (examples/builder) as a static page into `outDir` (default
 * docs/builder). Away from the reference server it has no API on its own origin, so
 * `MI_BUILDER_API`, `MI_BUILDER_FEED` and `MI_BUILDER_SCRIPT` give its defaults (the form can
 * change them, and they land in the snippets).
 */
export function generateBuilder(outDir = join(repoRoot, 'docs/builder')) {
  const flags = [];
  for (const [flag, name] of [['--api', 'MI_BUILDER_API'], ['--feed', 'MI_BUILDER_FEED'], ['--script', 'MI_BUILDER_SCRIPT']]) {
    if (process.env[name]) flags.push(flag, process.env[name]);
  }
  run('builder', [join(repoRoot, 'examples/builder/scripts/build.mjs'), '--out', resolve(outDir), ...flags], repoRoot);
  return resolve(outDir);
}

/** Writes the typedoc HTML reference into `outDir` (default: docs/api). */
export function generateApiReference(outDir = join(repoRoot, 'docs/api')) {
  run('typedoc', [typedoc, '--options', join(repoRoot, 'typedoc.json'), '--out', resolve(outDir), '--logLevel', 'Warn'], repoRoot);
  return outDir;
}

// ---------------------------------------------------------------------------------------------
// Reference sections generated from the manifest and the token stylesheet.

function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) if (declaration.tagName) elements.push(declaration);
  }
  const order = ['mi-project-board', 'mi-project-card', 'mi-apply-dialog', 'mi-apply-form', 'mi-availability-picker'];
  return elements.sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName));
}

/** Markdown table cell: one line, pipes escaped. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/**
 * The system tokens with their light and dark defaults, read from `tokens.styles.ts`:
 * `--_x: var(--mi-token, var(--_d-x))` names the token and its theme default.
 */
export function readSystemTokens(source = readFileSync(tokensFile, 'utf8')) {
  const darkBlock = /const dark = unsafeCSS\(`([\s\S]*?)`\)/.exec(source)?.[1] ?? '';
  const hostBlock = /:host \{([\s\S]*?)\n  \}/.exec(source.slice(source.indexOf('export const tokens')))?.[1] ?? '';
  const values = (block) => Object.fromEntries([...block.matchAll(/(--_d-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  const light = values(hostBlock);
  const dark = values(darkBlock);
  const matches = [...hostBlock.matchAll(/(--_[a-z-]+):\s*var\((--mi-[a-z-]+),\s*([^;]+)\);/g)];
  // A default that names another private variable is written as the public token behind it.
  const publicName = new Map(matches.map((m) => [m[1], m[2]]));
  const readable = (value) => value.replace(/var\((--_[a-z-]+)\)/g, (whole, v) => publicName.get(v) ?? whole);
  const tokens = [];
  for (const [, , name, rawFallback] of matches) {
    const fallback = readable(rawFallback);
    const themed = /^var\((--_d-[a-z-]+)\)$/.exec(fallback.trim())?.[1];
    tokens.push({
      name,
      light: themed ? light[themed] : fallback.trim(),
      dark: themed ? (dark[themed] ?? light[themed]) : fallback.trim(),
    });
  }
  return tokens;
}

/** Every `var(--mi-…)` the element stylesheets read. */
function tokensUsedInStyles() {
  const used = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.styles.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/var\((--mi-[a-z-]+)/g)) used.add(m[1]);
    }
  };
  walk(join(widgetsDir, 'src'));
  return used;
}

function themingReference(manifest) {
  const system = readSystemTokens();
  const lines = ['### System tokens', '', 'Set on any ancestor (or `:root`); every element reads them. Defaults are the `light` and `dark` themes’.', ''];
  lines.push('| token | light default | dark default | used for |', '| --- | --- | --- | --- |');
  for (const token of system) {
    const use = SYSTEM_TOKEN_USES[token.name];
    if (!use) throw new Error(`${token.name} is new in tokens.styles.ts: describe it in SYSTEM_TOKEN_USES in scripts/docs.mjs`);
    lines.push(`| \`${token.name}\` | \`${cell(token.light)}\` | \`${cell(token.dark)}\` | ${cell(use)} |`);
  }
  const documented = new Set(system.map((t) => t.name));
  for (const element of elementsOf(manifest)) {
    lines.push('', `### \`<${element.tagName}>\``, '');
    const own = (element.cssProperties ?? []).filter((p) => !SYSTEM_TOKEN_USES[p.name]);
    const inherited = (element.cssProperties ?? []).filter((p) => SYSTEM_TOKEN_USES[p.name]).map((p) => `\`${p.name}\``);
    if (own.length) {
      lines.push('| custom property | what it sets |', '| --- | --- |');
      for (const p of own) {
        documented.add(p.name);
        lines.push(`| \`${p.name}\` | ${cell(p.description)} |`);
      }
      lines.push('');
    }
    if (inherited.length) lines.push(`System tokens it names: ${inherited.join(', ')}.`, '');
    if (element.cssParts?.length) {
      lines.push('| part | what it is |', '| --- | --- |');
      for (const part of element.cssParts) lines.push(`| \`::part(${part.name})\` | ${cell(part.description)} |`);
    }
    if (element.slots?.length) {
      lines.push('', '| slot | what goes there |', '| --- | --- |');
      for (const slot of element.slots) lines.push(`| \`${slot.name || '(default)'}\` | ${cell(slot.description)} |`);
    }
  }
  const undocumented = [...tokensUsedInStyles()].filter((t) => !documented.has(t)).sort();
  if (undocumented.length) {
    lines.push(
      '',
      '### Other tokens the stylesheets read',
      '',
      'These work, but no element documents them yet (no `@cssproperty` in its JSDoc), so treat them as less stable:',
      '',
      undocumented.map((t) => `\`${t}\``).join(', ') + '.',
    );
  }
  return lines.join('\n');
}

function eventsReference(manifest) {
  const lines = ['| element | event | class | when |', '| --- | --- | --- | --- |'];
  for (const element of elementsOf(manifest)) {
    for (const event of element.events ?? []) {
      lines.push(`| \`<${element.tagName}>\` | \`${event.name}\` | \`${event.type?.text ?? 'Event'}\` | ${cell(event.description)} |`);
    }
  }
  return lines.join('\n');
}

const begin = (name) => `<!-- BEGIN generated ${name}: node scripts/docs.mjs manifest; do not edit by hand -->`;
const end = (name) => `<!-- END generated ${name} -->`;

/** The page's text with its generated section replaced by `body`. */
function withSection(text, name, body, file) {
  const start = text.indexOf(begin(name));
  const stop = text.indexOf(end(name));
  if (start === -1 || stop === -1) throw new Error(`${relative(repoRoot, file)} lacks the markers of its generated ${name} section`);
  return `${text.slice(0, start)}${begin(name)}\n\n${body}\n\n${text.slice(stop)}`;
}

/** Rewrites the generated sections from `manifestPath`; returns the files whose text changed (or would). */
export function updateSections(manifestPath = manifestFile, { write = true } = {}) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const changed = [];
  for (const { file, name, render } of SECTIONS) {
    const text = readFileSync(file, 'utf8');
    const next = withSection(text, name, render(manifest), file);
    if (next !== text) {
      changed.push(file);
      if (write) writeFileSync(file, next);
    }
  }
  return changed;
}

/** Regenerates the committed files into a temporary folder and lists those that drifted. */
export function checkDrift() {
  const dir = mkdtempSync(join(tmpdir(), 'mi-docs-'));
  try {
    const fresh = generateManifest(dir);
    const drifted = [];
    if (readFileSync(fresh, 'utf8') !== readFileSync(manifestFile, 'utf8')) drifted.push(manifestFile);
    drifted.push(...updateSections(fresh, { write: false }));
    return drifted.map((f) => relative(repoRoot, f));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const what = positionals[0] ?? 'all';
  if (!['all', 'manifest', 'api', 'builder', 'check'].includes(what)) {
    console.error('Usage: node scripts/docs.mjs [all | manifest | api | builder | check] [--out <dir>]');
    process.exit(2);
  }
  if (values.out && (what === 'all' || what === 'check')) {
    console.error('--out needs `manifest`, `api` or `builder`.');
    process.exit(2);
  }
  if (what === 'check') {
    const drifted = checkDrift();
    if (drifted.length) {
      console.error(`Generated files are out of date: ${drifted.join(', ')}.\nRun \`node scripts/docs.mjs manifest\` and commit the result.`);
      process.exit(1);
    }
    console.log('custom-elements.json and the generated docs sections are up to date.');
    process.exit(0);
  }
  if (what === 'all' || what === 'manifest') {
    const manifest = generateManifest(values.out);
    console.log(`wrote ${relative(repoRoot, manifest)}`);
    if (!values.out) for (const file of updateSections(manifest)) console.log(`updated ${relative(repoRoot, file)}`);
  }
  if (what === 'all' || what === 'api') console.log(`wrote ${relative(repoRoot, generateApiReference(values.out))}/`);
  if (what === 'all' || what === 'builder') console.log(`wrote ${relative(repoRoot, generateBuilder(values.out))}/`);
}
