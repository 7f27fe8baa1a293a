import ky, { isHTTPError, isTimeoutError, type BeforeRetryHook, type Input, type KyInstance } from 'ky';
import { MiInputError } from '../errors/mi-input-error.js';
import { MiNetworkError } from '../errors/mi-network-error.js';
import { MiResponseError } from '../errors/mi-response-error.js';
import { MiTimeoutError } from '../errors/mi-timeout-error.js';
import { EtagCache } from './etag-cache.js';
import { toMiHttpError } from './http-error.js';
import type { FetchLike, ResolvedOptions } from './options.js';
import { callRetry, clientRetry } from './retry-policy.js';

/** A request and the response it got, for error reports and validation. */
export interface Exchange {
  request: Request;
  response: Response;
}

/** What {@link HttpTransport.send} resolves with. */
export interface Answer<T> {
  value: T;
  /** The last request sent and its response (a `304` when the value came from the `ETag` cache). */
  exchange: Exchange;
}

/** One call through {@link HttpTransport.send}. */
export interface HttpCall<T> {
  method: 'GET' | 'POST' | 'PATCH';
  url: URL;
  /** Sent as the JSON body. */
  json?: unknown;
  /** Sent as `Idempotency-Key`; a POST or PATCH is retried only when it has one. */
  idempotencyKey?: string | undefined;
  /** A bearer credential for this call only, in place of the client's `key` (a status link's token). */
  bearer?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Turns the parsed JSON of a 2xx answer into the result, or throws an `MiResponseError`. */
  read: (body: unknown, exchange: Exchange) => T | Promise<T>;
  /** Revalidate with `If-None-Match` and reuse the remembered result on `304`. */
  conditional?: boolean;
}

/** What every resource API of one client shares. */
export interface ClientContext {
  http: HttpTransport;
  options: ResolvedOptions;
}

// How many URLs' answers are remembered for revalidation.
const ETAG_ENTRIES = 50;

/**
 * The client's one ky instance plus what ky leaves to us: mapping its errors to the SDK's
 * `MiError` classes, a deadline on reading the body (ky's `timeout` ends when the headers
 * arrive), and `ETag` revalidation.
 *
 * @example
 * ```ts
 * const http = new HttpTransport(resolveOptions({ baseUrl: 'https://api.example.com' }));
 * const { value } = await http.send({ method: 'GET', url, read: (body) => body });
 * ```
 */
export class HttpTransport {
  readonly #api: KyInstance;
  readonly #options: ResolvedOptions;
  readonly #cache = new EtagCache(ETAG_ENTRIES);

  constructor(options: ResolvedOptions) {
    this.#options = options;
    const headers = new Headers({ accept: 'application/json, application/problem+json' });
    for (const [name, value] of Object.entries(options.headers)) headers.set(name, value);
    if (options.key) headers.set('authorization', `Bearer ${options.key}`);
    this.#api = ky.create({
      headers,
      timeout: options.timeout,
      retry: clientRetry(options.retry),
      // A 304 is the answer revalidation hopes for, not a failure.
      throwHttpErrors: (status) => status !== 304,
      fetch: (input, init) => callFetch(options.fetch, input, init),
      hooks: { beforeRetry: [discardFailedBody] },
    });
  }

  /**
   * Sends one call and resolves with what `call.read` made of the answer. Rejects with an
   * `MiError`, or with the signal's reason, unwrapped, when the caller aborted.
   */
  async send<T>(call: HttpCall<T>): Promise<Answer<T>> {
    const { signal } = call;
    signal?.throwIfAborted();
    if (typeof (this.#options.fetch ?? globalThis.fetch) !== 'function') {
      throw new MiInputError('No fetch available: pass `fetch` to createClient', [{ path: 'fetch', message: 'Required in this runtime' }]);
    }
    try {
      return await this.#exchange(call);
    } catch (error) {
      // An abort is the caller's own decision: hand back exactly what they aborted with.
      if (signal?.aborted) throw signal.reason;
      throw error;
    }
  }

  async #exchange<T>(call: HttpCall<T>): Promise<Answer<T>> {
    const url = call.url.href;
    const cached = call.conditional ? this.#cache.get<T>(url) : undefined;
    const headers = new Headers();
    if (call.idempotencyKey) headers.set('idempotency-key', call.idempotencyKey);
    if (call.bearer) headers.set('authorization', `Bearer ${call.bearer}`);
    if (cached) headers.set('if-none-match', cached.etag);
    const bodyDeadline = new AbortController();
    let sent: Request | undefined;
    let response: Response;
    try {
      response = await this.#api(url, {
        method: call.method,
        headers,
        json: call.json,
        signal: call.signal ? AbortSignal.any([call.signal, bodyDeadline.signal]) : bodyDeadline.signal,
        retry: callRetry({ method: call.method, idempotent: Boolean(call.idempotencyKey), signal: call.signal, settings: this.#options.retry }),
        hooks: { beforeRequest: [(request) => void (sent = request)] },
      });
    } catch (error) {
      if (isHTTPError(error)) {
        const exchange = { request: error.request, response: error.response };
        throw await toMiHttpError(error.request, error.response, await this.#readBody(exchange, bodyDeadline).catch(() => undefined));
      }
      if (isTimeoutError(error)) throw new MiTimeoutError(error.request, this.#options.timeout, { cause: error });
      throw error;
    }
    const exchange: Exchange = { request: sent ?? new Request(url, { method: call.method }), response };
    if (response.status === 304) {
      if (cached) return { value: cached.value, exchange };
      throw new MiResponseError(exchange.request, response, '304 Not Modified answered a request that had nothing to revalidate');
    }
    const value = await call.read(parseJson(await this.#readBody(exchange, bodyDeadline), exchange), exchange);
    if (call.conditional) {
      const etag = response.headers.get('etag');
      if (etag) this.#cache.set(url, { etag, value });
      else this.#cache.delete(url);
    }
    return { value, exchange };
  }

  async #readBody({ request, response }: Exchange, deadline: AbortController): Promise<string> {
    const timer = setTimeout(() => deadline.abort(), this.#options.timeout);
    try {
      return await response.text();
    } catch (error) {
      if (deadline.signal.aborted) throw new MiTimeoutError(request, this.#options.timeout, { cause: error });
      throw new MiNetworkError(request, error);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Calls the configured fetch, or the global one looked up now rather than at creation, so a
 * client made before a polyfill or test double is installed still uses it. A rejection that is
 * not an abort means the request got no answer: that is an `MiNetworkError`, which the retry
 * policy recognises.
 */
async function callFetch(custom: FetchLike | undefined, input: Input, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  try {
    return await (custom ? custom(request, init) : globalThis.fetch(request, init));
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new MiNetworkError(request, error);
  }
}

// A response that is about to be retried is never read: release its connection now instead of
// whenever the garbage collector gets to it.
const discardFailedBody: BeforeRetryHook = ({ error }) => {
  if (isHTTPError(error)) error.response.body?.cancel().catch(() => undefined);
};

function parseJson(text: string, { request, response }: Exchange): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type') ?? 'no content type';
    const start = text.slice(0, 40).replace(/\s+/g, ' ');
    throw new MiResponseError(request, response, `Expected JSON from ${request.method} ${new URL(request.url).pathname}, got ${type}: "${start}"`);
  }
}
