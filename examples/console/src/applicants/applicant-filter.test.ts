import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sampleApplication } from '../test-support/review-fixtures.js';
import { filterApplications, foldText, matchesQuery, statusCounts } from './applicant-filter.js';

const person = (id: string, name: string, email: string, status: 'received' | 'reviewing' | 'accepted' | 'declined', school?: string) =>
  sampleApplication({ id, status, applicant: { name, email, ...(school ? { school } : {}) } });

const all = [
  person('a1', 'José Álvarez', 'jose@uni.es', 'received', 'Universidad de Sevilla'),
  person('a2', 'Ada Lovelace', 'ada@example.edu', 'reviewing', 'University of London'),
  person('a3', 'Zoë Müller', 'zoe@example.de', 'received'),
  person('a4', 'Grace Hopper', 'grace@navy.example', 'declined', 'Yale'),
];

describe('applicant filter', () => {
  test('folding drops accents and case and squeezes spaces', () => {
    assert.equal(foldText('  José  ÁLVAREZ '), 'jose alvarez');
    assert.equal(foldText('Zoë Müller'), 'zoe muller');
  });

  test('search ignores accents and case, and every word must match name, email or school', () => {
    assert.ok(matchesQuery(all[0]!, 'JOSE'));
    assert.ok(matchesQuery(all[0]!, 'álvarez sevilla'));
    assert.ok(matchesQuery(all[2]!, 'zoe mull'));
    assert.ok(matchesQuery(all[1]!, 'example.edu'));
    assert.ok(!matchesQuery(all[1]!, 'ada yale'));
    assert.ok(matchesQuery(all[3]!, '   '));
  });

  test('status and search narrow together; counts follow the search', () => {
    assert.deepEqual(filterApplications(all, { status: 'received', query: '' }).map((a) => a.id), ['a1', 'a3']);
    assert.deepEqual(filterApplications(all, { status: 'all', query: 'example' }).map((a) => a.id), ['a2', 'a3', 'a4']);
    assert.deepEqual(filterApplications(all, { status: 'declined', query: 'ada' }), []);
    assert.deepEqual(statusCounts(all, ''), { all: 4, received: 2, reviewing: 1, accepted: 0, declined: 1 });
    assert.deepEqual(statusCounts(all, 'UNI'), { all: 2, received: 1, reviewing: 1, accepted: 0, declined: 0 });
  });
});
