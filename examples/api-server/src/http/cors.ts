import type { Context, MiddlewareHandler } from 'hono';
import type { AppConfig } from '../config.js';
import type { CompanyRecord } from '../store/store.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

// Hono ships a CORS middleware, but it decides per path and cannot refuse a request: here one
// path (`…/projects`) is a public read for any origin and a secret-key write for none, and an
// application from a foreign origin must be refused outright (403), not merely left unreadable.

/** Headers a browser may send with an application. */
const APPLICATION_REQUEST_HEADERS = 'Content-Type, Idempotency-Key';
/** Headers a browser script may read from an application's answer. */
const APPLICATION_EXPOSED_HEADERS = 'Idempotent-Replayed, Retry-After';
const PREFLIGHT_MAX_AGE = '600';

/**
 * Whether a page on `origin` may post applications to `company`: the company's own allow-list,
 * the server-wide extra origins, or the API's own origin (the bundled example pages are served
 * from it, and a browser sends `Origin` on same-origin POSTs too).
 */
export function isOriginAllowed(origin: string, company: CompanyRecord, config: AppConfig, host: string | undefined): boolean {
  if (company.allowedOrigins.includes(origin) || config.extraAllowedOrigins.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return host !== undefined && url.host === host && (url.protocol === 'http:' || url.protocol === 'https:');
  } catch {
    return false;
  }
}

function refuse(): ProblemError {
  return new ProblemError({
    status: 403,
    type: 'origin-not-allowed',
    title: 'Origin not allowed',
    detail: 'This company does not accept applications from pages on this origin',
  });
}

/**
 * CORS for application POSTs, after the company is known. A request without `Origin` is not
 * from a browser page (a server, the Node client, curl) and CORS does not apply to it. One with
 * an allowed origin gets it echoed in `Access-Control-Allow-Origin`; any other is refused with
 * 403 and no CORS headers, so neither the request's effect nor its answer reaches the page.
 */
export function applicationCors(config: AppConfig): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    if (!isOriginAllowed(origin, c.get('company'), config, c.req.header('host'))) throw refuse();
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Expose-Headers', APPLICATION_EXPOSED_HEADERS);
    c.res.headers.append('Vary', 'Origin');
  };
}

/**
 * Answers the preflight (`OPTIONS`) of an application POST, after the company is known: 204 with
 * the CORS grant for an allowed origin, 403 without one otherwise.
 */
export function applicationPreflight(config: AppConfig) {
  return (c: Context<AppEnv>): Response => {
    const origin = c.req.header('origin');
    const method = c.req.header('access-control-request-method');
    if (!origin || method?.toUpperCase() !== 'POST' || !isOriginAllowed(origin, c.get('company'), config, c.req.header('host'))) {
      throw refuse();
    }
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': APPLICATION_REQUEST_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    });
  };
}

/**
 * Answers preflights on paths that serve public reads (and, on some, secret-key writes): a GET or
 * HEAD is granted to any origin; anything else gets no CORS headers, because secret-key
 * endpoints are for servers only and a browser must not be invited to call them.
 */
export function publicPreflight(c: Context<AppEnv>): Response {
  const method = c.req.header('access-control-request-method')?.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return c.body(null, 204);
  const requested = c.req.header('access-control-request-headers') ?? '';
  // Reads carry no credentials, so any well-formed header name may come along (If-None-Match).
  const headers = requested.split(',').map((h) => h.trim()).filter((h) => /^[A-Za-z0-9-]{1,64}$/.test(h));
  return c.body(null, 204, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, HEAD',
    ...(headers.length ? { 'Access-Control-Allow-Headers': headers.join(', ') } : {}),
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
  });
}
