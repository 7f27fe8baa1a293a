const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

/**
 * A URL slug from a title: lowercase ASCII words joined by hyphens, accents folded, at most 60
 * characters, cut at a word boundary. Falls back to `project` when nothing is left.
 *
 * @example
 * ```ts
 * slugify('Café menu redesign — weekend!'); // "cafe-menu-redesign-weekend"
 * ```
 */
export function slugify(title: string, maxLength = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters that do not decompose into a base letter plus accents.
    .replace(/[ßæœøłđþ]/g, (ch) => FOLDS[ch] ?? ch)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || 'project';
}

/**
 * The candidates tried in turn when a company already uses a slug: `x`, `x-2`, `x-3`, …
 *
 * @example
 * ```ts
 * [...slugCandidates('logo-refresh', 3)]; // ["logo-refresh", "logo-refresh-2", "logo-refresh-3"]
 * ```
 */
export function* slugCandidates(base: string, attempts = 50): Generator<string> {
  yield base;
  for (let n = 2; n <= attempts; n++) {
    const suffix = `-${n}`;
    yield base.slice(0, 80 - suffix.length) + suffix;
  }
}
