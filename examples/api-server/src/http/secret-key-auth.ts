import type { MiddlewareHandler } from 'hono';
import { hashesEqual, hashSecretKey, SECRET_KEY_PATTERN } from '../domain/secret-keys.js';
import type { ApiKeyRecord, CompanyRecord, Store } from '../store/store.js';
import { clientIp } from './client-ip.js';
import type { AppDeps, AppEnv } from './env.js';
import { ProblemError } from './problem.js';
import { rateLimited } from './rate-limit.js';

const REALM = 'Bearer realm="microintern"';

// The bucket of attempts at a path whose company does not exist: one per address for all such
// paths, or every made-up slug would bring a fresh bucket of guesses with it.
const NO_SUCH_COMPANY = '-';

function unauthorized(detail: string, invalidToken: boolean): ProblemError {
  return new ProblemError({
    status: 401,
    type: 'unauthorized',
    title: 'Unauthorized',
    detail,
    headers: { 'www-authenticate': invalidToken ? `${REALM}, error="invalid_token"` : REALM },
  });
}

/**
 * The key a bearer credential names, if it may act for `company`; otherwise the 401 (no such
 * key, or revoked) or 403 (another company's key, or no such company) to answer with. A key for
 * another company and a company that does not exist get the same 403, so these endpoints tell
 * a caller nothing about which companies exist beyond what the public directory shows.
 */
async function checkKey(store: Store, header: string, company: CompanyRecord | undefined): Promise<{ key: ApiKeyRecord; company: CompanyRecord } | ProblemError> {
  const secret = /^Bearer +(\S+) *$/i.exec(header)?.[1];
  if (!secret || !SECRET_KEY_PATTERN.test(secret)) return unauthorized('The API key is not valid', true);
  const hash = hashSecretKey(secret);
  const key = await store.findApiKeyByHash(hash);
  // The lookup is by hash, so timing reveals nothing about the key; the constant-time compare
  // makes the check itself independent of the index's behaviour.
  if (!key || key.revokedAt !== null || !hashesEqual(key.hash, hash)) return unauthorized('The API key is not valid', true);
  if (!company || company.id !== key.companyId) {
    return new ProblemError({ status: 403, type: 'forbidden', title: 'Forbidden', detail: 'This key cannot act for this company' });
  }
  return { key, company };
}

/**
 * Requires `Authorization: Bearer sk_…` for the company in the path, and limits the failed
 * attempts at it: each 401 or 403 spends a token of the bucket of the client's address and
 * that company (`authRateLimit`, 20 per 5 minutes by default). While the bucket is empty, every
 * secret-key request for the company from that address is answered 429 with `Retry-After`
 * before its key is looked at, so a right key gets the 429 too and guessing learns nothing.
 *
 * A request takes its token before the key is checked and gives it back once the key proves
 * right: a successful request costs nothing, and concurrent guesses can never check more keys
 * than the bucket holds. A request with no `Authorization` header at all guesses nothing; it
 * gets its 401 without touching the bucket.
 *
 * The bucket is the company's id when the path names one (by slug or id alike), and one shared
 * bucket per address for every path whose company does not exist.
 *
 * @example
 * ```ts
 * app.post('/v1/companies/:company/projects', requireSecretKey(deps), handler);
 * ```
 */
export function requireSecretKey({ store, config, authRateLimiter }: Pick<AppDeps, 'store' | 'config' | 'authRateLimiter'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw unauthorized('This endpoint needs a secret key: Authorization: Bearer sk_…', false);

    const company = await store.findCompany(c.req.param('company') ?? '');
    const bucket = `auth|${clientIp(c, config.trustProxy)}|${company?.id ?? NO_SUCH_COMPANY}`;
    const decision = await authRateLimiter.take(bucket);
    if (!decision.allowed) throw rateLimited('failed secret-key attempts for this company', decision.retryAfterSeconds);

    const checked = await checkKey(store, header, company);
    // A refused attempt keeps the token it took; that is what the limit counts.
    if (checked instanceof ProblemError) throw checked;
    await authRateLimiter.giveBack(bucket);
    c.set('company', checked.company);
    c.set('apiKey', checked.key);
    await next();
  };
}
