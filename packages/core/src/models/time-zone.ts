import * as z from 'zod/mini';

const known = new Map<string, boolean>();

/**
 * True when `name` is an IANA time zone this runtime's `Intl` knows (`Europe/London`, `UTC`).
 * Offsets such as `+02:00` and abbreviations such as `EST` are refused: they do not follow
 * daylight-saving rules.
 */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      ok = name === 'UTC' || name.includes('/');
    } catch {
      ok = false;
    }
    known.set(name, ok);
  }
  return ok;
}

/** An IANA time zone name. */
export const TimeZone = z.string().check(z.refine(isTimeZone, { message: 'Must be an IANA time zone such as America/New_York' }));
