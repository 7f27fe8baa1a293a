import { MiInputError } from '../errors/mi-input-error.js';
import { isMiNetworkError, MiNetworkError } from '../errors/mi-network-error.js';
import { MiResponseError } from '../errors/mi-response-error.js';
import { MiTimeoutError } from '../errors/mi-timeout-error.js';
import { EtagCache } from './etag-cache.js';
import { toMiHttpError } from './http-error.js';
import { resolveOptions, type ClientOptions, type FetchLike, type ResolvedOptions } from './options.js';
import { retryDelay } from './retry-policy.js';

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
  /**
   * Turns a 2xx answer's body into the result, or throws an `MiResponseError`: its parsed JSON,
   * or its text as it came when `responseType` is `'text'`.
   */
  read: (body: unknown, exchange: Exchange) => T | Promise<T>;
  /** `'text'` for an answer that is not JSON (a CSV export): `read` gets the text unparsed. Default `'json'`. */
  responseType?: 'json' | 'text';
  /** The `Accept` header of this call, in place of JSON and problem documents. */
  accept?: string;
  /** Revalidate with `If-None-Match` and reuse the remembered result on `304`. */
  conditional?: boolean;
}

/** What every resource API of one client shares. */
export interface ClientContext {
  http: HttpTransport;
  options: ResolvedOptions;
}

/**
 * What every resource API of one client shares, made from the caller's options (checked, with
 * defaults): one transport, so retries, timeouts and the `ETag` cache are per client.
 *
 * @example
 * ```ts
 * const projects = createProjectReads(clientContext({ baseUrl: 'https://api.example.com' }));
 * ```
 */
export function clientContext(options: ClientOptions): ClientContext {
  const resolved = resolveOptions(options);
  return { http: new HttpTransport(resolved), options: resolved };
}

// How many URLs' answers are remembered for revalidation.
const ETAG_ENTRIES = 50;

/**
 * The client's one transport: `fetch` with a deadline on every attempt (the headers and then the
 * body), retries with backoff by {@link retryDelay}'s rules, the SDK's `MiError` classes for
 * every failure, and `ETag` revalidation. It does what the client needs of ky in about a tenth
 * of ky's bytes (see docs/architecture.md).
 *
 * @example
 * ```ts
 * const http = new HttpTransport(resolveOptions({ baseUrl: 'https://api.example.com' }));
 * const { value } = await http.send({ method: 'GET', url, read: (body) => body });
 * ```
 */
export class HttpTransport {
  readonly #options: ResolvedOptions;
  readonly #headers: Headers;
  readonly #cache = new EtagCache(ETAG_ENTRIES);

  constructor(options: ResolvedOptions) {
    this.#options = options;
    const headers = new Headers({ accept: 'application/json, application/problem+json' });
    for (const [name, value] of Object.entries(options.headers)) headers.set(name, value);
    if (options.key) headers.set('authorization', `Bearer ${options.key}`);
    this.#headers = headers;
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
    const headers = new Headers(this.#headers);
    if (call.idempotencyKey) headers.set('idempotency-key', call.idempotencyKey);
    if (call.bearer) headers.set('authorization', `Bearer ${call.bearer}`);
    if (call.accept) headers.set('accept', call.accept);
    if (cached) headers.set('if-none-match', cached.etag);
    if (call.json !== undefined) headers.set('content-type', 'application/json');
    const body = call.json === undefined ? undefined : JSON.stringify(call.json);
    const retry = { method: call.method, idempotent: Boolean(call.idempotencyKey), settings: this.#options.retry };

    for (let attempt = 1; ; attempt++) {
      // One deadline per attempt, armed for the headers and again for the body.
      const deadline = new AbortController();
      const signal = call.signal ? AbortSignal.any([call.signal, deadline.signal]) : deadline.signal;
      const request = new Request(url, { method: call.method, headers, body, signal });
      let response: Response;
      try {
        response = await this.#within(deadline, request, () => callFetch(this.#options.fetch, request));
      } catch (error) {
        const wait = isMiNetworkError(error) ? retryDelay({ ...retry, attempt }) : undefined;
        if (wait === undefined) throw error;
        await sleep(wait, call.signal);
        continue;
      }
      const exchange: Exchange = { request, response };
      if (response.status === 304) {
        // The (empty) body is read so the browser sees the exchange finish, not abandoned: an
        // unread 304 is reported as an aborted request (net::ERR_ABORTED) in devtools and tests.
        await this.#within(deadline, request, () => response.arrayBuffer());
        if (cached) return { value: cached.value, exchange };
        throw new MiResponseError(request, response, '304 Not Modified answered a request that had nothing to revalidate');
      }
      if (!response.ok) {
        const wait = retryDelay({ ...retry, attempt, status: response.status, retryAfter: response.headers.get('retry-after') });
        if (wait === undefined) {
          throw await toMiHttpError(request, response, await this.#within(deadline, request, () => response.text()).catch(() => undefined));
        }
        // A response that is about to be retried is never read: release its connection now
        // instead of whenever the garbage collector gets to it.
        response.body?.cancel().catch(() => undefined);
        await sleep(wait, call.signal);
        continue;
      }
      const text = await this.#within(deadline, request, () => response.text());
      const value = await call.read(call.responseType === 'text' ? text : parseJson(text, exchange), exchange);
      if (call.conditional) {
        const etag = response.headers.get('etag');
        if (etag) this.#cache.set(url, { etag, value });
        else this.#cache.delete(url);
      }
      return { value, exchange };
    }
  }

  /**
   * Runs one step of an attempt (waiting for the headers, or reading the body) under the
   * timeout: when it passes, `deadline` aborts the request and the step fails with an
   * `MiTimeoutError`; a body that breaks off is an `MiNetworkError`.
   */
  async #within<T>(deadline: AbortController, request: Request, step: () => Promise<T>): Promise<T> {
    const { timeout } = this.#options;
    const timer = setTimeout(() => deadline.abort(), timeout);
    try {
      return await step();
    } catch (error) {
      if (deadline.signal.aborted) throw new MiTimeoutError(request, timeout, { cause: error });
      // The caller's abort passes through as it is; `send` hands back the signal's reason.
      if (request.signal.aborted || isMiNetworkError(error)) throw error;
      throw new MiNetworkError(request, error);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.throwIfAborted();
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Calls the configured fetch, or the global one looked up now rather than at creation, so a
 * client made before a polyfill or test double is installed still uses it. A rejection that is
 * not an abort means the request got no answer: that is an `MiNetworkError`, which is retried.
 */
async function callFetch(custom: FetchLike | undefined, request: Request): Promise<Response> {
  try {
    return await (custom ? custom(request) : globalThis.fetch(request));
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new MiNetworkError(request, error);
  }
}

function parseJson(text: string, { request, response }: Exchange): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type') ?? 'no content type';
    const start = text.slice(0, 40).replace(/\s+/g, ' ');
    throw new MiResponseError(request, response, `Expected JSON from ${request.method} ${new URL(request.url).pathname}, got ${type}: "${start}"`);
  }
}
