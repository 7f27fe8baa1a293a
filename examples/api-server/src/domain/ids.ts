import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `count` random characters from [0-9a-z], without modulo bias. */
export function randomToken(count: number, alphabet = ALPHABET): string {
  let out = '';
  // 256 is not a multiple of 36 or 62, so bytes at or above the largest multiple are dropped.
  const limit = 256 - (256 % alphabet.length);
  while (out.length < count) {
    for (const byte of randomBytes(count * 2)) {
      if (byte < limit) out += alphabet[byte % alphabet.length];
      if (out.length === count) break;
    }
  }
  return out;
}

/**
 * A new random id with a type prefix: `p_…` for projects, `app_…` for applications.
 * 16 characters of base 36 are about 82 bits: collisions are not a practical concern.
 *
 * @example
 * ```ts
 * newId('app'); // "app_k3v9x0q2m7a1c8d4"
 * ```
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(16)}`;
}

/**
 * A stable id derived from a name, for seed data: the same input gives the same id on every
 * machine, so links to seeded gigs survive a reseed.
 *
 * @example
 * ```ts
 * stableId('p', 'forkful/competitor-pricing-scan'); // always the same "p_…"
 * ```
 */
export function stableId(prefix: string, name: string): string {
  const digest = createHash('sha256').update(name).digest();
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHABET[digest[i]! % ALPHABET.length];
  return `${prefix}_${out}`;
}
