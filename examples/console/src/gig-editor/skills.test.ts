import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addSkills, MAX_SKILLS, removeSkill } from './skills.js';

describe('the skills tag input', () => {
  test('adds comma-separated skills, tidied, each once whatever its case', () => {
    assert.deepEqual(addSkills(['sql'], 'Python,  data   viz , SQL,,'), { skills: ['sql', 'Python', 'data viz'], rest: '', refused: 'duplicate' });
    assert.deepEqual(addSkills([], '  '), { skills: [], rest: '' });
  });

  test('keeps in the box what does not fit, and says why', () => {
    const long = 'x'.repeat(41);
    assert.deepEqual(addSkills([], `figma, ${long}`), { skills: ['figma'], rest: long, refused: 'long' });
    const full = Array.from({ length: MAX_SKILLS }, (_, i) => `skill ${i}`);
    assert.deepEqual(addSkills(full, 'one more, and another'), { skills: full, rest: 'one more, and another', refused: 'full' });
  });

  test('removes by position', () => {
    assert.deepEqual(removeSkill(['a', 'b', 'c'], 1), ['a', 'c']);
  });
});
