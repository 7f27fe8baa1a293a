// "Closes in" for the gigs table: a gig's application deadline relative to now, in the
// console's language, through Intl.RelativeTimeFormat.
import { localeOf, type Catalog, type Lang } from '../locale.js';

/** What the "closes in" cell says. */
export interface ClosesIn {
  /** `none`: no deadline; `future`: still ahead; `passed`: already gone. */
  kind: 'none' | 'future' | 'passed';
  /** "in 3 days", "no deadline", "passed 2 hours ago". */
  text: string;
}

interface Messages {
  none: string;
  passed: (relative: string) => string;
}

const messages: Catalog<Messages> = {
  en: { none: 'no deadline', passed: (relative) => `passed ${relative}` },
  es: { none: 'sin fecha límite', passed: (relative) => `pasó ${relative}` },
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const formats = new Map<Lang, Intl.RelativeTimeFormat>();

/**
 * The time from `now` to `applyBy` in the largest unit that reads well: minutes under an hour,
 * hours under two days, days under two weeks, weeks under two months, then months. Rounded to
 * the nearest unit, never to "now" while time is left ("in 1 minute" at most).
 *
 * @example
 * ```ts
 * closesIn('2026-06-04T12:00:00Z', new Date('2026-06-01T12:00:00Z'), 'en'); // { kind: 'future', text: 'in 3 days' }
 * closesIn(undefined, new Date(), 'es');                                     // { kind: 'none', text: 'sin fecha límite' }
 * ```
 */
export function closesIn(applyBy: string | undefined, now: Date, lang: Lang): ClosesIn {
  const m = messages[lang];
  if (!applyBy) return { kind: 'none', text: m.none };
  const diff = Date.parse(applyBy) - now.getTime();
  const relative = relativeText(diff, lang);
  return diff > 0 ? { kind: 'future', text: relative } : { kind: 'passed', text: m.passed(relative) };
}

function relativeText(diff: number, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
    formats.set(lang, format);
  }
  const size = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  const [unit, length]: [Intl.RelativeTimeFormatUnit, number] =
    size < HOUR ? ['minute', MINUTE] : size < 2 * DAY ? ['hour', HOUR] : size < 14 * DAY ? ['day', DAY] : size < 60 * DAY ? ['week', 7 * DAY] : ['month', 30 * DAY];
  return format.format(sign * Math.max(1, Math.round(size / length)), unit);
}
