/** The most words of a search that reach the index; the rest are ignored. */
export const MAX_SEARCH_TERMS = 12;

/**
 * Turns what a person typed into an FTS5 `MATCH` expression that can only ever mean "every word,
 * as a prefix". Words are runs of letters and digits; each is wrapped in double quotes (with any
 * quote doubled, although none survive the split) and followed by `*`, so operators a user
 * types (`OR`, `NEAR(`, `*`, `"`, `-`, `col:`) are searched for as plain words or dropped.
 * Returns `undefined` when nothing searchable is left, and the caller then does not search.
 *
 * The expression is still passed as a bound parameter, never spliced into SQL.
 *
 * @example
 * ```ts
 * ftsMatchExpression('pricing NEAR(scan'); // '"pricing"* "NEAR"* "scan"*'
 * ftsMatchExpression('" * -');             // undefined
 * ```
 */
export function ftsMatchExpression(text: string): string | undefined {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  return words
    .slice(0, MAX_SEARCH_TERMS)
    .map((word) => `"${word.replaceAll('"', '""')}"*`)
    .join(' ');
}

/**
 * The same search as {@link ftsMatchExpression} for PostgreSQL: a `to_tsquery` text in which
 * every word is a quoted prefix lexeme (`'pricing':* & 'scan':*`), so nothing a person types is
 * read as tsquery syntax, with accents folded (`Café` → `cafe`). Passed as a bound parameter to
 * `to_tsquery('simple', …)`.
 *
 * @example
 * ```ts
 * tsQueryExpression('Pricing & scan!'); // "'pricing':* & 'scan':*"
 * ```
 */
export function tsQueryExpression(text: string): string | undefined {
  // Accents folded the way the stored tsvector folds them (postgres-migrations.ts).
  const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC').toLowerCase();
  const words = folded.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  return words
    .slice(0, MAX_SEARCH_TERMS)
    .map((word) => `'${word.replaceAll("'", "''")}':*`)
    .join(' & ');
}
