// The patterns the schemas check strings against, in one place so the schemas and the quick
// project reader (project-quick.ts) test exactly the same thing. Not exported from the package.

/** An identifier: 1–64 letters, digits, `_` or `-`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** A slug: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An ISO 4217 currency code. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** An ISO 3166-1 alpha-2 country code. */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;
/** An ISO 3166-1 alpha-2 country code in either case, as `remote.countries` takes it (`us` is `US`). */
export const ANY_CASE_COUNTRY_PATTERN = /^[A-Za-z]{2}$/;
/** An ISO 8601 duration made of years, months, weeks, days and time parts. */
export const DURATION_PATTERN = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
/**
 * An ISO 8601 date and time with seconds and a `Z` or `±hh:mm` offset: the pattern zod builds
 * for `isoDateTime()` (zod's `datetime({ offset: true })`), copied so the quick project reader
 * needs no zod. A test checks the copy against zod's own.
 */
export const DATE_TIME_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
/** The secret of an applicant's status link: `st_` and 32 base-62 characters (about 190 bits). */
export const STATUS_TOKEN_PATTERN = /^st_[0-9A-Za-z]{32}$/;
