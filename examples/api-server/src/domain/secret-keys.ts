import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomToken } from './ids.js';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `sk_live_` or `sk_test_` followed by 32 base-62 characters (about 190 bits). */
export const SECRET_KEY_PATTERN = /^sk_(live|test)_[0-9A-Za-z]{32}$/;

/** A freshly made secret key: show `secret` once, store only `hash` and `prefix`. */
export interface NewSecretKey {
  secret: string;
  hash: string;
  prefix: string;
  mode: 'live' | 'test';
}

/**
 * Makes a secret key. The random part is long enough that a plain SHA-256 is a safe way to
 * store it (a slow password hash is for guessable secrets; nobody can brute-force 190 bits), and
 * a fast hash lets every request be authenticated with one indexed lookup.
 *
 * @example
 * ```ts
 * const { secret, hash } = generateSecretKey('live'); // secret: "sk_live_…", print once
 * ```
 */
export function generateSecretKey(mode: 'live' | 'test'): NewSecretKey {
  const secret = `sk_${mode}_${randomToken(32, BASE62)}`;
  return { secret, hash: hashSecretKey(secret), prefix: secret.slice(0, 12), mode };
}

/** Hex SHA-256 of a key, as stored. */
export function hashSecretKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Compares two hex hashes in constant time, so the time taken says nothing about how many
 * leading characters matched.
 */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A random 32-byte secret as base64url, for the cursor HMAC key. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
