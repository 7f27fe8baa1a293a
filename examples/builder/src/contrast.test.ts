import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contrastIssues, contrastRatio } from './contrast.js';

describe('contrast', () => {
  test('ratios follow WCAG 2 relative luminance', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    // Published figures: #767676 on white is the lightest grey that passes AA.
    assert.equal(Math.round(contrastRatio('#767676', '#ffffff') * 100) / 100, 4.54);
    assert.ok(contrastRatio('#777777', '#ffffff') < 4.5);
    assert.throws(() => contrastRatio('red', '#ffffff'), /#rrggbb/);
  });

  test('the default themes pass', () => {
    assert.deepEqual(contrastIssues({}, 'light'), []);
    assert.deepEqual(contrastIssues({}, 'dark'), []);
    assert.deepEqual(contrastIssues({}, 'auto'), []);
  });

  test('a light accent under white text is reported, with its ratio', () => {
    const issues = contrastIssues({ '--mi-color-accent': '#ffd166' }, 'light');
    const onAccent = issues.find((i) => i.text === '--mi-color-on-accent' && i.background === '--mi-color-accent');
    assert.ok(onAccent);
    assert.equal(onAccent.textColor, '#ffffff');
    assert.ok(onAccent.ratio < 2);
    assert.equal(onAccent.scheme, 'light');
  });

  test('with auto, a token is checked against both themes’ defaults', () => {
    // Dark text on the accent: fine on the dark theme's light accent, not on the light one's.
    const issues = contrastIssues({ '--mi-color-on-accent': '#11132a' }, 'auto');
    assert.deepEqual([...new Set(issues.filter((i) => i.background === '--mi-color-accent').map((i) => i.scheme))], ['light']);
  });
});
