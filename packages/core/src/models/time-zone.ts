import * as z from 'zod/mini';
import { boundedMemo } from './bounded-memo.js';

// The zones `Intl` lists. Building the set is cheap (about 2 ms once); the first
// `Intl.DateTimeFormat` of a page costs several times that, so a listed name skips it. Names the
// list leaves out (aliases such as `US/Eastern`, and `UTC` in some engines) still get the
// constructor test.
let listed: Set<string> | undefined;
function listedZones(): Set<string> {
  if (!listed) {
    try {
      listed = new Set(Intl.supportedValuesOf('timeZone'));
    } catch {
      listed = new Set();
    }
  }
  return listed;
}

/**
 * True when `name` is an IANA time zone this runtime's `Intl` knows (`Europe/London`, `UTC`).
 * Offsets such as `+02:00` and abbreviations such as `EST` are refused: they do not follow
 * daylight-saving rules.
 */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return false;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  return knownZone(name);
}

// The verdict for a well-formed name, remembered per name.
const knownZone = boundedMemo(1000, (name) => {
  try {
    if (!listedZones().has(name)) new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name === 'UTC' || name.includes('/');
  } catch {
    return false;
  }
});

/** An IANA time zone name. */
export const TimeZone = z.string().check(z.refine(isTimeZone, { message: 'Must be an IANA time zone such as America/New_York' }));
