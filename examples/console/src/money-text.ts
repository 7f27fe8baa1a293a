// Amounts as the console's forms (the gig form's pay, the settings' hourly floor) show and read them: major units in the console's language ("25.50",
// "25,50"), no currency sign (the currency has its own select), converted to and from the
// model's integer minor units without a float in between.
import { currencyDigits, parseMoney, type Money } from '@microintern/core';

/** Why a typed amount could not be read. */
export type AmountProblem = 'required' | 'unreadable' | 'decimals';

/** A typed amount, read: the money, or why not. */
export type AmountReading = { money: Money } | { problem: AmountProblem; digits: number };

const marks = new Map<string, string>();

/** The decimal mark of `locale` ("." in English, "," in Spanish). */
export function decimalMark(locale: string): string {
  let mark = marks.get(locale);
  if (mark === undefined) {
    mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    marks.set(locale, mark);
  }
  return mark;
}

/**
 * `money` as the form's text: whole amounts without decimals, others with all of the
 * currency's minor digits, the locale's decimal mark and no grouping, so that
 * {@link readAmount} reads back exactly the same amount.
 *
 * @example
 * ```ts
 * amountText({ amount: 2550, currency: 'USD' }, 'en-US'); // '25.50'
 * amountText({ amount: 2500, currency: 'USD' }, 'es');    // '25'
 * amountText({ amount: 1234, currency: 'JPY' }, 'en-US'); // '1234'
 * ```
 */
export function amountText(money: Money, locale: string): string {
  const digits = currencyDigits(money.currency);
  const text = String(money.amount).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return /[1-9]/.test(fraction) ? `${whole}${decimalMark(locale)}${fraction}` : whole;
}

/**
 * Reads an amount typed in major units with core's `parseMoney`, in the console's language
 * first ("1.250,50" in Spanish) and then as plain digits with a point ("25.50"), which is what
 * people type whatever language the page is in. A currency sign may be typed or not.
 *
 * @example
 * ```ts
 * readAmount('25.50', 'USD', 'es');  // { money: { amount: 2550, currency: 'USD' } }
 * readAmount('25,50', 'USD', 'es');  // { money: { amount: 2550, currency: 'USD' } }
 * readAmount('12.345', 'USD', 'en-US'); // { problem: 'decimals', digits: 2 }
 * ```
 */
export function readAmount(text: string, currency: string, locale: string): AmountReading {
  const digits = currencyDigits(currency);
  const typed = text.trim();
  if (typed === '') return { problem: 'required', digits };
  for (const attempt of new Set([locale, 'en-US'])) {
    try {
      return { money: parseMoney(typed, currency, { locale: attempt }) };
    } catch {
      // Next reading; the problem is named below.
    }
  }
  const fraction = /[.,](\d+)$/.exec(typed)?.[1];
  return { problem: fraction !== undefined && fraction.length > digits ? 'decimals' : 'unreadable', digits };
}
