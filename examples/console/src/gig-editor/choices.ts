// The lists the gig form's selects offer: currencies and time zones, named in the console's
// language by Intl, with the gig's own value added when the list lacks it (a gig posted through
// the API in a currency this list does not name is still edited in that currency).

import { timeZoneChoices, zoneLabel } from '@microintern/widgets/components/availability-picker/picker-zones.js';

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

/**
 * Every IANA time zone this browser knows (the widgets' own list), `UTC` first, with `current`
 * among them.
 *
 * @example
 * ```ts
 * zoneChoices('America/Chicago').includes('Europe/Madrid'); // true
 * ```
 */
export function zoneChoices(current: string): string[] {
  return ['UTC', ...timeZoneChoices(current || 'UTC').filter((zone) => zone !== 'UTC')];
}

let zoneMemo: { current: string; options: readonly Choice[] } | undefined;

/**
 * The zone select's options, labelled for reading: the same array for as long as `current`
 * stays, so the select's four hundred options are not rebuilt on every keystroke.
 *
 * @example
 * ```ts
 * zoneOptions('America/New_York') === zoneOptions('America/New_York'); // true
 * ```
 */
export function zoneOptions(current: string): readonly Choice[] {
  if (zoneMemo?.current !== current) zoneMemo = { current, options: zoneChoices(current).map((zone) => ({ value: zone, label: zoneLabel(zone) })) };
  return zoneMemo.options;
}
