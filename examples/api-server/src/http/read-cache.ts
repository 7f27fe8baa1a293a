import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

interface Entry {
  body: string;
  etag: string;
  contentType: string;
  expiresAt: number;
}

/** Options of {@link ReadCache}. */
export interface ReadCacheOptions {
  /** How long an answer is reused, in milliseconds; 0 turns the cache off. */
  ttlMs: number;
  /** The most body text kept, in UTF-16 code units (about bytes for JSON); the oldest entries go first. */
  maxSize: number;
  now?: () => number;
}

/**
 * A small in-memory cache of public read answers (the serialised JSON and its ETag), so a busy
 * board hitting the same list page costs one lookup instead of four queries, a JSON encoding
 * and a hash. It is cleared by every write in this process; writes by another process (the admin
 * command, another instance on a shared PostgreSQL) show up within `ttlMs`, which is kept below
 * the 30 s that `Cache-Control` already lets browsers and CDNs reuse an answer, so no client
 * sees anything older than it was promised.
 *
 * Keys are whole URLs, which callers choose freely; the size bound keeps that from growing
 * without limit.
 */
export class ReadCache {
  readonly #entries = new Map<string, Entry>();
  readonly #options: ReadCacheOptions;
  readonly #now: () => number;
  #size = 0;

  constructor(options: ReadCacheOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.#options.ttlMs > 0;
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expiresAt <= this.#now()) {
      this.#size -= entry.body.length;
      return undefined;
    }
    // Re-inserting keeps the Map in least-recently-used order.
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, body: string, contentType: string): Entry {
    const entry: Entry = { body, contentType, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, expiresAt: this.#now() + this.#options.ttlMs };
    if (!this.enabled || body.length > this.#options.maxSize) return entry;
    this.#delete(key);
    this.#entries.set(key, entry);
    this.#size += body.length;
    for (const [oldest, old] of this.#entries) {
      if (this.#size <= this.#options.maxSize) break;
      this.#entries.delete(oldest);
      this.#size -= old.body.length;
    }
    return entry;
  }

  /** Forgets everything: called after every write that could change a public answer. */
  clear(): void {
    this.#entries.clear();
    this.#size = 0;
  }

  #delete(key: string): void {
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#size -= old.body.length;
    }
  }
}

/**
 * Serves a GET from the {@link ReadCache} when it can, and otherwise caches the handler's 200
 * answer. Either way the answer carries its ETag, so the `etag` middleware further out only
 * compares it with `If-None-Match` and never hashes the body again.
 */
export function cachedRead(cache: ReadCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.url;
    const hit = cache.get(key);
    if (hit) return c.body(hit.body, 200, { 'content-type': hit.contentType, etag: hit.etag });
    await next();
    if (c.res.status === 200) {
      const contentType = c.res.headers.get('content-type') ?? 'application/json';
      const entry = cache.set(key, await c.res.clone().text(), contentType);
      c.res.headers.set('etag', entry.etag);
    }
    return undefined;
  };
}
