import { boundedMemo } from './bounded-memo.js';

/**
 * True when `name` is an IANA time zone this runtime's `Intl` knows (`Europe/London`, `UTC`).
 * Offsets such as `+02:00` and abbreviations such as `EST` are refused: they do not follow
 * daylight-saving rules.
 *
 * @example
 * ```ts
 * isTimeZone('America/Chicago'); // true
 * isTimeZone('Mars/Olympus');    // false
 * ```
 */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  return knownZone(name);
}

// The verdict for a well-formed name, remembered per name. `Intl.DateTimeFormat` refuses a zone
// it has no rules for, and checking one name this way costs a fraction of a millisecond, where
// listing every zone the runtime knows (`Intl.supportedValuesOf`) builds an array of ~420 names.
const knownZone = boundedMemo(1000, (name) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name === 'UTC' || name.includes('/');
  } catch {
    return false;
  }
});
