import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isTokenValue, PRESETS, TOKENS, tokenSpec } from './tokens.js';

// docs/theming.md's system-token table is generated from the widgets' token stylesheet and
// checked for drift, so holding the builder to it holds it to the code.
const theming = readFileSync(new URL('../../../docs/theming.md', import.meta.url), 'utf8');
const documented = new Map(
  [...theming.matchAll(/^\| `(--mi-[a-z-]+)` \| `([^`]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1]!, { light: m[2]!, dark: m[3]! }]),
);

describe('the builder’s tokens', () => {
  test('are documented system tokens with the documented light and dark defaults', () => {
    assert.ok(documented.size >= 20, 'the docs table is read');
    for (const token of TOKENS) {
      assert.deepEqual({ light: token.light, dark: token.dark }, documented.get(token.name), token.name);
    }
  });

  test('presets only set editable tokens, to values their controls accept', () => {
    for (const preset of PRESETS) {
      for (const [name, value] of Object.entries(preset.tokens)) {
        const spec = tokenSpec(name);
        assert.ok(spec, `${preset.id}: ${name} is editable`);
        assert.ok(isTokenValue(spec, value), `${preset.id}: ${name}: ${value}`);
      }
    }
  });

  test('values are checked by kind', () => {
    const accent = tokenSpec('--mi-color-accent')!;
    const radius = tokenSpec('--mi-radius')!;
    const space = tokenSpec('--mi-space')!;
    assert.ok(isTokenValue(accent, '#2F6B4F'));
    assert.ok(!isTokenValue(accent, 'red'));
    assert.ok(!isTokenValue(accent, '#fff;}body{'));
    assert.ok(isTokenValue(radius, '16px'));
    assert.ok(!isTokenValue(radius, '16rem'));
    assert.ok(!isTokenValue(radius, '400px'));
    assert.ok(isTokenValue(space, '1.25rem'));
    assert.ok(!isTokenValue(tokenSpec('--mi-font-family')!, 'Comic Sans'));
  });
});
