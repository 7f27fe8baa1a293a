/**
 * Runs async work one at a time per key, in arrival order, within this process. The idempotency
 * middleware uses it so that concurrent duplicates of one request queue behind the first and
 * then replay its stored answer, instead of racing to the database and getting 409. Across
 * processes the database row still decides; this only makes the common single-process case
 * friendly.
 *
 * @example
 * ```ts
 * const locks = new KeyedLock();
 * await locks.run('acme\nkey-1', 5000, async () => handle());
 * ```
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<void>>();

  /**
   * Waits for earlier work on `key` (at most `waitMs`; after that `work` runs anyway and the
   * database's in-flight state answers), then runs `work`.
   */
  async run<T>(key: string, waitMs: number, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous ? previous.then(() => done) : done;
    this.#tails.set(key, tail);
    try {
      if (previous) await waitAtMost(previous, waitMs);
      return await work();
    } finally {
      release();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }

  /** Keys with work queued or running (for tests and metrics). */
  get size(): number {
    return this.#tails.size;
  }
}

function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
