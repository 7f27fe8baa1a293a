import { boundedMemo } from './bounded-memo.js';

const SCHEME = /^https?:\/\//i;
// Any whitespace or control character anywhere: browsers strip some of them while parsing
// (`java\nscript:`), so a URL carrying one is refused outright rather than normalised.
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;

/**
 * True when `value` is an absolute http(s) URL that is safe to put in an `href` or `src`:
 * no `javascript:`/`data:` or other scheme in any case, no whitespace or control characters
 * that could split a scheme, no credentials.
 *
 * @example
 * ```ts
 * isSafeUrl('https://example.com/portfolio'); // true
 * isSafeUrl('JaVaScRiPt:alert(1)');           // false
 * ```
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  if (UNSAFE_CHARS.test(value) || !SCHEME.test(value)) return false;
  return parsesSafely(value);
}

// The URL parser's verdict, remembered per string: a feed names the same few company sites and
// logos on every item, and each card checks its links on every render.
const parsesSafely = boundedMemo(500, (value) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.hostname !== '';
});

/** Returns `value` when it is a safe http(s) URL, otherwise `undefined`. For rendering. */
export function safeUrl(value: unknown): string | undefined {
  return isSafeUrl(value) ? value : undefined;
}
