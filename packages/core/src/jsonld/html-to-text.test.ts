import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clip, decodeEntities, htmlToLine, htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('turns block elements into paragraphs and line breaks', () => {
    assert.equal(
      htmlToText('<p>We ran a <b>survey</b>.</p>\n<p>You will:<br>clean it<br/>chart it</p><ul><li>Excel</li><li>Sheets</li></ul>'),
      'We ran a survey.\n\nYou will:\nclean it\nchart it\n\n- Excel\n- Sheets',
    );
    assert.equal(htmlToText('<h2>About</h2><div>one</div><div>two</div>'), 'About\n\none\ntwo');
  });

  it('decodes entities, including escaped markup, and keeps plain text line breaks', () => {
    assert.equal(htmlToText('Tom &amp; Jerry&nbsp;&ndash; 5 &lt; 6 &#8212; caf&eacute; &#x1F600; &bogus; &constructor;'), 'Tom & Jerry – 5 < 6 — café 😀 &bogus; &constructor;');
    assert.equal(htmlToText('&lt;p&gt;Escaped&lt;/p&gt;&lt;p&gt;twice&lt;/p&gt;'), 'Escaped\n\ntwice');
    assert.equal(htmlToText('Line one\nLine two\n\n\n\nNext'), 'Line one\nLine two\n\nNext');
    assert.equal(decodeEntities('&#0;&#xD800;&#1114112;'), '\ufffd\ufffd\ufffd');
    // Every named reference in the packed table, and case matters (&AMP; is not one of them).
    assert.equal(
      decodeEntities('&quot;&apos;&emsp;&hellip;&laquo;&raquo;&euro;&iquest;&Ntilde;&Uuml;&szlig;&Ouml;&AMP;&hasOwnProperty;'),
      '"\' …«»€¿ÑÜßÖ&AMP;&hasOwnProperty;',
    );
  });

  it('drops scripts, styles, comments, attributes and broken tags, keeping no markup', () => {
    const hostile = [
      '<script>alert(1)</script>Hi',
      '<style>p{}</style><p onclick="x()">Hi</p>',
      '<!-- <p>hidden</p> -->Hi',
      '<a title="a>b" href="javascript:alert(1)">Hi</a>',
      'Hi<img src=x onerror=alert(1)',
      "Hi<a href='x>",
      '&lt;script&gt;alert(1)&lt;/script&gt;Hi',
      '<svg><script>alert(1)</script></svg>Hi',
      '<SCRIPT SRC=//evil.example></SCRIPT>Hi',
      '<!DOCTYPE html><?xml x?>Hi',
    ];
    for (const html of hostile) {
      const text = htmlToText(html);
      assert.equal(text, 'Hi', html);
      assert.equal(/<[A-Za-z!?/]/.test(text), false, html);
    }
  });

  it('never leaves anything tag-shaped, whatever the input', () => {
    const token = fc.constantFrom('<', '>', '/', '!', '?', '"', "'", '=', ' ', '\n', 'a', 'b', 'p', 'li', 'br', 'script', 'div', '-', '&lt;', '&gt;', '&amp;', '&#60;', '&#x3c;', 'x');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const text = htmlToText(tokens.join(''));
        assert.equal(/<[A-Za-z!?/]/.test(text), false, text);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('flattens to one line and clips at a word boundary', () => {
    assert.equal(htmlToLine('<h1>Data\n  clean-up</h1><p>now</p>'), 'Data clean-up now');
    assert.equal(clip('one two three four', 12), 'one two…');
    assert.equal(clip('short', 12), 'short');
    assert.ok(clip('x'.repeat(500), 300).length <= 300);
  });
});
