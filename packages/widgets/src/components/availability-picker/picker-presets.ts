import { WEEKEND_DAYS } from '@microintern/core';
import type { GridShape } from './picker-grid.js';
import { emptyWeek, paint, type WeekRanges } from './week-ranges.js';

/** The quick choices above the grid. */
export type PresetName = 'weekends' | 'evenings' | 'clear';

/** Monday to Friday, as `AvailabilityBlock.day` numbers. */
const WEEKDAY_NUMBERS = [1, 2, 3, 4, 5];

// The hours a preset means before it is clipped to the grid's visible hours: a working day on
// Saturday and Sunday, and an after-class or after-work stretch on weekday evenings.
const PRESET_HOURS: Record<Exclude<PresetName, 'clear'>, { days: readonly number[]; from: number; to: number }> = {
  weekends: { days: WEEKEND_DAYS, from: 10, to: 16 },
  evenings: { days: WEEKDAY_NUMBERS, from: 18, to: 21 },
};

/** What a preset changed, for the announcement: the days and minutes it covered. */
export interface PresetResult {
  week: WeekRanges;
  days: readonly number[];
  start: number;
  end: number;
}

/**
 * Applies a preset to `week`. Weekends and weekday evenings are added to what is already chosen
 * (so both can be combined) and clipped to the grid's hours, so a preset never chooses time the
 * person cannot see; Clear empties the week.
 *
 * @example
 * ```ts
 * applyPreset(emptyWeek(), 'weekends', shape).week[6]; // [{ start: 600, end: 960 }]
 * ```
 */
export function applyPreset(week: WeekRanges, preset: PresetName, shape: GridShape): PresetResult {
  const lastMinute = shape.first + shape.rows * shape.slot;
  if (preset === 'clear') return { week: emptyWeek(), days: [0, 1, 2, 3, 4, 5, 6], start: shape.first, end: lastMinute };
  const { days, from, to } = PRESET_HOURS[preset];
  let start = Math.max(from * 60, shape.first);
  let end = Math.min(to * 60, lastMinute);
  if (end <= start) {
    // The grid shows none of the preset's hours (an early-morning grid asked for evenings):
    // take its last three hours instead of doing nothing.
    end = lastMinute;
    start = Math.max(shape.first, end - 180);
  }
  return { week: paint(week, days, start, end, true), days, start, end };
}
