import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Question } from '@microintern/core';
import { moveQuestion, newQuestion, questionForm, readQuestion } from './questions.js';

describe('custom questions in the form', () => {
  test('a new question gets an id no other question has', () => {
    const first = newQuestion([]);
    assert.equal(first.id, 'q1');
    assert.equal(newQuestion([first, { ...first, id: 'q2' }]).id, 'q3');
    assert.equal(newQuestion([{ ...first, id: 'q2' }]).id, 'q3');
  });

  test('moves within the list and stops at its ends', () => {
    assert.deepEqual(moveQuestion(['a', 'b', 'c'], 2, -1), ['a', 'c', 'b']);
    assert.deepEqual(moveQuestion(['a', 'b', 'c'], 0, 1), ['b', 'a', 'c']);
    assert.deepEqual(moveQuestion(['a', 'b', 'c'], 0, -1), ['a', 'b', 'c']);
    assert.deepEqual(moveQuestion(['a', 'b', 'c'], 2, 1), ['a', 'b', 'c']);
  });

  test('options one per line for choice questions only; a length only for text answers', () => {
    const choice: Question = { id: 'tool', label: 'Which tool?', kind: 'choice', required: true, options: ['Excel', 'Google Sheets'] };
    assert.equal(questionForm(choice).options, 'Excel\nGoogle Sheets');
    assert.deepEqual(readQuestion(questionForm(choice)), choice);
    assert.deepEqual(readQuestion({ ...questionForm(choice), options: ' Excel \n\n Numbers\n' }).options, ['Excel', 'Numbers']);
    assert.deepEqual(readQuestion({ id: 'q1', label: 'Can you?', kind: 'yes-no', required: false, options: 'a\nb', maxLength: '50' }), { id: 'q1', label: 'Can you?', kind: 'yes-no', required: false });
    assert.deepEqual(readQuestion({ id: 'q1', label: 'Score', kind: 'text', required: true, options: '', maxLength: '120' }).maxLength, 120);
  });
});
