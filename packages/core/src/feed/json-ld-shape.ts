// Whether a node is a schema.org JobPosting: all the feed reader needs to know of JSON-LD
// before it imports the reader itself (read-json-ld.ts), which comes with zod.

function typeMatches(type: unknown): boolean {
  // Compacted (`JobPosting`), prefixed (`schema:JobPosting`) and expanded
  // (`https://schema.org/JobPosting`) forms all occur in pages found in the wild.
  return typeof type === 'string' && (type === 'JobPosting' || /[/:#]JobPosting$/.test(type));
}

/**
 * True when `value` is a JSON-LD node whose `@type` is, or includes, schema.org `JobPosting`.
 *
 * @example
 * ```ts
 * isJobPosting({ '@type': ['JobPosting', 'Thing'] }); // true
 * ```
 */
export function isJobPosting(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const type = (value as { '@type'?: unknown })['@type'];
  return Array.isArray(type) ? type.some(typeMatches) : typeMatches(type);
}
