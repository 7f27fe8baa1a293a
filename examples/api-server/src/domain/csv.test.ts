import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { csvCell, csvRow } from './csv.js';

describe('CSV cells', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(2027), '2027');
  });

  it('prefixes anything a spreadsheet would run as a formula', () => {
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) assert.ok(csvCell(formula).replace(/^"/, '').startsWith("'"), formula);
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('a=1'), 'a=1');
  });

  it('ends records with CRLF', () => {
    assert.equal(csvRow(['a', 'b,c', null]), 'a,"b,c",\r\n');
  });
});
