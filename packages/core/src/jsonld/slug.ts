// Stable identifiers for postings that bring none of their own. Internal: used by
// fromJobPosting.

/**
 * Lower-case ASCII words joined by single hyphens, at most `max` characters, cut at a hyphen.
 * Accents are folded ("Café" → "cafe"); other scripts drop out, so the result may be empty.
 */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

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
