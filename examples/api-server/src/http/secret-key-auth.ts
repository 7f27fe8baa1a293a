import type { MiddlewareHandler } from 'hono';
import { hashesEqual, hashSecretKey, SECRET_KEY_PATTERN } from '../domain/secret-keys.js';
import type { Store } from '../store/store.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

const REALM = 'Bearer realm="microintern"';

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
 * Requires `Authorization: Bearer sk_…` for the company in the path. The key is checked before
 * the company is looked up, and a key for another company and a company that does not exist
 * get the same 403, so these endpoints tell a caller nothing about which companies exist beyond
 * what the public directory already shows.
 *
 * @example
 * ```ts
 * app.post('/v1/companies/:company/projects', requireSecretKey(store), handler);
 * ```
 */
export function requireSecretKey(store: Store): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw unauthorized('This endpoint needs a secret key: Authorization: Bearer sk_…', false);
    const match = /^Bearer +(\S+) *$/i.exec(header);
    const secret = match?.[1];
    if (!secret || !SECRET_KEY_PATTERN.test(secret)) throw unauthorized('The API key is not valid', true);

    const hash = hashSecretKey(secret);
    const key = await store.findApiKeyByHash(hash);
    // The lookup is by hash, so timing reveals nothing about the key; the constant-time compare
    // makes the check itself independent of the index's behaviour.
    if (!key || key.revokedAt !== null || !hashesEqual(key.hash, hash)) throw unauthorized('The API key is not valid', true);

    const company = await store.findCompany(c.req.param('company') ?? '');
    if (!company || company.id !== key.companyId) {
      throw new ProblemError({ status: 403, type: 'forbidden', title: 'Forbidden', detail: 'This key cannot act for this company' });
    }
    c.set('company', company);
    c.set('apiKey', key);
    await next();
  };
}
