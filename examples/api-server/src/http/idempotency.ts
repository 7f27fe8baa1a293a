import type { MiddlewareHandler } from 'hono';
import { canonicalJson, sha256Hex } from '../domain/canonical-json.js';
import type { AppDeps, AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** Visible ASCII, at most 255 characters: what the core client sends (a UUID by default). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
/** How long an unfinished claim holds before a crashed owner's key may be taken over. */
export const IN_FLIGHT_LEASE_MS = 60_000;
/** Response headers kept with a stored answer and replayed with it. */
const REPLAYED_HEADERS = ['content-type', 'location'];
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * What makes two requests "the same" for an idempotency key: method, path and the body as
 * canonical JSON (so key order and whitespace do not matter), hashed with SHA-256.
 */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return sha256Hex(`${method} ${path}\n${canonicalJson(body ?? null)}`);
}

/**
 * `Idempotency-Key` for POST and PATCH, after the IETF httpapi draft:
 *
 * - the first request with a key claims it (a database row, unique per scope and key) and its
 *   successful answer is stored for `idempotencyTtlMs`;
 * - the same key with the same body (SHA-256 of method, path and canonical JSON) replays that
 *   answer byte for byte with `Idempotent-Replayed: true`;
 * - the same key with another body is refused with 422;
 * - a request while the first is still running gets 409; within this process duplicates first
 *   queue behind the original for up to `idempotencyWaitMs`, so they usually replay instead;
 * - a request without a key is served without any of this.
 *
 * Keys are scoped by company, and by API key on secret-key routes. Failed answers (4xx, 5xx)
 * are not stored: the key is released, and a corrected retry may reuse it.
 *
 * Runs after the body is parsed, the company is known and any rate limit has passed.
 */
export function idempotency({ store, config, locks }: AppDeps): MiddlewareHandler<AppEnv> {
  let lastPurge = 0;
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new ProblemError({
        status: 400,
        type: 'invalid-idempotency-key',
        title: 'Invalid Idempotency-Key',
        detail: 'Use 1–255 visible ASCII characters, such as a UUID',
      });
    }
    const apiKey = c.get('apiKey');
    const scope = apiKey ? `${c.get('company').id}:${apiKey.id}` : c.get('company').id;
    const fingerprint = requestFingerprint(c.req.method, c.req.path, c.get('body'));

    const now = config.now();
    if (now - lastPurge > PURGE_EVERY_MS) {
      lastPurge = now;
      await store.purgeIdempotencyKeys(now);
    }

    return locks.run(`${scope}\n${key}`, config.idempotencyWaitMs, async () => {
      const at = config.now();
      const outcome = await store.claimIdempotencyKey({
        scope,
        key,
        fingerprint,
        now: at,
        expiresAt: at + config.idempotencyTtlMs,
        lockedUntil: at + IN_FLIGHT_LEASE_MS,
      });
      switch (outcome.kind) {
        case 'mismatch':
          throw new ProblemError({
            status: 422,
            type: 'idempotency-key-reused',
            title: 'Idempotency-Key reused',
            detail: 'This key was already used with a different request body',
          });
        case 'in-flight':
          throw new ProblemError({
            status: 409,
            type: 'request-in-progress',
            title: 'Request in progress',
            detail: 'A request with this Idempotency-Key is still being processed; retry shortly',
            headers: { 'retry-after': '1' },
          });
        case 'replay':
          return new Response(outcome.response.body, {
            status: outcome.response.status,
            headers: { ...outcome.response.headers, 'idempotent-replayed': 'true' },
          });
        case 'claimed':
          break;
      }

      try {
        await next();
      } catch (error) {
        await store.releaseIdempotencyKey(scope, key);
        throw error;
      }
      if (!c.res.ok || c.get('idempotencyStore') === false) {
        await store.releaseIdempotencyKey(scope, key);
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = c.res.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      const body = c.get('idempotencyBody') ?? (await c.res.clone().text());
      await store.completeIdempotencyKey(scope, key, { status: c.res.status, headers, body });
      return;
    });
  };
}
