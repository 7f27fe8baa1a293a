import { isTimeZone, utcToZoned } from '@microintern/core';

let zones: readonly string[] | undefined;
let own: string | undefined;

/**
 * The reader's own IANA time zone, or `UTC` when the browser reports something core does not
 * accept (an offset such as `+02:00`, or nothing). Read once per page: building the
 * `Intl.DateTimeFormat` that reports it costs milliseconds, and the picker asks on every render.
 */
export function browserTimeZone(): string {
  if (own === undefined) {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    own = isTimeZone(zone) ? zone : 'UTC';
  }
  return own;
}

/**
 * Every IANA zone this browser knows, sorted, with `include` added when the list lacks it (a
 * browser reporting `UTC` or a legacy alias as its own zone must still find it selected).
 *
 * @example
 * ```ts
 * timeZoneChoices('Europe/London').includes('Asia/Tokyo'); // true
 * ```
 */
export function timeZoneChoices(include: string): readonly string[] {
  if (!zones) {
    const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf;
    zones = supported ? supported('timeZone') : ['UTC'];
  }
  return zones.includes(include) ? zones : [include, ...zones];
}

/** A zone name as people read it: `America/New_York` → "America/New York". */
export function zoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ');
}

/**
 * How many hours `other` is ahead of `mine` at `at` (negative: behind), to the quarter hour.
 * Read at a real instant, because the gap between two zones changes for a few weeks a year
 * when their daylight-saving dates differ.
 *
 * @example
 * ```ts
 * zoneGapHours('Europe/London', 'America/New_York', new Date('2026-07-01T12:00:00Z')); // -5
 * ```
 */
export function zoneGapHours(mine: string, other: string, at: Date): number {
  const gap = utcToZoned(at, other).offsetMinutes - utcToZoned(at, mine).offsetMinutes;
  return Math.round(gap / 15) / 4;
}
