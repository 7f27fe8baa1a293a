// Stable identifiers for postings that bring none of their own. Internal: used by
// fromJobPosting, with `slugify` from the models.

/**
 * A short, stable hash of `text` (32-bit FNV-1a over UTF-16 code units, as 8 hex digits), so the
 * same posting read twice gets the same id.
 */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
