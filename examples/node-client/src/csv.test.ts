import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, toCsv } from './csv.js';

describe('csvField', () => {
  const cases: Array<[Parameters<typeof csvField>[0], string]> = [
    ['Recipe copy edit', 'Recipe copy edit'],
    ['Analyse 1,200 answers', '"Analyse 1,200 answers"'],
    ['The "best" gig', '"The ""best"" gig"'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-3 hours', "'-3 hours"],
    ['@mention', "'@mention"],
    ['\tTabbed', "'\tTabbed"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    [-5, '-5'],
    [18, '18'],
    [Number.NaN, ''],
    [true, 'true'],
    [undefined, ''],
    [null, ''],
  ];
  for (const [input, expected] of cases) {
    it(`${typeof input === 'string' ? JSON.stringify(input) : String(input)} → ${expected}`, () => assert.equal(csvField(input), expected));
  }
});

describe('toCsv', () => {
  it('writes a header and CRLF-terminated records', () => {
    assert.equal(toCsv(['title', 'hours'], [['A, B', 4], ['=x', undefined]]), 'title,hours\r\n"A, B",4\r\n\'=x,\r\n');
  });
});
