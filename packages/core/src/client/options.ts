import { MiInputError, type FieldIssue } from '../errors/mi-input-error.js';
import type { InvalidItem } from '../models/page.js';

/** A `fetch` the client can call; the global `fetch` and most polyfills fit. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** Where a list came from, passed to {@link ClientOptions.onInvalid}. */
export interface InvalidItemsContext {
  /** The URL of the request whose answer held the invalid items. */
  url: string;
}

/**
 * Called with the items of a page that failed their schema and were left out, every time such a
 * page is handed out (a page reused after `304 Not Modified` included). It runs before the call
 * resolves; an exception thrown here rejects the call.
 */
export type OnInvalid = (skipped: InvalidItem[], context: InvalidItemsContext) => void;

/** How failed requests are retried. */
export interface RetrySettings {
  /** Retries after the first attempt; `0` turns retrying off. Default 2. */
  limit?: number;
  /** The longest backoff between two attempts, in milliseconds. Default: no limit. */
  backoffLimit?: number;
  /**
   * The longest `Retry-After` the client waits out, in milliseconds. When the server asks for
   * longer, the call fails at once with the `MiHttpError` (its `retryAfter` says how long).
   * Default 30 000.
   */
  maxRetryAfter?: number;
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The API's origin, optionally with a path prefix: `https://api.example.com`, `https://example.com/mi/`. */
  baseUrl: string | URL;
  /** A company id or slug. Without it, reads cover every company's gigs. */
  company?: string;
  /** An API key, sent as `Authorization: Bearer <key>`. Secret (`sk_…`) keys belong on servers only. */
  key?: string;
  /** Milliseconds to wait for each attempt's answer. Default 10 000. */
  timeout?: number;
  /** A retry limit, or detailed {@link RetrySettings}. Default 2 retries. */
  retry?: number | RetrySettings;
  /** The `fetch` to use. Default: the global `fetch`, looked up on every call. */
  fetch?: FetchLike;
  /** Told about list items that failed validation and were dropped from a page. */
  onInvalid?: OnInvalid;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

/** {@link ClientOptions} checked and filled with defaults. */
export interface ResolvedOptions {
  /** Always ends with `/`, so relative routes resolve under its path. */
  baseUrl: URL;
  company: string | undefined;
  key: string | undefined;
  timeout: number;
  retry: Required<RetrySettings>;
  fetch: FetchLike | undefined;
  onInvalid: OnInvalid | undefined;
  headers: Record<string, string>;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_RETRY: Required<RetrySettings> = { limit: 2, backoffLimit: Number.POSITIVE_INFINITY, maxRetryAfter: 30_000 };
// setTimeout's ceiling: a longer timeout would fire at once.
const MAX_TIMER = 2_147_483_647;

/** Path segments the API accepts: ids and slugs. */
export const SEGMENT = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * Checks client options and fills defaults. Throws an {@link MiInputError} naming every bad
 * option, so a typo in `baseUrl` fails at start-up rather than on the first request.
 *
 * @example
 * ```ts
 * const resolved = resolveOptions({ baseUrl: 'https://api.example.com', company: 'acme' });
 * resolved.baseUrl.href; // "https://api.example.com/"
 * ```
 */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (!options || typeof options !== 'object') {
    throw new MiInputError('Invalid client options (pass an object with a baseUrl)', [{ path: 'baseUrl', message: 'Required' }]);
  }
  const issues: FieldIssue[] = [];
  const baseUrl = parseBaseUrl(options.baseUrl, issues);
  const { company, key, timeout = DEFAULT_TIMEOUT, fetch, onInvalid, headers = {} } = options;
  if (company !== undefined && (typeof company !== 'string' || !SEGMENT.test(company))) {
    issues.push({ path: 'company', message: 'Must be a company id or slug (letters, digits, _ or -)' });
  }
  // A key goes into a header: anything that is not a visible ASCII token would make fetch throw.
  if (key !== undefined && (typeof key !== 'string' || !/^[\x21-\x7e]{1,512}$/.test(key))) {
    issues.push({ path: 'key', message: 'Must be an API key' });
  }
  if (!isWhole(timeout, 1, MAX_TIMER)) issues.push({ path: 'timeout', message: `Must be a whole number of milliseconds from 1 to ${MAX_TIMER}` });
  const retry = resolveRetry(options.retry, issues);
  if (fetch !== undefined && typeof fetch !== 'function') issues.push({ path: 'fetch', message: 'Must be a function' });
  if (onInvalid !== undefined && typeof onInvalid !== 'function') issues.push({ path: 'onInvalid', message: 'Must be a function' });
  if (!areHeaders(headers)) issues.push({ path: 'headers', message: 'Must be an object of valid header names to header values' });
  if (issues.length || !baseUrl) {
    throw new MiInputError(`Invalid client options (${issues.map((i) => `${i.path}: ${i.message}`).join('; ')})`, issues);
  }
  return { baseUrl, company, key, timeout, retry, fetch, onInvalid, headers: { ...headers } };
}

function parseBaseUrl(value: unknown, issues: FieldIssue[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    issues.push({ path: 'baseUrl', message: 'Must be an absolute http:// or https:// URL' });
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    issues.push({ path: 'baseUrl', message: 'Must be an absolute http:// or https:// URL' });
    return undefined;
  }
  // Credentials in a URL make `new Request()` throw, and a query or fragment would be silently
  // dropped by route resolution: refuse both up front.
  if (url.username || url.password || url.search || url.hash) {
    issues.push({ path: 'baseUrl', message: 'Must not carry credentials, a query or a fragment' });
    return undefined;
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function resolveRetry(value: ClientOptions['retry'], issues: FieldIssue[]): Required<RetrySettings> {
  const given = typeof value === 'number' ? { limit: value } : value ?? {};
  const retry = { ...DEFAULT_RETRY, ...stripUndefined(given) };
  if (!isWhole(retry.limit, 0, 20)) issues.push({ path: 'retry.limit', message: 'Must be a whole number from 0 to 20' });
  if (!(retry.backoffLimit >= 0)) issues.push({ path: 'retry.backoffLimit', message: 'Must be a number of milliseconds, 0 or more' });
  if (!isWhole(retry.maxRetryAfter, 0, MAX_TIMER)) issues.push({ path: 'retry.maxRetryAfter', message: 'Must be a whole number of milliseconds, 0 or more' });
  return retry;
}

function areHeaders(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Object.values(value).some((v) => typeof v !== 'string')) return false;
  // The Headers constructor applies the fetch rules (token names, no line breaks in values).
  try {
    new Headers(value as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
