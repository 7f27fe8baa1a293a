/**
 * A short, safe phrase for a bad argument in an error message: never the whole value (a long
 * string is cut at 40 characters), never a bare "undefined" or "NaN". Internal.
 *
 * @example
 * ```ts
 * describeValue('usd');   // 'the string "usd"'
 * describeValue(NaN);     // 'a number that is not finite'
 * describeValue(undefined); // 'nothing'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return 'a Date that is not valid';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite';
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
