import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateItems } from './page.js';
import { Project } from './project.js';
import { readProjectQuickly } from './project-quick.js';
import { sampleProject } from '../test-support/fixtures.js';

const text = (min: number, max: number) => fc.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' });
const money = fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), currency: fc.constantFrom('USD', 'EUR', 'JPY') });
const dateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().replace('Z', '+02:00'), d.toISOString().slice(0, 19) + 'Z'));

/** Valid projects, with every optional field present or not. */
const validProject = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    slug: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
    title: text(1, 120),
    summary: text(1, 300),
    description: text(0, 200),
    category: fc.constantFrom('market-research', 'data', 'writing', 'design', 'marketing', 'software', 'other'),
    skills: fc.array(text(1, 40), { maxLength: 20 }),
    compensation: fc.oneof(
      fc.record({ kind: fc.constant('fixed'), amount: money }),
      fc.record({ kind: fc.constant('hourly'), min: money }),
      money.map((min) => ({ kind: 'hourly', min, max: { ...min, amount: min.amount + 500 } })),
    ),
    effort: fc.tuple(fc.double({ min: 0.25, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true })).map(([min, extra]) => ({ min, max: min + extra })),
    window: fc.constantFrom('P1W', 'P2W', 'P1M', 'P3D', 'PT12H', 'P1DT2H'),
    schedule: fc.constantFrom('weekend', 'evenings', 'flexible'),
    // `remote.countries` in any case (the output is in capitals) and each country once.
    remote: fc.oneof(
      fc.boolean(),
      fc.record({
        countries: fc.uniqueArray(fc.constantFrom('US', 'us', 'Ca', 'GB', 'de', 'BR', 'mX', 'XK', 'ZZ'), { minLength: 1, maxLength: 6, selector: (c) => c.toUpperCase() }),
      }),
    ),
    location: fc.record({ city: text(0, 120), region: text(0, 120), country: fc.constantFrom('US', 'DE', 'BR') }, { requiredKeys: [] }),
    timeZone: fc.constantFrom('America/Chicago', 'Europe/Berlin', 'UTC', 'Asia/Kolkata'),
    overlapHours: fc.integer({ min: 0, max: 40 }),
    questions: fc.array(
      fc.oneof(
        fc.record({ id: fc.constant('q1'), label: text(1, 300), kind: fc.constantFrom('text', 'long-text', 'url', 'yes-no'), required: fc.boolean() }),
        fc.record({ id: fc.constant('q2'), label: text(1, 50), kind: fc.constant('choice'), required: fc.boolean(), options: fc.array(text(1, 120), { minLength: 2, maxLength: 20 }), maxLength: fc.integer({ min: 1, max: 4000 }) }),
      ),
      { maxLength: 10 },
    ),
    applyBy: dateTime,
    spots: fc.integer({ min: 1, max: 1000 }),
    company: fc.record(
      { id: fc.constant('c_1'), name: text(1, 120), slug: fc.constant('acme'), logoUrl: fc.constant('https://acme.example/logo.png'), website: fc.constant('https://acme.example') },
      { requiredKeys: ['id', 'name', 'slug'] },
    ),
    postedAt: dateTime,
    status: fc.constantFrom('open', 'closed', 'filled'),
  },
  { requiredKeys: ['id', 'slug', 'title', 'summary', 'description', 'category', 'skills', 'compensation', 'effort', 'window', 'schedule', 'remote', 'questions', 'spots', 'company', 'postedAt', 'status'] },
);

/** Values at and just past every limit of the schema, and of every wrong type. */
const EDGES: unknown[] = [
  undefined, null, true, false, {}, [], [undefined], ['a'], ['a', 'b'],
  ['US'], ['us', 'CA'], ['US', 'us'], ['USA'], ['ß'], ['u1'], { countries: ['GB'] }, { countries: [] }, { countries: 'US' },
  '', ' ', ...[40, 41, 64, 65, 80, 81, 120, 121, 300, 301, 2048, 2049, 10_000, 10_001].map((n) => 'x'.repeat(n)),
  'P', 'p1w', 'P1W', 'PT', 'usd', 'USD', 'US ', 'US', 'us', 'Us', 'ı', 'ﬀ', 'Mars/Olympus', 'UTC', 'javascript:alert(1)', 'http://', 'https://user:pw@x.example', 'https://ok.example',
  'Bad Slug', 'bad--slug', 'ok-slug', 'bad id', 'choice', 'text', 'hourly', 'fixed', 'open', 'other', 'weekend',
  '2026-02-30T10:00:00Z', '2026-01-01T10:00:00', '2026-01-01', '2026-01-01T10:00:00.123+05:30',
  0, -0, -1, 0.5, 1, 1.5, 2, 40, 40.5, 41, 1000, 1001, 2000, 2000.5, 2001, 4000, 4001, 1e12, 1e12 + 1, 2 ** 53,
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
];
const replacement = fc.oneof(fc.constantFrom(...EDGES), fc.string({ maxLength: 6 }), fc.integer());

/** Every place in `value` a mutation can hit: [parent, key] pairs. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push([value, i]), places(item, out)));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push([value as Record<string, unknown>, key]), places(item, out);
  return out;
}

const mutated = fc.tuple(validProject, fc.nat(), fc.constantFrom('replace', 'delete', 'extra-key'), replacement).map(([project, pick, op, value]) => {
  const all = places(project);
  const [parent, key] = all[pick % all.length]!;
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (op === 'extra-key') {
    const target = Array.isArray(parent) ? project : parent;
    (target as Record<string, unknown>)['unexpected'] = value;
  } else (parent as Record<string | number, unknown>)[key] = value;
  return project;
});

/**
 * The quick path agrees with the schema: it accepts exactly what the schema accepts (so code
 * without zod, such as the JSON-LD writer, can rely on its verdict), and returns the same
 * object, keys in the same order.
 */
function agrees(input: unknown): boolean {
  const quick = readProjectQuickly(input);
  const parsed = Project.safeParse(input);
  if (quick === undefined) {
    assert.ok(!parsed.success, `quick path refused what Project accepts: ${JSON.stringify(input)}`);
    return true;
  }
  assert.ok(parsed.success, `quick path accepted what Project rejects: ${JSON.stringify(parsed.error?.issues)}`);
  assert.deepStrictEqual(quick, parsed.data);
  assert.equal(JSON.stringify(quick), JSON.stringify(parsed.data), 'same key order');
  return true;
}

describe('readProjectQuickly', () => {
  it('accepts every valid project and returns what Project.parse returns', () => {
    fc.assert(
      fc.property(validProject, (project) => {
        assert.notEqual(readProjectQuickly(project), undefined, 'a valid project must take the quick path');
        return agrees(project);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a broken project that Project rejects, and agrees on the ones it accepts', () => {
    fc.assert(fc.property(mutated, agrees), { numRuns: 5000 });
  });

  it('agrees with Project on every edge value at every place of a full project', () => {
    // Every optional field present, a choice question with options, an hourly range with a top.
    const full = () => sampleProject({
      remote: { countries: ['US', 'ca'] },
      location: { city: 'Chicago', region: 'IL', country: 'US' },
      timeZone: 'America/Chicago',
      overlapHours: 10,
      applyBy: '2026-12-01T17:00:00-06:00',
      compensation: { kind: 'hourly', min: { amount: 1800, currency: 'USD' }, max: { amount: 2200, currency: 'USD' } },
      questions: [{ id: 'q1', label: 'Tool?', kind: 'choice', required: true, options: ['Excel', 'Sheets'], maxLength: 200 }],
      company: { id: 'c_1', name: 'Acme', slug: 'acme', logoUrl: 'https://acme.example/logo.png', website: 'https://acme.example' },
    });
    const count = places(full()).length;
    let accepted = 0;
    for (let at = 0; at < count; at++) {
      for (const value of [...EDGES, 'delete']) {
        const project = full();
        const [parent, key] = places(project)[at]!;
        if (value === 'delete') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key as string];
        } else (parent as Record<string | number, unknown>)[key] = value;
        agrees(project);
        if (readProjectQuickly(project) !== undefined) accepted++;
      }
    }
    assert.ok(accepted > 100, `the quick path still takes the valid variants (${accepted})`);
  });

  it('writes an explicitly undefined optional field as Project does, and leaves sparse arrays and non-objects to the schema', () => {
    const project = sampleProject();
    const withUndefined = { ...project, applyBy: undefined, company: { ...project.company, logoUrl: undefined } };
    const quick = readProjectQuickly(withUndefined);
    assert.deepStrictEqual(quick, Project.parse(withUndefined));
    assert.ok(quick && 'applyBy' in quick && quick.applyBy === undefined);
    // eslint-disable-next-line no-sparse-arrays
    assert.equal(readProjectQuickly({ ...project, skills: ['a', , 'b'] }), undefined);
    for (const value of [null, undefined, 'p_1', 42, [project]]) assert.equal(readProjectQuickly(value), undefined);
  });

  it('drops unknown keys at every level, as Project does', () => {
    const project = sampleProject();
    const quick = readProjectQuickly({ ...project, extra: 1, company: { ...project.company, extra: 2 } })!;
    assert.equal('extra' in quick, false);
    assert.equal('extra' in quick.company, false);
    assert.deepStrictEqual(quick, Project.parse(project));
  });

  it('validateItems takes the quick path for valid items and the schema for the rest, with issues', () => {
    const good = sampleProject();
    const { items, skipped } = validateItems([good, { ...good, id: 'p bad', spots: 0 }], Project, readProjectQuickly);
    assert.deepStrictEqual(items, [Project.parse(good)]);
    assert.equal(skipped.length, 1);
    assert.deepEqual(skipped[0]!.issues.map((i) => i.path).sort(), ['id', 'spots']);
  });
});
