// Reads the CDN files' source maps, so a CPU profile of minified code names the original
// function and file (`currencyDigits core/src/rates/currency-digits.ts:30`).
import { existsSync, readFileSync } from 'node:fs';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line's base64 VLQ segments into arrays of numbers. */
function decodeLine(text) {
  const segments = [];
  for (const segment of text.split(',')) {
    if (!segment) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = B64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(values);
  }
  return segments;
}

const maps = new Map();

/** `{ sources, names, lines }` with absolute positions, or null when the file has no map. */
function load(file) {
  if (maps.has(file)) return maps.get(file);
  let parsed = null;
  if (existsSync(`${file}.map`)) {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const state = [0, 0, 0, 0];
    const lines = map.mappings.split(';').map((line) => {
      const out = [];
      let column = 0;
      for (const s of decodeLine(line)) {
        column += s[0];
        if (s.length < 4) continue;
        state[0] += s[1];
        state[1] += s[2];
        state[2] += s[3];
        if (s.length > 4) state[3] += s[4];
        out.push({ column, source: state[0], line: state[1], name: s.length > 4 ? state[3] : undefined });
      }
      return out;
    });
    parsed = { sources: map.sources, names: map.names ?? [], lines };
  }
  maps.set(file, parsed);
  return parsed;
}

/**
 * The original source, line (0-based) and name at a 0-based line and column of a generated
 * file, from `<file>.map`; undefined without a map. The source is shortened to the package
 * (`core/rates/currency-digits.js`, `lit-html/lit-html.js`).
 *
 * @example
 * ```js
 * originalPosition('packages/widgets/dist/cdn/mi-project-board.js', 2, 1834);
 * // { source: 'core/src/rates/currency-digits.ts', line: 29, name: 'currencyDigits' }
 * ```
 */
export function originalPosition(file, line, column) {
  const map = load(file);
  const segments = map?.lines[line];
  if (!segments?.length) return undefined;
  let hit;
  for (const s of segments) {
    if (s.column > column) break;
    hit = s;
  }
  hit ??= segments[0];
  const source = map.sources[hit.source] ?? '?';
  const short = source
    .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(/^(?:\.\.\/)+/, '')
    .replace(/^(?:packages\/)?(core|widgets)\/(?:dist|src)\//, '$1/');
  return { source: short, line: hit.line, name: hit.name !== undefined ? map.names[hit.name] : undefined };
}
