// Argument checks shared by the time helpers. Each turns a bad argument into an MiInputError
// with a message a developer can act on, so no helper ever returns NaN or an Invalid Date.
// Internal: not re-exported.

import { describeValue } from '../errors/describe-value.js';
import { MiInputError } from '../errors/mi-input-error.js';
import { isTimeZone } from '../models/time-zone.js';
import { daysFromCivil, MS_PER_DAY } from './civil.js';

// Intl prints years before 1 with an era and `Date` ends in 275760, so instants are kept to
// years 1–9999 with a day of margin for the widest UTC offsets.
export const MIN_INSTANT = daysFromCivil(1, 1, 2) * MS_PER_DAY;
export const MAX_INSTANT = daysFromCivil(9999, 12, 31) * MS_PER_DAY;

function fail(path: string, message: string): never {
  throw new MiInputError(`${path}: ${message}`, [{ path, message }]);
}


/** Epoch milliseconds of a valid `Date` between years 1 and 9999. */
export function requireInstant(value: unknown, path: string): number {
  if (!(value instanceof Date) || !Number.isFinite(value.getTime())) {
    fail(path, `Must be a valid Date, got ${describeValue(value)}`);
  }
  const time = value.getTime();
  if (time < MIN_INSTANT || time > MAX_INSTANT) fail(path, 'Must be between the years 1 and 9999');
  return time;
}

/** An IANA time zone name this runtime's Intl knows. */
export function requireTimeZone(value: unknown, path = 'timeZone'): string {
  if (!isTimeZone(value)) {
    fail(path, `Must be an IANA time zone such as America/New_York, got ${describeValue(value)}`);
  }
  return value;
}

/** A BCP 47 locale tag, canonicalised; `undefined` stays `undefined` (the caller's default). */
export function requireLocale(value: unknown, path = 'locale'): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') fail(path, `Must be a locale tag such as en or es-MX, got ${describeValue(value)}`);
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return fail(path, `Must be a locale tag such as en or es-MX, got ${describeValue(value)}`);
  }
}

/** An options bag: `undefined` or a plain object. */
export function requireOptions(value: unknown, path = 'options'): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, `Must be an object, got ${describeValue(value)}`);
  return value as Record<string, unknown>;
}
