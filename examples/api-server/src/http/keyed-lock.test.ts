import { strict as assert } from 'node:assert';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { KeyedLock } from './keyed-lock.js';

describe('KeyedLock', () => {
  it('runs work for one key in arrival order, and other keys alongside', async () => {
    const lock = new KeyedLock();
    const events: string[] = [];
    const job = (key: string, name: string, ms: number) =>
      lock.run(key, 10_000, async () => {
        events.push(`start ${name}`);
        await sleep(ms);
        events.push(`end ${name}`);
      });
    await Promise.all([job('a', 'a1', 20), job('a', 'a2', 1), job('b', 'b1', 1)]);
    assert.ok(events.indexOf('end a1') < events.indexOf('start a2'), events.join());
    assert.ok(events.indexOf('start b1') < events.indexOf('end a1'), events.join());
    assert.equal(lock.size, 0, 'nothing left behind');
  });

  it('stops waiting after the limit, and survives a failing job', async () => {
    const lock = new KeyedLock();
    const slow = lock.run('k', 10_000, () => sleep(3000));
    const started = Date.now();
    await lock.run('k', 10, async () => undefined);
    // Generous bound: the point is not waiting the 3 s, on however slow a machine.
    assert.ok(Date.now() - started < 2500, 'did not wait for the slow job');
    await slow;
    await assert.rejects(lock.run('k', 10, () => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(await lock.run('k', 10, async () => 'ok'), 'ok');
  });
});
