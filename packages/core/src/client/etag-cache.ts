/** A remembered answer: the server's validator and the value parsed from that answer. */
export interface CachedAnswer<T = unknown> {
  etag: string;
  value: T;
}

/**
 * Remembers the last `ETag` and parsed value per URL so a repeated read can send
 * `If-None-Match` and reuse the value on `304 Not Modified`: a board that re-queries on every
 * filter change then costs the server a header check and the browser no re-validation.
 *
 * Bounded, least recently used first out, because a board that pages through a long list would
 * otherwise keep every page it ever saw. Values are copied in and out so a caller that mutates a
 * page cannot change what the next caller gets.
 *
 * @example
 * ```ts
 * const cache = new EtagCache(50);
 * cache.set('https://api.example.com/v1/projects', { etag: '"v1"', value: page });
 * cache.get('https://api.example.com/v1/projects')?.etag; // '"v1"'
 * ```
 */
export class EtagCache {
  readonly #entries = new Map<string, CachedAnswer>();
  readonly #capacity: number;

  constructor(capacity = 50) {
    this.#capacity = Math.max(0, Math.floor(capacity));
  }

  /** How many URLs are remembered. */
  get size(): number {
    return this.#entries.size;
  }

  /** The remembered answer for `url`, marking it as recently used. */
  get<T>(url: string): CachedAnswer<T> | undefined {
    const entry = this.#entries.get(url);
    if (!entry) return undefined;
    // Re-insert so Map's insertion order doubles as recency order.
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    return { etag: entry.etag, value: structuredClone(entry.value) as T };
  }

  /** Remembers `answer` for `url`, forgetting the least recently used URL when full. */
  set<T>(url: string, answer: CachedAnswer<T>): void {
    this.#entries.delete(url);
    if (this.#capacity === 0) return;
    this.#entries.set(url, { etag: answer.etag, value: structuredClone(answer.value) });
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  /** Forgets `url`, e.g. when its latest answer carried no `ETag`. */
  delete(url: string): void {
    this.#entries.delete(url);
  }
}
