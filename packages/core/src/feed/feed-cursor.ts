import { MiInputError } from '../errors/mi-input-error.js';

const FOREIGN = 'Invalid cursor: the cursor does not belong to this query; start again without a cursor';

// FNV-1a, 32 bits. Not a security measure (anyone can compute it): it only lets the feed tell a
// cursor from another query, or one that was edited by hand, from a good one.
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// The offset is part of the hash as well as the query, so changing either half of a cursor is
// noticed rather than silently jumping to another page.
function check(offset: number, queryKey: string): string {
  return fnv1a(`${queryKey}\u0000${offset}`);
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/**
 * An opaque cursor for the page starting at `offset` of the query whose canonical key is
 * `queryKey`: base64url of `{"o":offset,"h":hash}`.
 *
 * @example
 * ```ts
 * const next = encodeFeedCursor(20, feedQueryKey(query));
 * ```
 */
export function encodeFeedCursor(offset: number, queryKey: string): string {
  return toBase64Url(JSON.stringify({ o: offset, h: check(offset, queryKey) }));
}

/**
 * The offset a cursor points at. Throws {@link MiInputError} when the cursor was made for another
 * query, was edited, or is not a feed cursor at all.
 *
 * @example
 * ```ts
 * const offset = query.cursor === undefined ? 0 : decodeFeedCursor(query.cursor, feedQueryKey(query));
 * ```
 */
export function decodeFeedCursor(cursor: string, queryKey: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw new MiInputError(FOREIGN, [{ path: 'cursor', message: 'Not a cursor this feed issued' }]);
  }
  const { o, h } = (parsed ?? {}) as { o?: unknown; h?: unknown };
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0 || h !== check(o, queryKey)) {
    throw new MiInputError(FOREIGN, [{ path: 'cursor', message: 'Does not belong to this query' }]);
  }
  return o;
}
