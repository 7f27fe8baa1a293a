import { weekdayName } from '@microintern/core';

/** A cell of the grid: a column (a day, in the locale's week order) and a row (a time slot). */
export interface Cell {
  col: number;
  row: number;
}

/** The grid's geometry: which day each column is, and which minutes each row covers. */
export interface GridShape {
  /** Day number (0 = Sunday) of each column, in the order the locale starts its week. */
  days: readonly number[];
  /** Minutes per row: 15, 30 or 60. */
  slot: number;
  /** Minute of the day the first row starts at. */
  first: number;
  rows: number;
}

/** The cells between two corners, as the days and the minute span they cover. */
export interface CellSpan {
  days: number[];
  /** First and last column, in grid order, for describing the span. */
  cols: [number, number];
  start: number;
  end: number;
}

const SLOTS = [15, 30, 60];

/**
 * The grid for the picker's attributes, with out-of-range values pulled back to sane ones
 * (an `end-hour` before `start-hour` shows one hour rather than nothing).
 *
 * @example
 * ```ts
 * gridShape({ slotMinutes: 60, startHour: 8, endHour: 22, firstDay: 1 }).rows; // 14
 * ```
 */
export function gridShape(options: { slotMinutes: number; startHour: number; endHour: number; firstDay: number }): GridShape {
  const slot = SLOTS.includes(options.slotMinutes) ? options.slotMinutes : 30;
  const start = clamp(Math.floor(options.startHour), 0, 23, 8);
  const end = clamp(Math.ceil(options.endHour), start + 1, 24, Math.max(22, start + 1));
  const days = Array.from({ length: 7 }, (_, i) => (options.firstDay + i) % 7);
  return { days, slot, first: start * 60, rows: ((end - start) * 60) / slot };
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** The first day of the week where `locale` is used (0 = Sunday), from `Intl.Locale` week info. */
export function firstDayOf(locale: string): number {
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = tag.getWeekInfo?.() ?? tag.weekInfo;
    // Intl numbers days 1 (Monday) to 7 (Sunday).
    if (info) return info.firstDay % 7;
  } catch {
    // An engine without week info: Monday, the ISO 8601 choice.
  }
  return 1;
}

/** The minutes row `row` covers. */
export function rowSpan(shape: GridShape, row: number): { start: number; end: number } {
  const start = shape.first + row * shape.slot;
  return { start, end: start + shape.slot };
}

/** The rectangle of cells with corners `a` and `b`. */
export function spanBetween(shape: GridShape, a: Cell, b: Cell): CellSpan {
  const [c0, c1] = a.col <= b.col ? [a.col, b.col] : [b.col, a.col];
  const [r0, r1] = a.row <= b.row ? [a.row, b.row] : [b.row, a.row];
  return {
    days: shape.days.slice(c0, c1 + 1),
    cols: [c0, c1],
    start: rowSpan(shape, r0).start,
    end: rowSpan(shape, r1).end,
  };
}

/**
 * Where a grid navigation key moves focus, following the WAI-ARIA grid pattern: arrows by one
 * cell, Home/End to the row's ends (with Ctrl, the grid's), Page Up/Down by two hours.
 * Undefined for other keys. Movement stops at the edges rather than wrapping: wrapping from
 * Saturday night to Sunday morning would be a surprise in a week.
 */
export function moveFrom(shape: GridShape, cell: Cell, key: string, ctrl: boolean): Cell | undefined {
  const last = { col: shape.days.length - 1, row: shape.rows - 1 };
  const page = Math.max(1, 120 / shape.slot);
  const at = (col: number, row: number): Cell => ({ col: Math.min(last.col, Math.max(0, col)), row: Math.min(last.row, Math.max(0, row)) });
  switch (key) {
    case 'ArrowLeft':
      return at(cell.col - 1, cell.row);
    case 'ArrowRight':
      return at(cell.col + 1, cell.row);
    case 'ArrowUp':
      return at(cell.col, cell.row - 1);
    case 'ArrowDown':
      return at(cell.col, cell.row + 1);
    case 'Home':
      return ctrl ? at(0, 0) : at(0, cell.row);
    case 'End':
      return ctrl ? at(last.col, last.row) : at(last.col, cell.row);
    case 'PageUp':
      return at(cell.col, cell.row - page);
    case 'PageDown':
      return at(cell.col, cell.row + page);
    default:
      return undefined;
  }
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();
const dayNames = new Map<string, { long: string; short: string }[]>();

/**
 * The long and short names of the seven days in `locale`, by day number, from core's
 * `weekdayName`. Cached: each name costs an `Intl.DateTimeFormat`, and the grid's header
 * re-renders with every change.
 */
export function daysIn(locale: string): readonly { long: string; short: string }[] {
  let names = dayNames.get(locale);
  if (!names) {
    names = Array.from({ length: 7 }, (_, day) => ({ long: weekdayName(day, { locale }), short: weekdayName(day, { locale, width: 'short' }) }));
    dayNames.set(locale, names);
  }
  return names;
}

/** A minute of the day as the locale writes a time: "09:00" in en-GB, "9:00 AM" in en-US. */
export function timeLabel(minute: number, locale: string): string {
  let format = timeFormats.get(locale);
  if (!format) {
    // 24-hour clocks pad the hour ("09:00"); 12-hour clocks do not ("9:00 AM").
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
    timeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { hour, minute: '2-digit', timeZone: 'UTC' })));
  }
  return format.format(Date.UTC(2023, 0, 1, 0, minute % 1440));
}

/** A span in words for announcements: "Saturday 09:00–12:00", "Saturday–Sunday 10:00–16:00". */
export function describeSpan(shape: GridShape, span: CellSpan, locale: string): string {
  const names = daysIn(locale);
  const first = names[shape.days[span.cols[0]]!]!.long;
  const days = span.cols[0] === span.cols[1] ? first : `${first}–${names[shape.days[span.cols[1]]!]!.long}`;
  return `${days} ${timeLabel(span.start, locale)}–${timeLabel(span.end, locale)}`;
}
