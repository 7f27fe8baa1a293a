import { isStatusToken } from '@microintern/core';
import { sha256Hex } from './canonical-json.js';
import { randomToken } from './ids.js';
import { BASE62, hashesEqual } from './secret-keys.js';

/** A status link's secret: show `token` once (in the receipt), store only `hash`. */
export interface NewStatusToken {
  token: string;
  hash: string;
}

/**
 * Makes the secret of an applicant's status link: `st_` and 32 base-62 characters, about 190
 * bits (the issue asks for at least 128). Like a secret key it is random enough that a plain
 * SHA-256 is a safe way to store it, and it is never stored itself: a leaked database does not
 * reveal anyone's link.
 *
 * @example
 * ```ts
 * const { token, hash } = generateStatusToken(); // token: "st_…", in the receipt only
 * ```
 */
export function generateStatusToken(): NewStatusToken {
  const token = `st_${randomToken(32, BASE62)}`;
  return { token, hash: sha256Hex(token) };
}

/**
 * Whether `token` is the one whose hash is `storedHash`, in constant time. A token that is not
 * even well formed (truncated, forged by hand) is hashed and compared all the same, so the time
 * taken says nothing about why it failed.
 */
export function statusTokenMatches(token: string | undefined, storedHash: string | null | undefined): boolean {
  const hash = sha256Hex(token ?? '');
  const matches = hashesEqual(storedHash ?? '', hash);
  return matches && isStatusToken(token);
}
