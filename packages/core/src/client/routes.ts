import { MiInputError } from '../errors/mi-input-error.js';
import { SEGMENT, type ResolvedOptions } from './options.js';

/**
 * Resolves an API route under the client's base URL. Every segment is checked and encoded, so an
 * id such as `../admin` can never walk out of the route; parameters are sorted, so the same query
 * always makes the same URL (one `ETag` cache entry, one CDN object).
 *
 * @example
 * ```ts
 * route(new URL('https://api.example.com/'), ['v1', 'companies', 'acme', 'projects'], new URLSearchParams('limit=5'));
 * // https://api.example.com/v1/companies/acme/projects?limit=5
 * ```
 */
export function route(baseUrl: URL, segments: readonly string[], params?: URLSearchParams): URL {
  const url = new URL(segments.map((s) => encodeURIComponent(s)).join('/'), baseUrl);
  if (params) {
    const sorted = new URLSearchParams(params);
    sorted.sort();
    url.search = sorted.toString();
  }
  return url;
}

/**
 * Checks an id or slug taken from the caller before it becomes part of a URL.
 *
 * @example
 * ```ts
 * checkSegment('clean-a-survey', 'idOrSlug'); // "clean-a-survey"
 * checkSegment('a/b', 'idOrSlug');            // throws MiInputError
 * ```
 */
export function checkSegment(value: unknown, path: string): string {
  if (typeof value === 'string' && SEGMENT.test(value)) return value;
  throw new MiInputError(`Invalid ${path} (must be an id or slug: letters, digits, _ or -)`, [
    { path, message: 'Must be an id or slug: 1–80 letters, digits, _ or -' },
  ]);
}

/**
 * The collection of projects a client reads: one company's, or every company's.
 *
 * @example
 * ```ts
 * projectsPath('acme');    // ['v1', 'companies', 'acme', 'projects']
 * projectsPath(undefined); // ['v1', 'projects']
 * ```
 */
export function projectsPath(company: string | undefined): string[] {
  return company ? ['v1', 'companies', company, 'projects'] : ['v1', 'projects'];
}

/**
 * The company of a client that may call secret-key methods. Those act on one company's data,
 * so both `company` and `key` must be set; without them nothing is sent.
 *
 * @example
 * ```ts
 * const company = requireSecret(options, 'projects.create');
 * ```
 */
export function requireSecret(options: ResolvedOptions, method: string): string {
  const missing = [!options.company && 'company', !options.key && 'key'].filter((m): m is string => Boolean(m));
  if (!missing.length && options.company) return options.company;
  throw new MiInputError(
    `${method} needs a client created with ${missing.map((m) => `\`${m}\``).join(' and ')} (a secret key, server side only)`,
    missing.map((path) => ({ path, message: `Required for ${method}` })),
  );
}
