// Internal helpers shared by the rate formatters: locale checks, cached formatters and the
// range joiner. Not re-exported from the package index.
import { MiInputError } from '../errors/mi-input-error.js';

/** The locale used when a caller passes none: fixed, so output never depends on the host machine. */
export const DEFAULT_LOCALE = 'en-US';

/** The en dash used between the two ends of every range. */
export const RANGE_DASH = '–';

const canonical = new Map<string, string>();

/**
 * Checks a BCP 47 tag and returns its canonical form. A missing locale means
 * {@link DEFAULT_LOCALE}, never the runtime's default, so tests and server renders agree.
 */
export function resolveLocale(locale: unknown): string {
  if (locale === undefined) return DEFAULT_LOCALE;
  if (typeof locale !== 'string' || locale.trim() === '') {
    throw new MiInputError('Locale must be a BCP 47 language tag such as "en-US"', [{ path: 'locale', message: 'Must be a language tag' }]);
  }
  let tag = canonical.get(locale);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(locale)[0];
    } catch {
      tag = undefined;
    }
    if (!tag) {
      throw new MiInputError(`Unknown locale ${JSON.stringify(locale)}: use a BCP 47 tag such as "en-US"`, [
        { path: 'locale', message: 'Must be a language tag' },
      ]);
    }
    canonical.set(locale, tag);
  }
  return tag;
}

const languages = new Map<string, string>();

/** The language subtag of a canonical locale (`es` for `es-MX`). */
export function languageOf(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) languages.set(locale, (language = new Intl.Locale(locale).language));
  return language;
}

// Every formatter built so far, by kind, locale and options. Building an `Intl` formatter costs
// far more than using it (the first one of a page loads the locale's data: tens of
// milliseconds), and a board formats the same few patterns for every card. Callers pass options
// written the same way each time, so the JSON key stays small and stable.
const formatters = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, build: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (format === undefined) formatters.set(key, (format = build()));
  return format;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** A cached `Intl.PluralRules`. */
export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

/** A cached `Intl.ListFormat`. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options));
}

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

function split(parts: readonly Intl.NumberFormatPart[]): { before: string; number: string; after: string } {
  const first = parts.findIndex((p) => NUMERIC.has(p.type));
  let last = first;
  for (let i = parts.length - 1; i >= 0; i--) {
    if (NUMERIC.has(parts[i]!.type)) {
      last = i;
      break;
    }
  }
  const text = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
  return { before: text(0, first), number: text(first, last + 1), after: text(last + 1, parts.length) };
}

/**
 * Formats `start`–`end` with one currency symbol or unit word: "$15–25", "15–25 US$",
 * "4–6 hours". `Intl.NumberFormat#formatRange` is not used because ICU repeats prefix symbols
 * ("$15 – $25") and uses a hyphen in some locales; here the affixes come from the end value
 * (whose plural form the range takes, "1–2 hours") and the dash is always an en dash.
 */
export function formatRangeParts(format: Intl.NumberFormat, start: `${number}` | number, end: `${number}` | number): string {
  const a = split(format.formatToParts(start));
  const b = split(format.formatToParts(end));
  if (a.number === b.number) return b.before + b.number + b.after;
  return b.before + a.number + RANGE_DASH + b.number + b.after;
}

/** Throws unless `options` is undefined or a plain object; returns it as a record to read. */
export function optionsRecord(options: unknown, what: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new MiInputError(`${what} options must be an object`);
  }
  return options as Record<string, unknown>;
}

/** The currency display styles `Intl` supports. */
export type CurrencyDisplay = 'symbol' | 'narrowSymbol' | 'code' | 'name';
const DISPLAYS: readonly string[] = ['symbol', 'narrowSymbol', 'code', 'name'];

/** Checks an optional `currencyDisplay` option. */
export function readCurrencyDisplay(value: unknown): CurrencyDisplay {
  if (value === undefined) return 'symbol';
  if (typeof value !== 'string' || !DISPLAYS.includes(value)) {
    throw new MiInputError(`currencyDisplay must be one of: ${DISPLAYS.join(', ')}`, [
      { path: 'currencyDisplay', message: `Must be one of: ${DISPLAYS.join(', ')}` },
    ]);
  }
  return value as CurrencyDisplay;
}

/** Checked, resolved formatting options. Internal. */
export interface ResolvedMoneyOptions {
  locale: string;
  currencyDisplay: CurrencyDisplay;
  compact: boolean;
}

/** Validates `FormatMoneyOptions`; internal, shared with the other formatters. */
export function resolveMoneyOptions(options: unknown, what: string): ResolvedMoneyOptions {
  const record = optionsRecord(options, what);
  const compact = record['compact'];
  if (compact !== undefined && typeof compact !== 'boolean') {
    throw new MiInputError(`${what}: compact must be true or false`, [{ path: 'compact', message: 'Must be true or false' }]);
  }
  return {
    locale: resolveLocale(record['locale']),
    currencyDisplay: readCurrencyDisplay(record['currencyDisplay']),
    compact: compact === true,
  };
}

/** The cached currency formatter for exactly `fractionDigits` digits. Internal. */
export function moneyFormat(options: ResolvedMoneyOptions, currency: string, fractionDigits: number): Intl.NumberFormat {
  return numberFormat(options.locale, {
    style: 'currency',
    currency,
    currencyDisplay: options.currencyDisplay,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

