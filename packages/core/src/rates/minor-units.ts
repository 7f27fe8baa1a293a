// Exact conversions between integer minor units and decimal text. Money never passes through a
// float division here, so 1850 cents is always "18.50", never "18.499999999999996".
// Internal: not re-exported from the package index.

/**
 * The decimal string of `amount` minor units with `digits` fraction digits:
 * (1234, 2) → "12.34", (5, 3) → "0.005", (1234, 0) → "1234".
 */
export function minorToDecimal(amount: number, digits: number): `${number}` {
  const text = String(amount).padStart(digits + 1, '0');
  return (digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`) as `${number}`;
}

/** `amount` minor units as a JavaScript number in major units (1850, 2 → 18.5). */
export function minorToMajor(amount: number, digits: number): number {
  // Parsing the exact decimal text gives the double nearest to the true value.
  return Number(minorToDecimal(amount, digits));
}

/** True when `amount` minor units make a whole number of major units. */
export function isWhole(amount: number, digits: number): boolean {
  return amount % 10 ** digits === 0;
}

/**
 * Major units (a number or a decimal string such as "18.50") to integer minor units, or
 * `undefined` when the value is not a finite, non-negative amount. Numbers are first rounded to
 * 15 significant digits so that 0.29 (stored as 0.28999…) becomes 29 cents, not 28.
 */
export function majorToMinor(value: unknown, digits: number): number | undefined {
  if (typeof value === 'string') {
    const match = /^\s*(\d{1,15})(?:\.(\d+))?\s*$/.exec(value);
    if (!match) return undefined;
    const fraction = (match[2] ?? '').padEnd(digits + 1, '0');
    const minor = Number(match[1]! + fraction.slice(0, digits));
    // Half up on the first dropped digit.
    return Number(fraction[digits]) >= 5 ? minor + 1 : minor;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  return Math.round(Number((value * 10 ** digits).toPrecision(15)));
}
