import type { Stats } from 'node:fs';

/** For files whose name changes whenever their bytes do: keep them a year, never revalidate. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** For files that keep their name across builds: store them, but ask (ETag) before each reuse. */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

const BUILD_FOLDERS = new Set(['chunks', 'assets']);
const HASHED_NAME = /-[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9]+)+$/;

/**
 * Whether a URL path names a content-hashed build file, which can be cached for good because
 * the next build that changes it gives it a new name.
 *
 * The rule: the file sits in a `chunks/` or `assets/` folder (at any depth), where the widget
 * bundle's `chunkFileNames` and Vite's `build.assetsDir` write, and its name ends in `-` and 8
 * or more URL-safe characters (`A-Z a-z 0-9 _ -`, the alphabet of their `[hash]`) before its
 * extensions. The folder is part of the rule because a name alone cannot tell a hash from
 * words: `mi-project-board.js` passes the name test, so it is only trusted where bundlers write.
 * Entry files (`/cdn/mi-widgets.js`) and pages keep their names and are revalidated instead.
 *
 * @example
 * ```ts
 * isHashedAsset('/cdn/chunks/load-json-ld-KGo-RSo8.js'); // true
 * isHashedAsset('/react-app/assets/index-Dk3j2x9a.js.map'); // true
 * isHashedAsset('/cdn/mi-widgets.js'); // false: an entry file
 * isHashedAsset('/cdn/mi-widgets-Dk3j2x9a.js'); // false: not in a build folder
 * ```
 */
export function isHashedAsset(path: string): boolean {
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  return segments.some((segment) => BUILD_FOLDERS.has(segment)) && HASHED_NAME.test(name);
}

/**
 * A weak validator from the file's size and mtime: cheap (no read) and the same for every
 * encoding of the file, which is what weak means (the same content, not the same bytes).
 *
 * @example
 * ```ts
 * fileEtag(await stat('dist/cdn/mi-widgets.js')); // 'W/"5dah-mx7mdrl2"'
 * ```
 */
export function fileEtag(stats: Pick<Stats, 'size' | 'mtimeMs'>): string {
  return `W/"${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}"`;
}

/**
 * Whether an `If-None-Match` header names `etag` (or is `*`), compared weakly as RFC 9110
 * asks for GET and HEAD, so `W/"x"` and `"x"` match.
 *
 * @example
 * ```ts
 * etagMatches('"a", W/"5dah-mx7mdrl2"', 'W/"5dah-mx7mdrl2"'); // true
 * ```
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
