// The console's fetch. The API marks its public reads (a company's gigs, one gig) cacheable for
// 30 seconds, which is right for a careers page and wrong for the company that just posted or
// closed a gig: a browser would hand the console its cached list. So the console's requests
// skip the browser's HTTP cache altogether ("no-store"); core's own ETag cache still asks the
// server with If-None-Match, so an unchanged list costs an empty 304. The key stays in the
// Authorization header: nothing is added to any URL.
import type { FetchLike } from '@microintern/core';

/**
 * `fetch` with the browser's HTTP cache bypassed, for `createClient({ fetch })`.
 *
 * @example
 * ```ts
 * const mi = createClient({ baseUrl: location.origin, company, key, fetch: freshFetch });
 * ```
 */
export const freshFetch: FetchLike = (request) => globalThis.fetch(request, { cache: 'no-store' });
