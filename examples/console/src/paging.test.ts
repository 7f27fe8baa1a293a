import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { collectPages, type CursorPage } from './paging.js';

type Item = { id: string };
const pages = (...lists: string[][]) => (cursor: string | undefined): Promise<CursorPage<Item>> => {
  const at = cursor === undefined ? 0 : Number(cursor);
  const items = lists[at]!.map((id) => ({ id }));
  return Promise.resolve({ items, nextCursor: at + 1 < lists.length ? String(at + 1) : null });
};

describe('collectPages', () => {
  test('walks every page in order, reporting progress, each id once', async () => {
    const progress: number[] = [];
    const items = await collectPages(pages(['a', 'b'], ['b', 'c'], ['d']), { onProgress: (n) => progress.push(n) });
    assert.deepEqual(items.map((i) => i.id), ['a', 'b', 'c', 'd']);
    assert.deepEqual(progress, [2, 3, 4]);
  });

  test('a cursor sent twice is an error, not a loop', async () => {
    const stuck = () => Promise.resolve({ items: [{ id: 'a' }], nextCursor: 'same' });
    await assert.rejects(collectPages(stuck), /cursor "same" twice/);
  });

  test('an abort stops the walk between pages', async () => {
    const controller = new AbortController();
    let calls = 0;
    const fetchPage = (cursor: string | undefined) => {
      calls++;
      controller.abort(new Error('left the view'));
      return pages(['a'], ['b'])(cursor);
    };
    await assert.rejects(collectPages(fetchPage, { signal: controller.signal }), /left the view/);
    assert.equal(calls, 1);
  });
});
