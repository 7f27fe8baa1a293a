// The model's rules as plain code, for the paths that must not wait for zod: formatting a card
// (money, pay, effort) and the quick project reader. zod stays the one definition: property
// tests hold each reader here to its schema (same verdict, same output), and anything a reader
// refuses goes to the schema wherever the schema's own issues are wanted.
//
// Each reader returns a fresh value with the schema's keys in the schema's order, or throws a
// `CheckFailure` naming the first field that breaks a rule. Internal: not re-exported.
import { MiInputError } from '../errors/mi-input-error.js';
import type { Compensation } from './compensation.js';
import type { Effort } from './effort.js';
import type { Money } from './money.js';
import { CURRENCY_PATTERN } from './patterns.js';

/** The first broken rule a plain reader met. */
export class CheckFailure {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

export type Obj = Record<string, unknown>;

export function fail(path: string, message: string): never {
  throw new CheckFailure(path, message);
}

/** `path.key`, or `key` at the top. */
export function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

export function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'Must be an object');
  return value as Obj;
}

export function str(value: unknown, path: string, min: number, max: number, pattern?: RegExp, rule = 'the expected form'): string {
  if (typeof value !== 'string') fail(path, 'Must be text');
  if (value.length < min) fail(path, min === 1 ? 'Must not be empty' : `Must be at least ${min} characters`);
  if (value.length > max) fail(path, `Must be at most ${max} characters`);
  if (pattern && !pattern.test(value)) fail(path, `Must be ${rule}`);
  return value;
}

/** A finite number in [min, max], or in (min, max] when `fromIncluded` is false. */
export function num(value: unknown, path: string, min: number, max: number, fromIncluded: boolean): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'Must be a number');
  if (value > max || (fromIncluded ? value < min : value <= min)) {
    fail(path, `Must be ${fromIncluded ? 'at least' : 'more than'} ${min} and at most ${max}`);
  }
  return value;
}

export function int(value: unknown, path: string, min: number, max: number): number {
  if (!Number.isSafeInteger(value)) fail(path, 'Must be a whole number');
  if ((value as number) < min || (value as number) > max) fail(path, `Must be from ${min} to ${max}`);
  return value as number;
}

export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'Must be true or false');
  return value;
}

export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail(path, `Must be one of: ${allowed.join(', ')}`);
  return value as T;
}

export function list<T>(value: unknown, path: string, max: number, item: (v: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'Must be a list');
  if (value.length > max) fail(path, `Must have at most ${max} items`);
  // An index loop, not `map`: a hole in a sparse array must reach `item` as undefined, as zod sees it.
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) out.push(item(value[i], at(path, i)));
  return out;
}

/**
 * Copies the optional `key` of `source` into `out` through `read`, as zod writes optional keys:
 * an absent key stays absent, and a key that is present but `undefined` stays `undefined`.
 */
export function optional(source: Obj, out: Obj, key: string, path: string, read: (v: unknown, path: string) => unknown): void {
  if (!(key in source)) return;
  const value = source[key];
  out[key] = value === undefined ? undefined : read(value, at(path, key));
}

/** {@link Money}: an integer amount of minor units and an ISO 4217 code. */
export function readMoney(value: unknown, path: string): Money {
  const m = obj(value, path);
  return {
    amount: int(m['amount'], at(path, 'amount'), 0, 1_000_000_000_000),
    currency: str(m['currency'], at(path, 'currency'), 0, Infinity, CURRENCY_PATTERN, 'an ISO 4217 currency code such as USD'),
  };
}

/** {@link Compensation}: hourly (a rate or a range in one currency) or a fixed fee. */
export function readCompensation(value: unknown, path: string): Compensation {
  const c = obj(value, path);
  if (c['kind'] === 'fixed') return { kind: 'fixed', amount: readMoney(c['amount'], at(path, 'amount')) };
  if (c['kind'] !== 'hourly') fail(at(path, 'kind'), 'Must be hourly or fixed');
  const out: Obj = { kind: 'hourly', min: readMoney(c['min'], at(path, 'min')) };
  optional(c, out, 'max', path, readMoney);
  const min = out['min'] as Money;
  const max = out['max'] as Money | undefined;
  if (max && (max.currency !== min.currency || max.amount < min.amount)) {
    fail(at(path, 'max'), 'The top of the range must be in the same currency and not below the bottom');
  }
  return out as Compensation;
}

/** {@link Effort}: estimated hours, `0 < min ≤ max ≤ 2000`. */
export function readEffort(value: unknown, path: string): Effort {
  const e = obj(value, path);
  const out = { min: num(e['min'], at(path, 'min'), 0, 2000, false), max: num(e['max'], at(path, 'max'), 0, 2000, false) };
  if (out.max < out.min) fail(at(path, 'max'), 'max must not be below min');
  return out;
}

/**
 * Runs a plain reader on a public function's argument: its value, or an {@link MiInputError}
 * that names the field, worded like `parseOrThrow`'s.
 *
 * @example
 * ```ts
 * const comp = checkOrThrow(readCompensation, input, 'Invalid compensation');
 * ```
 */
export function checkOrThrow<T>(read: (value: unknown, path: string) => T, value: unknown, what: string): T {
  try {
    return read(value, '');
  } catch (error) {
    if (!(error instanceof CheckFailure)) throw error;
    throw new MiInputError(`${what} (${error.path ? `${error.path}: ` : ''}${error.message})`, [{ path: error.path, message: error.message }]);
  }
}
