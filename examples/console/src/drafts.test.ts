import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clearDrafts, draftKey } from './drafts.js';

describe('gig drafts', () => {
  test('signing out clears every draft and nothing else', () => {
    const data = new Map([[draftKey('forkful', 'new'), '{}'], [draftKey('acme', 'p_1'), '{}'], ['mi-console-lang', 'es']]);
    clearDrafts({
      get length() { return data.size; },
      key: (i: number) => [...data.keys()][i] ?? null,
      removeItem: (k: string) => void data.delete(k),
    });
    assert.deepEqual([...data.keys()], ['mi-console-lang']);
  });
});
