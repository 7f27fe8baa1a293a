import * as z from 'zod/mini';

// Verdicts by name. Bounded: a hostile feed full of made-up names cannot grow it for ever.
const known = new Map<string, boolean>();
const MAX_KNOWN = 1000;

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
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      if (!listedZones().has(name)) new Intl.DateTimeFormat('en-US', { timeZone: name });
      ok = name === 'UTC' || name.includes('/');
    } catch {
      ok = false;
    }
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(name, ok);
  }
  return ok;
}

/** An IANA time zone name. */
export const TimeZone = z.string().check(z.refine(isTimeZone, { message: 'Must be an IANA time zone such as America/New_York' }));
