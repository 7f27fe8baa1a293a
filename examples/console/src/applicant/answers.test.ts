import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sampleGig } from '../test-support/review-fixtures.js';
import { answerRows } from './answers.js';
import { statusMoves } from './status-moves.js';

describe('answer rows', () => {
  test('questions in the gig’s order, an unanswered one marked, unknown answers last by id', () => {
    const rows = answerRows(sampleGig().questions, { zeta: 'old answer', tools: 'Sheets', alpha: 'older', weekend: '  ' });
    assert.deepEqual(rows.map((r) => [r.id, r.question?.label, r.answer]), [
      ['tools', 'Which spreadsheet tools do you use?', 'Sheets'],
      ['weekend', 'Can you work on Saturdays?', undefined],
      ['alpha', undefined, 'older'],
      ['zeta', undefined, 'old answer'],
    ]);
  });
});

describe('status moves', () => {
  test('only the moves the transition rules allow, none out of a final status', () => {
    assert.deepEqual(statusMoves('received'), ['reviewing', 'accepted', 'declined']);
    assert.deepEqual(statusMoves('reviewing'), ['accepted', 'declined']);
    assert.deepEqual(statusMoves('accepted'), []);
    assert.deepEqual(statusMoves('declined'), []);
  });
});
