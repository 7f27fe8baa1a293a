// Letters that do not decompose into a base letter plus accents under NFKD.
const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/**
 * A URL slug (the {@link Slug} format) from any text: lowercase ASCII words joined by single
 * hyphens, accents folded ("Café" → "cafe", "Größe" → "grosse"), at most `maxLength` characters,
 * cut at a word boundary. Other scripts drop out, so the result may be empty: callers choose
 * their own fallback.
 *
 * @example
 * ```ts
 * slugify('Café menu redesign — weekend!'); // "cafe-menu-redesign-weekend"
 * slugify('日本語') || 'project';             // "project"
 * ```
 */
export function slugify(text: string, maxLength = 80): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (ch) => FOLDS[ch] ?? ch)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  return slug || (words[0]?.slice(0, maxLength) ?? '');
}
