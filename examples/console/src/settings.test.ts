import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultSettings, readSettings, writeSettings } from './settings.js';

describe('console settings', () => {
  const defaults = defaultSettings('America/Chicago');

  test('written settings read back per company', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    writeSettings(storage, 'forkful', { timeZone: 'Europe/Madrid', hourlyFloor: { amount: 1800, currency: 'EUR' } });
    assert.deepEqual(readSettings(storage, 'forkful', defaults), { timeZone: 'Europe/Madrid', hourlyFloor: { amount: 1800, currency: 'EUR' } });
    assert.deepEqual(readSettings(storage, 'other', defaults), defaults);
  });

  test('a bad zone or floor falls back to the default, field by field', () => {
    const stored = (value: string) => ({ getItem: () => value });
    assert.deepEqual(readSettings(stored('{"timeZone":"Mars/Base","hourlyFloor":{"amount":2000,"currency":"GBP"}}'), 'x', defaults), {
      timeZone: 'America/Chicago', hourlyFloor: { amount: 2000, currency: 'GBP' },
    });
    assert.deepEqual(readSettings(stored('{"timeZone":"Asia/Tokyo","hourlyFloor":{"amount":-1,"currency":"usd"}}'), 'x', defaults), {
      timeZone: 'Asia/Tokyo', hourlyFloor: defaults.hourlyFloor,
    });
    assert.deepEqual(readSettings(stored('not json'), 'x', defaults), defaults);
  });
});
