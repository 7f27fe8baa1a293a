// The lists the gig form's selects offer: currencies and time zones, named in the console's
// language by Intl, with the gig's own value added when the list lacks it (a gig posted through
// the API in a currency this list does not name is still edited in that currency).

/** The currencies offered first; any other the gig already uses is added. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'MXN', 'BRL', 'ARS', 'CLP', 'COP', 'INR', 'JPY', 'CHF', 'SEK', 'ZAR'] as const;

/** One option of a select. */
export interface Choice {
  value: string;
  label: string;
}

const currencyNames = new Map<string, Intl.DisplayNames>();

/**
 * The currency options in `locale`, "US Dollar (USD)", with `current` among them.
 *
 * @example
 * ```ts
 * currencyChoices('es', 'PEN').at(-1); // { value: 'PEN', label: 'sol peruano (PEN)' }
 * ```
 */
export function currencyChoices(locale: string, current: string): Choice[] {
  let names = currencyNames.get(locale);
  if (!names) currencyNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'currency' })));
  const codes: string[] = [...CURRENCIES];
  if (current && !codes.includes(current)) codes.push(current);
  return codes.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));
}

let zones: string[] | undefined;

/**
 * Every IANA time zone this browser knows, `UTC` first, with `current` among them. The form's
 * select is the only user of the whole list, so it is built on first need and kept.
 *
 * @example
 * ```ts
 * zoneChoices('America/Chicago').includes('Europe/Madrid'); // true
 * ```
 */
export function zoneChoices(current: string): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return !current || zones.includes(current) ? zones : [current, ...zones];
}
