import type { AvailabilityBlock } from '@microintern/core';

/** A half-open span of minutes since midnight, `[start, end)`. */
export interface MinuteRange {
  start: number;
  end: number;
}

/** Seven days of free time, index 0 = Sunday as in `AvailabilityBlock.day`; each day sorted and merged. */
export type WeekRanges = readonly (readonly MinuteRange[])[];

const DAY = 1440;

/** A week with nothing chosen. */
export function emptyWeek(): WeekRanges {
  return [[], [], [], [], [], [], []];
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function merge(ranges: readonly MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: MinuteRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * The week as minute ranges. The picker edits ranges rather than a grid of slots so a value
 * set from outside (a 10:15 start, a block before the visible hours) survives untouched until
 * the person edits those very minutes.
 *
 * @example
 * ```ts
 * weekFromBlocks([{ day: 6, start: '09:00', end: '12:00' }])[6]; // [{ start: 540, end: 720 }]
 * ```
 */
export function weekFromBlocks(blocks: readonly AvailabilityBlock[]): WeekRanges {
  const days: MinuteRange[][] = [[], [], [], [], [], [], []];
  for (const b of blocks) days[b.day]?.push({ start: minutes(b.start), end: minutes(b.end) });
  return days.map(merge);
}

/** The week as `AvailabilityBlock`s, sorted by day then start; `24:00` ends a day. */
export function blocksFromWeek(week: WeekRanges): AvailabilityBlock[] {
  return week.flatMap((ranges, day) => ranges.map((r) => ({ day, start: hhmm(r.start), end: hhmm(Math.min(r.end, DAY)) })));
}

/** `week` with `[start, end)` added to (`on`) or removed from (`!on`) each day in `days`. */
export function paint(week: WeekRanges, days: readonly number[], start: number, end: number, on: boolean): WeekRanges {
  return week.map((ranges, day) => {
    if (!days.includes(day)) return ranges;
    if (on) return merge([...ranges, { start, end }]);
    return ranges.flatMap((r) => {
      if (r.end <= start || r.start >= end) return [r];
      const kept: MinuteRange[] = [];
      if (r.start < start) kept.push({ start: r.start, end: start });
      if (r.end > end) kept.push({ start: end, end: r.end });
      return kept;
    });
  });
}

/** How much of `[start, end)` on `day` is free: `all`, `some` or `none`. */
export function coverage(week: WeekRanges, day: number, start: number, end: number): 'all' | 'some' | 'none' {
  let covered = 0;
  for (const r of week[day] ?? []) covered += Math.max(0, Math.min(r.end, end) - Math.max(r.start, start));
  return covered >= end - start ? 'all' : covered > 0 ? 'some' : 'none';
}

/** Total minutes a week. Ranges are merged, so overlaps never count twice. */
export function weekMinutes(week: WeekRanges): number {
  return week.reduce((sum, ranges) => sum + ranges.reduce((s, r) => s + r.end - r.start, 0), 0);
}

/** True when both weeks hold the same minutes. */
export function sameWeek(a: WeekRanges, b: WeekRanges): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
