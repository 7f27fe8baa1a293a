import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { ftsMatchExpression, MAX_SEARCH_TERMS, tsQueryExpression } from './fts-query.js';

describe('ftsMatchExpression', () => {
  it('quotes every word as a prefix term', () => {
    assert.equal(ftsMatchExpression('meal-kit Pricing'), '"meal"* "kit"* "Pricing"*');
    assert.equal(ftsMatchExpression('café 2024'), '"café"* "2024"*');
  });

  it('leaves nothing of FTS5 or SQL syntax', () => {
    assert.equal(ftsMatchExpression('" * - ^ ( ) : ;'), undefined);
    assert.equal(ftsMatchExpression('NEAR(a b)'), '"NEAR"* "a"* "b"*');
    assert.equal(ftsMatchExpression('title:x OR y'), '"title"* "x"* "OR"* "y"*');
    assert.equal(ftsMatchExpression('w '.repeat(50))?.split(' ').length, MAX_SEARCH_TERMS);
  });

  it('is always a valid MATCH expression for SQLite', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(body); INSERT INTO t VALUES ('competitor pricing scan'), ('near or not');");
    const search = db.prepare('SELECT rowid FROM t WHERE t MATCH ?');
    for (const text of ["' OR 1=1 --", '"); DROP TABLE t; --', 'NEAR(', '*', '"', 'AND OR NOT', 'col:x', '{a b}', 'pric', 'NEAR']) {
      const expression = ftsMatchExpression(text);
      if (expression) assert.doesNotThrow(() => search.all(expression), text);
    }
    assert.deepEqual(search.all(ftsMatchExpression('pric')), [{ rowid: 1 }]);
    assert.deepEqual(search.all(ftsMatchExpression('NEAR OR')), [{ rowid: 2 }]);
    db.close();
  });
});

describe('tsQueryExpression', () => {
  it('makes every word a quoted prefix lexeme joined by AND, lowercased', () => {
    assert.equal(tsQueryExpression('Pricing & scan!'), "'pricing':* & 'scan':*");
    assert.equal(tsQueryExpression("o'brien !x | (y) <-> z:*"), "'o':* & 'brien':* & 'x':* & 'y':* & 'z':*");
    assert.equal(tsQueryExpression('Café 1,200 CRÊPE'), "'cafe':* & '1':* & '200':* & 'crepe':*");
  });

  it('gives nothing for text without letters or digits, and caps the words', () => {
    assert.equal(tsQueryExpression('" * - & |'), undefined);
    assert.equal(tsQueryExpression(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))?.split(' & ').length, MAX_SEARCH_TERMS);
  });
});
