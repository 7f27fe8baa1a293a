// The gig's deadline as the form shows it: a `datetime-local` value read in the company's time
// zone (the console's setting), converted to and from the model's instant with core's zone
// helpers, correct across daylight-saving changes.
import { utcToZoned, zonedToUtc } from '@microintern/core';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * The `datetime-local` value for the instant `iso` in `timeZone`; seconds only when there are
 * some.
 *
 * @example
 * ```ts
 * applyByLocal('2026-03-20T22:00:00.000Z', 'America/Chicago'); // '2026-03-20T17:00'
 * ```
 */
export function applyByLocal(iso: string, timeZone: string): string {
  const t = utcToZoned(new Date(iso), timeZone);
  const date = `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)}`;
  return `${date}T${two(t.hour)}:${two(t.minute)}${t.second ? `:${two(t.second)}` : ''}`;
}

/**
 * The instant (ISO 8601, UTC) a `datetime-local` value means in `timeZone`, or `undefined`
 * when the text is not one. A time that daylight saving skips moves forward by the gap; one it
 * repeats is the earlier (core's `zonedToUtc`).
 *
 * @example
 * ```ts
 * applyByInstant('2026-03-20T17:00', 'America/Chicago'); // '2026-03-20T22:00:00.000Z'
 * ```
 */
export function applyByInstant(local: string, timeZone: string): string | undefined {
  const match = LOCAL.exec(local.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  try {
    return zonedToUtc({ year, month, day, hour, minute, second }, timeZone).toISOString();
  } catch {
    return undefined;
  }
}
