// Half-open numeric ranges [start, end): merging and totals. Used for minutes of a day and for
// epoch milliseconds alike. Internal: not re-exported.

/** A half-open range of numbers: minutes since midnight or epoch milliseconds. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Sorted, non-overlapping ranges covering the same points as `ranges`. Ranges that overlap or
 * touch (one ends where the next starts) become one, so nothing is counted twice. Empty and
 * reversed ranges are dropped. A merged range keeps the other fields of its earliest member.
 */
export function mergeRanges<T extends Range>(ranges: readonly T[]): T[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: T[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** Total length of already merged ranges. */
export function totalLength(ranges: readonly Range[]): number {
  let sum = 0;
  for (const r of ranges) sum += r.end - r.start;
  return sum;
}

/** The parts of merged `ranges` inside [from, to). */
export function clipRanges(ranges: readonly Range[], from: number, to: number): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const start = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (end > start) out.push({ start, end });
  }
  return out;
}
