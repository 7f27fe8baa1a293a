import { MiHttpError } from '../errors/mi-http-error.js';
import { MiNetworkError } from '../errors/mi-network-error.js';
import { MiResponseError } from '../errors/mi-response-error.js';
import type { Problem } from '../models/problem.js';

/** The subset of `fetch` the feed needs; the global `fetch` and most wrappers fit it. */
export type FeedFetch = (request: Request) => Promise<Response>;

/** A feed document as fetched, with the request and response for error reports. */
export interface FetchedFeed {
  document: unknown;
  request: Request;
  response: Response;
}

// A server's own problem document says more than anything made up here, so it is used when the
// error response is one; otherwise a problem is made from the status.
async function problemOf(request: Request, response: Response): Promise<Problem> {
  const made: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: `GET ${request.url} answered ${response.status}; the feed could not be loaded`,
  };
  if (!/\bproblem\+json\b/i.test(response.headers.get('content-type') ?? '')) return made;
  try {
    // The schema is imported only for an error answer: a feed that loads needs no zod.
    const { Problem } = await import('../models/problem.js');
    const parsed = Problem.safeParse(JSON.parse(await response.clone().text()));
    return parsed.success ? parsed.data : made;
  } catch {
    return made;
  }
}

/**
 * Fetches and parses a JSON feed. An HTTP error status becomes {@link MiHttpError}, a failure to
 * connect {@link MiNetworkError}, a body that is not JSON {@link MiResponseError}; when `signal`
 * aborts, the promise rejects with its reason.
 *
 * @example
 * ```ts
 * const { document } = await fetchFeed(new URL('https://example.com/gigs.json'), fetch, signal);
 * ```
 */
export async function fetchFeed(url: URL, fetchFn: FeedFetch, signal?: AbortSignal): Promise<FetchedFeed> {
  signal?.throwIfAborted();
  const request = new Request(url, {
    method: 'GET',
    headers: { accept: 'application/json, application/ld+json;q=0.9' },
    ...(signal ? { signal } : {}),
  });
  let response: Response;
  try {
    response = await fetchFn(request);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new MiNetworkError(request, error);
  }
  if (!response.ok) {
    const problem = await problemOf(request, response);
    signal?.throwIfAborted();
    throw new MiHttpError(request, response, problem);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new MiNetworkError(request, error);
  }
  signal?.throwIfAborted();
  try {
    return { document: JSON.parse(text), request, response };
  } catch (error) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new MiResponseError(
      request,
      response,
      `The feed at ${request.url} is not JSON (${type}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
