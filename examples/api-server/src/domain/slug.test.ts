import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Slug } from '@microintern/core';
import { slugCandidates, slugify } from './slug.js';

describe('slugify', () => {
  it('makes valid slugs from any title', () => {
    assert.equal(slugify('Competitor pricing scan for a meal-kit startup'), 'competitor-pricing-scan-for-a-meal-kit-startup');
    assert.equal(slugify('Café menu — Größe & Ñandú!'), 'cafe-menu-grosse-nandu');
    assert.equal(slugify('!!!'), 'project');
    assert.equal(slugify('日本語のタイトル'), 'project');
    for (const title of ['A'.repeat(200), `${'word '.repeat(40)}`, '--x--', 'Ünïcödé']) {
      const slug = slugify(title);
      assert.ok(Slug.safeParse(slug).success, slug);
      assert.ok(slug.length <= 60);
    }
  });

  it('offers numbered candidates that stay valid', () => {
    const candidates = [...slugCandidates('x'.repeat(80), 3)];
    assert.deepEqual(candidates.map((c) => c.slice(-2)), ['xx', '-2', '-3']);
    assert.ok(candidates.every((c) => c.length <= 80 && Slug.safeParse(c).success));
  });
});
