import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { draftKey } from '../drafts.js';
import { emptyGigForm } from './gig-form.js';
import { readDraft, removeDraft, Throttle, writeDraft, type Timers } from './gig-draft.js';

function memoryStorage(failWrites = false) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

function fakeTimers() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = { set: (run) => (waiting.set(++next, run), next), clear: (h) => void waiting.delete(h as number) };
  return { timers, elapse: () => { const runs = [...waiting.values()]; waiting.clear(); runs.forEach((run) => run()); }, waiting };
}

describe('gig drafts', () => {
  const blank = emptyGigForm({ hourlyFloor: { amount: 1500, currency: 'USD' } });
  const key = draftKey('forkful', 'new');
  const where = { locale: 'en-US', timeZone: 'America/Chicago' };

  test('what is written is read back, and gone once removed', () => {
    const storage = memoryStorage();
    const form = { ...blank, title: 'Half a title', payMin: '2' };
    assert.equal(writeDraft(storage, key, form, where), true);
    assert.deepEqual(readDraft(storage, key, blank, where), form);
    assert.equal(readDraft(storage, draftKey('forkful', 'p_1'), blank, where), undefined);
    removeDraft(storage, key);
    assert.equal(readDraft(storage, key, blank, where), undefined);
  });

  test('a draft kept in another language and zone comes back in this one', () => {
    const storage = memoryStorage();
    writeDraft(storage, key, { ...blank, payMin: '18,50', applyBy: '2026-03-20T23:00' }, { locale: 'es', timeZone: 'Europe/Madrid' });
    const form = readDraft(storage, key, blank, where)!;
    assert.deepEqual([form.payMin, form.applyBy], ['18.50', '2026-03-20T17:00']);
  });

  test('a full storage is reported, an unreadable draft is no draft', () => {
    assert.equal(writeDraft(memoryStorage(true), key, blank, where), false);
    const storage = memoryStorage();
    storage.data.set(key, '{not json');
    assert.equal(readDraft(storage, key, blank, where), undefined);
    storage.data.set(key, JSON.stringify({ version: 9, form: blank }));
    assert.equal(readDraft(storage, key, blank, where), undefined);
  });

  test('the throttle writes once per wait, after the last change, and at once on flush', () => {
    const { timers, elapse, waiting } = fakeTimers();
    let runs = 0;
    const throttle = new Throttle(() => runs++, 400, timers);
    throttle.ask();
    throttle.ask();
    throttle.ask();
    assert.equal(runs, 0);
    elapse();
    assert.equal(runs, 1);
    elapse();
    assert.equal(runs, 1, 'nothing asked since');
    throttle.ask();
    throttle.flush();
    assert.equal(runs, 2);
    assert.equal(waiting.size, 0);
    throttle.ask();
    throttle.cancel();
    elapse();
    throttle.flush();
    assert.equal(runs, 2, 'a cancelled run does not happen');
  });
});
