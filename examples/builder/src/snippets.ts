// The three snippets a host copies: the HTML embed with its script tag, the same embed in React
// with @microintern/react, and the Content-Security-Policy header that lets it run
// (docs/security.md's table, filled in with the origins this embed uses).
import { embedAttributes, originsOf, tagName, type BuilderState, type EmbedAttribute } from './state.js';

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributeText([name, value]: EmbedAttribute): string {
  return value === '' ? name : `${name}="${escapeAttr(value)}"`;
}

/**
 * The text of the `<style>` block that sets the state's tokens on the element, or `''` when no
 * token is set. The CSP's style hash is taken over exactly this text.
 */
export function styleText(state: BuilderState): string {
  const entries = Object.entries(state.tokens);
  if (entries.length === 0) return '';
  return `\n  ${tagName(state)} {\n${entries.map(([name, value]) => `    ${name}: ${value};\n`).join('')}  }\n`;
}

/**
 * The HTML a host pastes: the module script, the element with only its non-default attributes,
 * and a `<style>` block when tokens are set.
 *
 * @example
 * ```ts
 * htmlSnippet(state);
 * // <script type="module" src="https://cdn.example/mi-project-board.js"></script>
 * // <mi-project-board api="https://api.example.com" company="acme"></mi-project-board>
 * ```
 */
export function htmlSnippet(state: BuilderState): string {
  const tag = tagName(state);
  const attrs = embedAttributes(state).map(attributeText);
  const open = attrs.length > 3 ? `<${tag}\n${attrs.map((a) => `  ${a}\n`).join('')}>` : `<${tag}${attrs.map((a) => ` ${a}`).join('')}>`;
  const style = styleText(state);
  return [
    `<script type="module" src="${escapeAttr(state.script)}"></script>`,
    ...(style ? [`<style>${style}</style>`] : []),
    `${open}</${tag}>`,
  ].join('\n') + '\n';
}

/** React prop names for the elements' attributes (the wrappers' property names). */
const PROP_NAMES: Record<string, string> = {
  'apply-api': 'applyApi',
  'project-id': 'projectId',
  'page-size': 'pageSize',
  'min-rate': 'minRate',
  'max-hours': 'maxHours',
  'sync-url': 'syncUrl',
  'structured-data': 'structuredData',
  'currency-display': 'currencyDisplay',
  'time-zone': 'timeZone',
};
const NUMBER_PROPS = new Set(['page-size', 'min-rate', 'max-hours']);
const LIST_PROPS = new Set(['category', 'skills', 'schedule']);

function propText([name, value]: EmbedAttribute): string {
  const prop = PROP_NAMES[name] ?? name;
  if (NUMBER_PROPS.has(name)) return `${prop}={${Number(value)}}`;
  if (LIST_PROPS.has(name)) return `${prop}={[${value.split(',').map((v) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(', ')}]}`;
  // A JSX attribute string has no escapes: anything unusual goes in as a JS string literal.
  return /^[^"\\{}<>&]*$/.test(value) ? `${prop}="${value}"` : `${prop}={${JSON.stringify(value)}}`;
}

/**
 * A React component rendering the same embed through `@microintern/react`, with the tokens as
 * a `style` object (set through the CSSOM, so a strict CSP allows it).
 */
export function reactSnippet(state: BuilderState): string {
  const component = state.element === 'board' ? 'ProjectBoard' : 'ProjectCard';
  const name = state.element === 'board' ? 'Gigs' : 'Gig';
  const tokens = Object.entries(state.tokens);
  const props = embedAttributes(state).map(propText);
  if (tokens.length) props.push('style={theme}');
  const lines = [
    ...(tokens.length ? ["import type { CSSProperties } from 'react';"] : []),
    `import { ${component} } from '@microintern/react';`,
    '',
    ...(tokens.length ? ['const theme = {', ...tokens.map(([n, v]) => `  '${n}': ${JSON.stringify(v).replace(/^"|"$/g, "'")},`), '} as CSSProperties;', ''] : []),
    `export function ${name}() {`,
    `  return <${component}${props.length > 2 ? `\n${props.map((p) => `    ${p}\n`).join('')}  />` : `${props.map((p) => ` ${p}`).join('')} />`};`,
    '}',
  ];
  return lines.join('\n') + '\n';
}

/** What the CSP needs to know besides the state. */
export interface CspInputs {
  /** Origins of the company logos the gigs may show. */
  logoOrigins: readonly string[];
  /** `'sha256-…'` of `styleText(state)`, when it is not empty. */
  styleHash?: string;
}

/**
 * The `Content-Security-Policy` header for a page carrying the HTML snippet: docs/security.md's
 * strict policy, with the widget script's origin in `script-src`, the API's and feed's in
 * `connect-src`, logo origins in `img-src`, and the hash of the snippet's `<style>` block.
 */
export function cspHeader(state: BuilderState, { logoOrigins, styleHash }: CspInputs): string {
  const sources = (extra: readonly string[]) => ["'self'", ...extra].join(' ');
  const connect = state.source === 'api' ? [state.api] : [state.src, ...(state.applyApi ? [state.applyApi] : [])];
  const directives = [
    "default-src 'self'",
    `script-src ${sources(originsOf([state.script]))}`,
    `style-src ${sources(styleHash ? [styleHash] : [])}`,
    `img-src ${sources([...new Set(logoOrigins)])}`,
    `connect-src ${sources(originsOf(connect))}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  return `Content-Security-Policy: ${directives.join('; ')}`;
}

/**
 * A CSP hash source for `text`: `'sha256-<base64>'` of its UTF-8 bytes, as a browser computes
 * it for an inline `<style>` element's contents.
 */
export async function sha256Source(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
