// Weekly blocks ↔ a grid of equal slots (7 days × N slots a day), the shape the availability
// picker draws and edits. The grid is indexed by `AvailabilityBlock.day` (0 = Sunday).

import * as z from 'zod/mini';
import { MiInputError } from '../errors/mi-input-error.js';
import { AvailabilityBlock } from '../models/availability.js';
import { parseOrThrow } from '../models/parse.js';
import { minutesByWeekday } from './weekly-hours.js';

const MINUTES_PER_DAY = 1440;

function checkSlotMinutes(slotMinutes: unknown): number {
  if (typeof slotMinutes !== 'number' || !Number.isInteger(slotMinutes) || slotMinutes < 5 || MINUTES_PER_DAY % slotMinutes !== 0) {
    const message = 'Must be a whole number of minutes from 5 to 1440 that divides a day (15, 30, 60, …)';
    throw new MiInputError(`slotMinutes: ${message}`, [{ path: 'slotMinutes', message }]);
  }
  return slotMinutes;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A 7 × (1440 / slotMinutes) grid with `true` where the blocks cover the whole slot. A slot only
 * partly covered stays `false`, so the grid never shows more time than the blocks hold.
 *
 * @example
 * ```ts
 * const grid = slotsFromBlocks([{ day: 6, start: '09:00', end: '10:00' }], 30);
 * grid[6][18]; // true (09:00–09:30)
 * grid[6][20]; // false (10:00–10:30)
 * ```
 */
export function slotsFromBlocks(blocks: readonly AvailabilityBlock[], slotMinutes = 30): boolean[][] {
  const size = checkSlotMinutes(slotMinutes);
  const valid = parseOrThrow(z.array(AvailabilityBlock), blocks, 'Invalid blocks');
  return minutesByWeekday(valid).map((ranges) => {
    const row = new Array<boolean>(MINUTES_PER_DAY / size).fill(false);
    for (const { start, end } of ranges) {
      for (let slot = Math.ceil(start / size); (slot + 1) * size <= end; slot++) row[slot] = true;
    }
    return row;
  });
}

/**
 * The fewest blocks covering the `true` slots of a 7-row grid: each run of adjacent slots on a
 * day becomes one block, the last slot of a day ending at `24:00`. Sorted by day, then start.
 *
 * @example
 * ```ts
 * const grid = Array.from({ length: 7 }, () => new Array(48).fill(false));
 * grid[0][20] = grid[0][21] = true;
 * blocksFromSlots(grid, 30); // [{ day: 0, start: '10:00', end: '11:00' }]
 * ```
 */
export function blocksFromSlots(slots: readonly (readonly boolean[])[], slotMinutes = 30): AvailabilityBlock[] {
  const size = checkSlotMinutes(slotMinutes);
  const perDay = MINUTES_PER_DAY / size;
  const Grid = z.array(z.array(z.boolean()).check(z.length(perDay, `Each day needs ${perDay} slots of ${size} minutes`))).check(
    z.length(7, 'Needs 7 days, Sunday first'),
  );
  if (!Array.isArray(slots) || slots.length !== 7) {
    // Checked before the rows, which would otherwise bury this under one issue per row.
    throw new MiInputError('Invalid slots (needs 7 days, Sunday first)', [{ path: '', message: 'Needs 7 days, Sunday first' }]);
  }
  const grid = parseOrThrow(Grid, slots, 'Invalid slots');
  const blocks: AvailabilityBlock[] = [];
  grid.forEach((row, day) => {
    let runStart = -1;
    for (let slot = 0; slot <= perDay; slot++) {
      const on = slot < perDay && row[slot] === true;
      if (on && runStart < 0) runStart = slot;
      if (!on && runStart >= 0) {
        blocks.push({ day, start: hhmm(runStart * size), end: hhmm(slot * size) });
        runStart = -1;
      }
    }
  });
  return blocks;
}
