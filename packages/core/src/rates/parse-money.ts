import { MiInputError } from '../errors/mi-input-error.js';
import type { Money } from '../models/money.js';
import { checkOrThrow, readMoney } from '../models/plain-checks.js';
import { currencyDigits } from './currency-digits.js';
import { describeValue } from '../errors/describe-value.js';
import { numberFormat, optionsRecord, resolveLocale } from './intl-support.js';

/** Options for {@link parseMoney}. */
export interface ParseMoneyOptions {
  /** The locale the text was written in; defaults to `en-US`. */
  locale?: string;
}

/** What a locale's currency format looks like, learnt from `Intl` itself. */
interface Conventions {
  group: string;
  decimal: string;
  /** Locale digit → ASCII digit (empty for Latin digits). */
  digits: Map<string, string>;
  /** Every way the locale writes this currency (symbol, narrow symbol, code, names), longest first. */
  currencies: string[];
}

const DISPLAYS = ['symbol', 'narrowSymbol', 'code', 'name'] as const;
// Plural forms differ by count ("US dollar" / "US dollars", Arabic has six), so names are
// collected for one sample of each common plural category.
const SAMPLES = ['0', '1', '2', '3', '5', '11', '100', '1.5'] as const;
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /^[\s\u00a0\u202f\u2009\u2007]$/;
const APOSTROPHES = new Set(["'", '\u2019']);

const conventions = new Map<string, Conventions>();

function learn(locale: string, currency: string): Conventions {
  const key = `${locale}|${currency}`;
  const known = conventions.get(key);
  if (known) return known;
  // One forced fraction digit so that even zero-digit currencies reveal the decimal separator.
  const sample = numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const parts = sample.formatToParts('1234567.5');
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const numberingSystem = sample.resolvedOptions().numberingSystem;
  const plain = numberFormat(locale, { numberingSystem, useGrouping: false });
  const digits = new Map<string, string>();
  for (let d = 0; d <= 9; d++) {
    const local = plain.format(d);
    if (local !== String(d)) digits.set(local, String(d));
  }
  const names = new Set<string>([currency]);
  for (const currencyDisplay of DISPLAYS) {
    const format = numberFormat(locale, { style: 'currency', currency, currencyDisplay });
    for (const value of SAMPLES) {
      for (const part of format.formatToParts(value)) if (part.type === 'currency') names.add(part.value.replace(BIDI_MARKS, ''));
    }
  }
  const result = { group, decimal, digits, currencies: [...names].sort((a, b) => b.length - a.length) };
  conventions.set(key, result);
  return result;
}

function fail(text: string, currency: string, locale: string, why: string): never {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  throw new MiInputError(`Cannot read ${JSON.stringify(shown)} as an amount of ${currency} in ${locale}: ${why}`, [
    { path: 'text', message: why },
  ]);
}

function stripCurrency(text: string, names: readonly string[]): string {
  for (const name of names) {
    if (text.startsWith(name)) return text.slice(name.length).trim();
    if (text.endsWith(name)) return text.slice(0, -name.length).trim();
  }
  return text;
}

/**
 * Reads an amount written the way {@link formatMoney} writes it in `locale` ("$1,234.56",
 * "1.234,56 €", "١٢٫٣٤ US$") back into integer minor units. The group and decimal separators,
 * digits and currency symbols are learnt from `Intl` for that locale; the currency sign may be
 * left out, spaces may stand in for a space-like group separator, and grouping must be regular
 * (Western or Indian), so "1,23" is refused rather than guessed.
 *
 * @throws {MiInputError} for anything else: other currencies' signs, negative amounts, more
 * decimals than the currency has, stray characters, an unknown currency or locale.
 *
 * @example
 * ```ts
 * parseMoney('$12.34', 'USD');                        // { amount: 1234, currency: 'USD' }
 * parseMoney('1.234,56 €', 'EUR', { locale: 'de-DE' }); // { amount: 123456, currency: 'EUR' }
 * parseMoney('¥1,234', 'JPY');                        // { amount: 1234, currency: 'JPY' }
 * ```
 */
export function parseMoney(text: string, currency: string, options: ParseMoneyOptions = {}): Money {
  const digits = currencyDigits(currency);
  const locale = resolveLocale(optionsRecord(options, 'parseMoney')['locale']);
  if (typeof text !== 'string') {
    throw new MiInputError(`parseMoney needs text, not ${describeValue(text)}`, [
      { path: 'text', message: 'Must be text' },
    ]);
  }
  if (text.length > 100) fail(text, currency, locale, 'too long to be an amount');
  const rules = learn(locale, currency);
  let rest = stripCurrency(text.replace(BIDI_MARKS, '').trim(), rules.currencies);
  if (rest === '') fail(text, currency, locale, 'no digits');
  if (/[-\u2212]/.test(rest)) fail(text, currency, locale, 'amounts must not be negative');

  // Rewrite to ASCII with ',' for groups and '.' for the decimal mark, refusing anything else.
  const spaceGroup = SPACES.test(rules.group);
  const apostropheGroup = APOSTROPHES.has(rules.group);
  let ascii = '';
  for (const char of rest) {
    const digit = /[0-9]/.test(char) ? char : rules.digits.get(char);
    if (digit !== undefined) ascii += digit;
    else if (char === rules.decimal) ascii += '.';
    else if (char === rules.group || (spaceGroup && SPACES.test(char)) || (apostropheGroup && APOSTROPHES.has(char))) ascii += ',';
    else fail(text, currency, locale, `unexpected character ${JSON.stringify(char)}`);
  }
  rest = ascii;
  const match = /^(\d{1,3}(?:,\d{2,3})*,\d{3}|\d+)(?:\.(\d+))?$/.exec(rest);
  if (!match) fail(text, currency, locale, 'not a well-formed number');
  const whole = match[1]!.replaceAll(',', '');
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    fail(text, currency, locale, digits === 0 ? `${currency} has no minor units` : `${currency} has only ${digits} decimal places`);
  }
  if (whole.replace(/^0+/, '').length > 15) fail(text, currency, locale, 'amount is too large');
  const amount = Number(whole + fraction.padEnd(digits, '0'));
  return checkOrThrow(readMoney, { amount, currency }, 'Invalid amount');
}
