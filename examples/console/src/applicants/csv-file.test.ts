import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvFileName } from './csv-file.js';

describe('CSV file name', () => {
  test('named after the gig’s slug and the UTC day', () => {
    assert.equal(csvFileName('clean-a-survey-data-set', new Date('2026-06-01T23:30:00-05:00')), 'applicants-clean-a-survey-data-set-2026-06-02.csv');
  });

  test('nothing but letters, digits, - and _ reaches the name', () => {
    assert.equal(csvFileName('../etc/passwd', new Date('2026-06-01T00:00:00Z')), 'applicants-etc-passwd-2026-06-01.csv');
    assert.equal(csvFileName('', new Date('2026-06-01T00:00:00Z')), 'applicants-gig-2026-06-01.csv');
  });
});
