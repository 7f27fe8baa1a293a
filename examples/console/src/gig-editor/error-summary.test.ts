import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { editorMessages } from './editor-messages.js';
import { fieldName, inFormOrder } from './error-summary.js';

describe('the error summary', () => {
  test('names each field by its label, questions by their number', () => {
    assert.equal(fieldName('gig-pay-min', editorMessages.en), 'Hourly rate');
    assert.equal(fieldName('gig-effort-max', editorMessages.es), 'Horas de trabajo estimadas · Hasta');
    assert.equal(fieldName('gig-q1-options', editorMessages.en), 'Question 2 · Options, one per line');
    assert.equal(fieldName('gig-nowhere', editorMessages.en), undefined);
  });

  test('lists errors in the order the fields come, questions in theirs, unplaced ones last', () => {
    const ids = inFormOrder([
      { id: undefined, message: 'x' }, { id: 'gig-q2-label', message: 'x' }, { id: 'gig-spots', message: 'x' },
      { id: 'gig-q0-options', message: 'x' }, { id: 'gig-title', message: 'x' }, { id: 'gig-pay-min', message: 'x' },
    ]).map((e) => e.id);
    assert.deepEqual(ids, ['gig-title', 'gig-pay-min', 'gig-spots', 'gig-q0-options', 'gig-q2-label', undefined]);
  });
});
