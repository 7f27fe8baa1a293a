import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { cspHeader, htmlSnippet, reactSnippet, sha256Source, styleText } from './snippets.js';
import { defaultState, type BuilderState } from './state.js';

const env = { api: 'https://api.example.com', feed: 'https://blog.example/gigs.json', script: 'https://cdn.example/w/mi-project-board.js' };

describe('snippets', () => {
  test('the default board is one script tag and one element', () => {
    assert.equal(
      htmlSnippet(defaultState(env)),
      '<script type="module" src="https://cdn.example/w/mi-project-board.js"></script>\n<mi-project-board api="https://api.example.com"></mi-project-board>\n',
    );
    assert.equal(
      reactSnippet(defaultState(env)),
      "import { ProjectBoard } from '@microintern/react';\n\nexport function Gigs() {\n  return <ProjectBoard api=\"https://api.example.com\" />;\n}\n",
    );
  });

  test('attributes are escaped, booleans bare, long lists one per line, tokens in a style block', () => {
    const state: BuilderState = { ...defaultState(env), q: 'a "b" <c>', syncUrl: true, pageSize: 6, schedule: ['weekend'], tokens: { '--mi-color-accent': '#2f6b4f' } };
    assert.equal(
      htmlSnippet(state),
      [
        '<script type="module" src="https://cdn.example/w/mi-project-board.js"></script>',
        '<style>',
        '  mi-project-board {',
        '    --mi-color-accent: #2f6b4f;',
        '  }',
        '</style>',
        '<mi-project-board',
        '  api="https://api.example.com"',
        '  page-size="6"',
        '  q="a &quot;b&quot; &lt;c&gt;"',
        '  schedule="weekend"',
        '  sync-url',
        '></mi-project-board>',
        '',
      ].join('\n'),
    );
  });

  test('React props are typed values: numbers, arrays, strings', () => {
    const state: BuilderState = { ...defaultState(env), element: 'board', pageSize: 6, category: ['data', 'writing'], minRate: 2000, syncUrl: true, q: 'say "hi"', tokens: { '--mi-radius': '4px' } };
    const text = reactSnippet(state);
    assert.match(text, /pageSize=\{6\}/);
    assert.match(text, /category=\{\['data', 'writing'\]\}/);
    assert.match(text, /minRate=\{2000\}/);
    assert.match(text, /syncUrl=""/);
    assert.match(text, /q=\{"say \\"hi\\""\}/);
    assert.match(text, /style=\{theme\}/);
    assert.match(text, /'--mi-radius': '4px',/);
    assert.match(text, /^import type \{ CSSProperties \} from 'react';/);
  });

  test('the CSP lists the script, API, feed and logo origins and the style block’s hash', async () => {
    const api = defaultState(env);
    assert.equal(
      cspHeader(api, { logoOrigins: [] }),
      "Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.example; style-src 'self'; img-src 'self'; connect-src 'self' https://api.example.com; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    const feed: BuilderState = { ...api, source: 'feed', applyApi: 'https://apply.example', tokens: { '--mi-color-accent': '#2f6b4f' } };
    const hash = await sha256Source(styleText(feed));
    assert.equal(hash, `'sha256-${createHash('sha256').update(styleText(feed)).digest('base64')}'`);
    const header = cspHeader(feed, { logoOrigins: ['https://logos.example'], styleHash: hash });
    assert.match(header, /connect-src 'self' https:\/\/blog\.example https:\/\/apply\.example;/);
    assert.match(header, /img-src 'self' https:\/\/logos\.example;/);
    assert.ok(header.includes(`style-src 'self' ${hash};`));
  });
});
