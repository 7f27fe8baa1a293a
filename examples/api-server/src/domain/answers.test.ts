import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Question } from '@microintern/core';
import { checkAnswers, normaliseAnswers } from './answers.js';

const questions: Question[] = [
  { id: 'tool', label: 'Tool?', kind: 'choice', required: true, options: ['Sheets', 'Excel'] },
  { id: 'local', label: 'Local?', kind: 'yes-no', required: false },
  { id: 'site', label: 'Site', kind: 'url', required: false },
  { id: 'city', label: 'City', kind: 'text', required: false, maxLength: 10 },
  { id: 'story', label: 'Story', kind: 'long-text', required: false },
];

describe('checkAnswers', () => {
  const paths = (answers: Record<string, string>) => checkAnswers(questions, answers).map((e) => e.path);

  it('accepts complete, valid answers', () => {
    assert.deepEqual(checkAnswers(questions, { tool: 'Excel', local: 'yes', site: 'https://a.example', city: 'Leeds', story: 'Line one\nLine two' }), []);
  });

  it('names a blank required answer, an unknown question and each invalid answer', () => {
    assert.deepEqual(paths({ tool: '   ' }), ['answers.tool']);
    assert.deepEqual(paths({ tool: 'Excel', extra: 'x' }), ['answers.extra']);
    assert.deepEqual(paths({ tool: 'Numbers' }), ['answers.tool']);
    assert.deepEqual(paths({ tool: 'Excel', local: 'maybe' }), ['answers.local']);
    assert.deepEqual(paths({ tool: 'Excel', site: 'javascript:alert(1)' }), ['answers.site']);
    assert.deepEqual(paths({ tool: 'Excel', city: 'Llanfairpwllgwyngyll' }), ['answers.city']);
    assert.deepEqual(paths({ tool: 'Excel', city: 'Leeds\nYork' }), ['answers.city']);
  });

  it('does not mistake inherited property names for questions', () => {
    assert.deepEqual(paths({ tool: 'Excel', constructor: 'x' }), ['answers.constructor']);
    assert.deepEqual(checkAnswers([{ id: 'toString', label: 'T', kind: 'text', required: true }], {}).map((e) => e.path), ['answers.toString']);
  });

  it('stores answers trimmed, without blanks', () => {
    assert.deepEqual(normaliseAnswers({ tool: ' Excel ', local: '  ' }), { tool: 'Excel' });
  });
});
