import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PageEnvelope } from './page.js';
import { readPageEnvelopeQuickly } from './page-quick.js';
import { ProjectQuery } from './query.js';
import { readQueryQuickly } from './project-quick.js';

const odd = fc.constantFrom(undefined, null, true, '', 'x', -1, 0, 0.5, 1, 100, 101, 2 ** 53, Number.NaN, Infinity, [], {}, ['data'], ['nope']);

const query = fc.record(
  {
    q: fc.oneof(fc.string({ maxLength: 210 }), odd),
    category: fc.oneof(fc.array(fc.constantFrom('data', 'design', 'writing', 'nope')), odd),
    skills: fc.oneof(fc.array(fc.string({ maxLength: 45 }), { maxLength: 22 }), odd),
    minRate: fc.oneof(fc.integer({ min: -5, max: 10_000 }), odd),
    maxHours: fc.oneof(fc.double({ min: -1, max: 100, noNaN: true }), odd),
    schedule: fc.oneof(fc.array(fc.constantFrom('weekend', 'evenings', 'flexible', 'sometimes')), odd),
    remote: fc.oneof(fc.boolean(), odd),
    status: fc.oneof(fc.array(fc.constantFrom('open', 'closed', 'filled', 'gone')), odd),
    sort: fc.oneof(fc.constantFrom('newest', 'pay', 'shortest', 'deadline', 'best'), odd),
    cursor: fc.oneof(fc.string({ maxLength: 505 }), odd),
    limit: fc.oneof(fc.integer({ min: -1, max: 120 }), odd),
    extra: odd,
  },
  { requiredKeys: [] },
);

const counts = fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.integer({ min: -3, max: 500 }), odd)), odd);
const envelope = fc.record(
  {
    items: fc.oneof(fc.array(fc.anything(), { maxLength: 4 }), odd),
    nextCursor: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null), odd),
    total: fc.oneof(fc.integer({ min: -2, max: 1000 }), odd),
    facets: fc.oneof(fc.record({ category: counts, schedule: counts, other: odd }, { requiredKeys: [] }), odd),
  },
  { requiredKeys: [] },
);

/** The quick reader never accepts what the schema refuses, and returns the schema's output. */
function agrees(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, quick: (v: unknown) => unknown, value: unknown): boolean {
  const expected = schema.safeParse(value);
  const got = quick(value);
  if (got === undefined) return false;
  assert.ok(expected.success, `quick accepted what the schema refuses: ${JSON.stringify(value)}`);
  assert.deepStrictEqual(got, expected.data);
  return true;
}

describe('readQueryQuickly and readPageEnvelopeQuickly', () => {
  it('agree with ProjectQuery, and take the valid queries', () => {
    let taken = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(query, odd), (value) => {
        if (ProjectQuery.safeParse(value).success) valid++;
        if (agrees(ProjectQuery, readQueryQuickly, value)) taken++;
      }),
      { numRuns: 4000 },
    );
    assert.equal(taken, valid, 'every valid query is read without the schema');
    assert.deepStrictEqual(readQueryQuickly({ limit: 20, sort: 'pay', q: 'data' }), { q: 'data', sort: 'pay', limit: 20 });
  });

  it('agree with PageEnvelope, and take the valid envelopes', () => {
    let taken = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(envelope, odd), (value) => {
        if (PageEnvelope.safeParse(value).success) valid++;
        if (agrees(PageEnvelope, readPageEnvelopeQuickly, value)) taken++;
      }),
      { numRuns: 4000 },
    );
    assert.equal(taken, valid);
  });
});
