import { MiInputError } from '../errors/mi-input-error.js';

/**
 * A fresh random `Idempotency-Key` (a version 4 UUID). `crypto.randomUUID` exists only in secure
 * contexts, and a careers page may still be served over plain http, so the key falls back to
 * `crypto.getRandomValues`, which every browser, worker and Node exposes.
 *
 * @example
 * ```ts
 * const key = newIdempotencyKey(); // "3b241101-e2bb-4255-8caf-4136c566a962"
 * ```
 */
export function newIdempotencyKey(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The key a write should carry: the caller's own, a new one when none was given, or none at all
 * when the caller passed `false` (the request is then never retried).
 *
 * @example
 * ```ts
 * resolveIdempotencyKey(undefined); // a new UUID
 * resolveIdempotencyKey('order-42'); // "order-42"
 * resolveIdempotencyKey(false);      // undefined
 * ```
 */
export function resolveIdempotencyKey(given: string | false | undefined): string | undefined {
  if (given === false) return undefined;
  if (given === undefined) return newIdempotencyKey();
  // The key travels in a header; servers commonly cap it at 255 characters.
  if (typeof given !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(given)) {
    throw new MiInputError('Invalid idempotency key (1–255 visible ASCII characters)', [
      { path: 'idempotencyKey', message: 'Must be 1–255 visible ASCII characters' },
    ]);
  }
  return given;
}
