// The settings form's values as text and back: the hourly floor's amount in the console's
// language ("15.50", "15,50"), read as the gig form reads amounts, and the lists the selects offer.
import type { Money } from '@microintern/core';
import { localeOf, type Catalog, type Lang } from '../locale.js';
import { amountText, readAmount } from '../money-text.js';

interface Messages {
  amount: string;
}

const messages: Catalog<Messages> = {
  en: { amount: 'Enter an amount of money, such as 15 or 15.50.' },
  es: { amount: 'Escribe una cantidad de dinero, como 15 o 15,50.' },
};

/**
 * A floor's amount as the form shows it: the console's one amount text ({@link amountText}).
 *
 * @example
 * ```ts
 * floorText({ amount: 1550, currency: 'EUR' }, 'es'); // '15,50'
 * floorText({ amount: 1500, currency: 'USD' }, 'en'); // '15'
 * ```
 */
export function floorText(floor: Money, lang: Lang): string {
  return amountText(floor, localeOf(lang));
}

/**
 * Reads the floor typed in the form, in the console's language, as the gig form reads amounts.
 *
 * @example
 * ```ts
 * readFloor('15,50', 'EUR', 'es'); // { floor: { amount: 1550, currency: 'EUR' } }
 * readFloor('lots', 'USD', 'en');  // { error: 'Enter an amount of money, such as 15 or 15.50.' }
 * ```
 */
export function readFloor(text: string, currency: string, lang: Lang): { floor: Money } | { error: string } {
  const reading = readAmount(text, currency, localeOf(lang));
  return 'money' in reading ? { floor: reading.money } : { error: messages[lang].amount };
}

let currencies: readonly string[] | undefined;

/**
 * Every ISO 4217 currency this browser knows, with `include` in the list even if it does not.
 *
 * @example
 * ```ts
 * currencyChoices('USD').includes('EUR'); // true
 * ```
 */
export function currencyChoices(include: string): readonly string[] {
  currencies ??= Intl.supportedValuesOf('currency');
  return currencies.includes(include) ? currencies : [include, ...currencies].sort();
}
