import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { defaultState, embedAttributes, stateFromParams, stateToParams, type BuilderState } from './state.js';

const env = { api: 'https://api.example.com', feed: 'https://blog.example/gigs.json', script: 'https://cdn.example/mi-project-board.js' };

/** A board with every option away from its default. */
const everything: BuilderState = {
  ...defaultState(env),
  company: 'forkful',
  pageSize: 6,
  q: 'survey "quotes"',
  category: ['data', 'writing'],
  skills: ['excel', 'sql'],
  schedule: ['weekend'],
  sort: 'pay',
  minRate: 2000,
  maxHours: 12,
  syncUrl: true,
  syncPrefix: 'gigs-',
  structuredData: false,
  theme: 'auto',
  locale: 'es-MX',
  currencyDisplay: 'code',
  timeZone: 'Europe/Madrid',
  script: 'https://static.example/w/mi-project-board.js',
  tokens: { '--mi-color-accent': '#2f6b4f', '--mi-radius': '16px' },
  view: 'phone',
};

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}
const manifest = JSON.parse(readFileSync(new URL('../../../packages/widgets/custom-elements.json', import.meta.url), 'utf8')) as Manifest;
const attributesOf = (tag: string) =>
  new Set(manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!.attributes!.map((a) => a.name));

describe('builder state', () => {
  test('the default board needs only its API', () => {
    assert.deepEqual(embedAttributes(defaultState(env)), [['api', env.api]]);
    assert.equal(stateToParams(defaultState(env), env).toString(), '');
  });

  test('every option becomes one attribute, in a stable order', () => {
    assert.deepEqual(embedAttributes(everything), [
      ['api', env.api],
      ['company', 'forkful'],
      ['page-size', '6'],
      ['q', 'survey "quotes"'],
      ['category', 'data,writing'],
      ['skills', 'excel,sql'],
      ['schedule', 'weekend'],
      ['sort', 'pay'],
      ['min-rate', '2000'],
      ['max-hours', '12'],
      ['sync-url', 'gigs-'],
      ['structured-data', 'off'],
      ['theme', 'auto'],
      ['locale', 'es-MX'],
      ['currency-display', 'code'],
      ['time-zone', 'Europe/Madrid'],
    ]);
    const card: BuilderState = { ...everything, element: 'card', source: 'feed', applyApi: 'https://api.example.com', projectId: 'clean-a-survey' };
    assert.deepEqual(embedAttributes(card).map(([n]) => n), ['src', 'apply-api', 'project-id', 'theme', 'locale', 'currency-display', 'time-zone']);
  });

  test('uses only attributes the elements declare in custom-elements.json', () => {
    const board = attributesOf('mi-project-board');
    for (const [name] of embedAttributes({ ...everything, source: 'feed', applyApi: 'https://api.example.com' })) assert.ok(board.has(name), name);
    for (const [name] of embedAttributes(everything)) assert.ok(board.has(name), name);
    const card = attributesOf('mi-project-card');
    for (const source of ['api', 'feed'] as const) {
      for (const [name] of embedAttributes({ ...everything, element: 'card', source, applyApi: 'https://x.example', projectId: 'g' })) assert.ok(card.has(name), name);
    }
  });

  test('a link reproduces the state', () => {
    const params = stateToParams(everything, env);
    assert.deepEqual(stateFromParams(new URLSearchParams(params.toString()), env), everything);
    const feedCard: BuilderState = { ...defaultState(env), element: 'card', source: 'feed', src: 'https://x.example/f.json', applyApi: 'https://api.x.example', projectId: 'g_1' };
    assert.deepEqual(stateFromParams(stateToParams(feedCard, env), env), feedCard);
  });

  test('a bad or edited link falls back to defaults instead of producing a broken embed', () => {
    const state = stateFromParams(
      new URLSearchParams('element=table&page-size=500&sort=random&category=data,nope&api=javascript:alert(1)&--mi-color-accent=red&--mi-radius=8px&theme=sepia&company=Bad%20Slug'),
      env,
    );
    assert.equal(state.element, 'board');
    assert.equal(state.pageSize, 20);
    assert.equal(state.sort, 'newest');
    assert.deepEqual(state.category, ['data']);
    assert.equal(state.api, env.api);
    assert.deepEqual(state.tokens, { '--mi-radius': '8px' });
    assert.equal(state.theme, 'light');
    assert.equal(state.company, '');
  });
});
