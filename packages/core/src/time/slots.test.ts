import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blocksFromSlots, slotsFromBlocks } from './slots.js';
import { weeklyHours } from './weekly-hours.js';

describe('slotsFromBlocks and blocksFromSlots', () => {
  it('mark only slots the blocks cover whole', () => {
    const grid = slotsFromBlocks([{ day: 6, start: '09:00', end: '10:00' }, { day: 6, start: '10:10', end: '11:00' }], 30);
    assert.equal(grid.length, 7);
    assert.equal(grid[6]!.length, 48);
    // 08:30 · 09:00 · 09:30 · 10:00 (only 10:10–10:30 covered) · 10:30 · 11:00
    assert.deepEqual(grid[6]!.slice(17, 23), [false, true, true, false, true, false]);
    assert.ok(grid[0]!.every((on) => !on));
  });

  it('join adjacent slots into one block, ending at 24:00 at the end of the day', () => {
    const grid = Array.from({ length: 7 }, () => new Array<boolean>(24).fill(false));
    grid[6]![9] = grid[6]![10] = grid[6]![23] = true;
    grid[1]![0] = true;
    assert.deepEqual(blocksFromSlots(grid, 60), [
      { day: 1, start: '00:00', end: '01:00' },
      { day: 6, start: '09:00', end: '11:00' },
      { day: 6, start: '23:00', end: '24:00' },
    ]);
  });

  it('round-trip any grid, keeping its hours (property)', () => {
    const size = 30;
    fc.assert(
      fc.property(fc.array(fc.array(fc.boolean(), { minLength: 48, maxLength: 48 }), { minLength: 7, maxLength: 7 }), (grid) => {
        const blocks = blocksFromSlots(grid, size);
        assert.deepEqual(slotsFromBlocks(blocks, size), grid);
        const on = grid.flat().filter(Boolean).length;
        assert.equal(weeklyHours({ timeZone: 'UTC', blocks }), (on * size) / 60);
      }),
      { numRuns: 100, seed: 48 },
    );
  });
});
