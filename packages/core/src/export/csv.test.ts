import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { csvField, csvRow, toCsv } from './csv.js';

describe('csvField', () => {
  const cases: Array<[Parameters<typeof csvField>[0], string]> = [
    ['Recipe copy edit', 'Recipe copy edit'],
    ['Analyse 1,200 answers', '"Analyse 1,200 answers"'],
    ['The "best" gig', '"The ""best"" gig"'],
    ['two\nlines', '"two\nlines"'],
    ['a\r\nb', '"a\r\nb"'],
    [' padded ', '" padded "'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-3 hours', "'-3 hours"],
    ['@mention', "'@mention"],
    ['\tTabbed', "'\tTabbed"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a=1', 'a=1'],
    [-5, '-5'],
    [18, '18'],
    [2027, '2027'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [true, 'true'],
    [undefined, ''],
    [null, ''],
  ];
  for (const [input, expected] of cases) {
    it(`${typeof input === 'string' ? JSON.stringify(input) : String(input)} → ${JSON.stringify(expected)}`, () => assert.equal(csvField(input), expected));
  }
});

describe('csvRow and toCsv', () => {
  it('end every record with CRLF', () => {
    assert.equal(csvRow(['a', 'b,c', null]), 'a,"b,c",\r\n');
    assert.equal(toCsv(['title', 'hours'], [['A, B', 4], ['=x', undefined]]), 'title,hours\r\n"A, B",4\r\n\'=x,\r\n');
    assert.equal(toCsv(['only'], []), 'only\r\n');
  });
});
