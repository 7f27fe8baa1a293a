// ISO 8601 durations (`P2W`, `P1M`, `P1DT12H`) as whole-number parts.
//
// Only the forms the Project model accepts (see `IsoDuration`): non-negative whole numbers of
// years, months, weeks, days, hours, minutes and seconds, in that order. Fractions (`P1.5W`)
// and negative durations are refused rather than half-supported: `P1.5M` has no calendar
// meaning a person would agree on.

import { MiInputError } from '../errors/mi-input-error.js';
import { describeValue } from '../errors/describe-value.js';

/** A duration's parts, each a whole number ≥ 0. Missing units are 0. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** The units in ISO 8601 order, with their designators. */
export const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
export const DATE_DESIGNATORS = { years: 'Y', months: 'M', weeks: 'W', days: 'D' } as const;
export const TIME_DESIGNATORS = { hours: 'H', minutes: 'M', seconds: 'S' } as const;

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
// Enough for every unit at Number.MAX_SAFE_INTEGER (what formatDuration can write), short enough
// that a pasted megabyte is refused before the regex sees it.
const MAX_LENGTH = 128;

/** Why `text` is not a duration we accept, in words a developer can act on. */
function reason(text: string): string {
  if (text.startsWith('-') || text.startsWith('+')) return 'Negative or signed durations are not supported';
  if (/\d[.,]\d/.test(text)) return 'Fractions are not supported; use a smaller unit (P10D rather than P1.5W)';
  if (text === 'P' || text === 'PT' || /T$/.test(text)) return 'A duration needs at least one number and unit after P (or after T)';
  if (/^p/.test(text) || /[a-z]/.test(text)) return 'Units must be upper case (P2W, not p2w)';
  return 'Must be an ISO 8601 duration such as P2W, P1M or P1DT12H';
}

/** {@link parseDuration} with the path to name in the error. Internal. */
export function readDuration(iso: unknown, path: string): DurationParts {
  const fail = (message: string): never => {
    throw new MiInputError(`${path ? `${path}: ` : ''}${message}`, [{ path, message }]);
  };
  if (typeof iso !== 'string') return fail(`A duration must be a string such as P2W, got ${describeValue(iso)}`);
  if (iso.length > MAX_LENGTH) return fail(`A duration must be at most ${MAX_LENGTH} characters`);
  const match = PATTERN.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return fail(`Invalid duration ${JSON.stringify(iso)}: ${reason(iso)}`);
  const parts = {} as DurationParts;
  DURATION_UNITS.forEach((unit, i) => {
    const digits = match[i + 1];
    const value = digits === undefined ? 0 : Number(digits);
    if (!Number.isSafeInteger(value)) fail(`Invalid duration ${JSON.stringify(iso)}: ${unit} is too large`);
    parts[unit] = value;
  });
  return parts;
}

/**
 * Parses an ISO 8601 duration into whole-number parts. Throws {@link MiInputError} for empty
 * (`P`, `PT`), negative, fractional or malformed input.
 *
 * @example
 * ```ts
 * parseDuration('P2W');    // { years: 0, months: 0, weeks: 2, days: 0, hours: 0, minutes: 0, seconds: 0 }
 * parseDuration('P1DT12H'); // { ..., days: 1, hours: 12, ... }
 * ```
 */
export function parseDuration(iso: string): DurationParts {
  return readDuration(iso, '');
}

