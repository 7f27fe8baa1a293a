/**
 * Rejects with `signal.reason` as soon as `signal` aborts, otherwise settles like `promise`.
 * The work behind `promise` is not cancelled; see {@link createSharedLoad} for that.
 *
 * @example
 * ```ts
 * const feed = await untilAborted(loading, options.signal);
 * ```
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

interface Flight<T> {
  readonly seq: number;
  readonly controller: AbortController;
  readonly promise: Promise<T>;
  waiters: number;
}

/** A value loaded once and shared by every caller, with a way to load it again. */
export interface SharedLoad<T> {
  /** The loaded value; the first call starts loading and later calls share that load. */
  get(signal?: AbortSignal): Promise<T>;
  /** Loads again. Until that succeeds, `get` keeps answering with the previous value. */
  reload(signal?: AbortSignal): Promise<T>;
}

/**
 * Shares one load between concurrent callers. Each caller may abort its own wait; the load
 * itself is cancelled only when every caller waiting for it has aborted, so one board
 * cancelling its query never fails another board's. A failed load is not cached: the next call
 * tries again, which is what a "Retry" button expects.
 *
 * @example
 * ```ts
 * const feed = createSharedLoad((signal) => fetchFeed(url, fetch, signal));
 * const document = await feed.get(options.signal);
 * ```
 */
export function createSharedLoad<T>(load: (signal: AbortSignal) => Promise<T>): SharedLoad<T> {
  let current: { value: T; seq: number } | undefined;
  let inflight: Flight<T> | undefined;
  let seq = 0;

  function start(): Flight<T> {
    const controller = new AbortController();
    const mySeq = ++seq;
    const promise = load(controller.signal).then(
      (value) => {
        // An older load finishing after a newer one must not replace the newer value.
        if (!current || current.seq < mySeq) current = { value, seq: mySeq };
        if (inflight?.seq === mySeq) inflight = undefined;
        return value;
      },
      (error: unknown) => {
        if (inflight?.seq === mySeq) inflight = undefined;
        throw error;
      },
    );
    // Every waiter gets the rejection through its own promise; when all have aborted nobody is
    // left to observe it, and that must not surface as an unhandled rejection.
    promise.catch(() => undefined);
    const flight: Flight<T> = { seq: mySeq, controller, promise, waiters: 0 };
    inflight = flight;
    return flight;
  }

  async function wait(flight: Flight<T>, signal: AbortSignal | undefined): Promise<T> {
    flight.waiters++;
    try {
      return await untilAborted(flight.promise, signal);
    } finally {
      flight.waiters--;
      if (flight.waiters === 0 && signal?.aborted && inflight === flight) {
        inflight = undefined;
        flight.controller.abort(signal.reason);
      }
    }
  }

  return {
    get(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (current) return Promise.resolve(current.value);
      return wait(inflight ?? start(), signal);
    },
    reload(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return wait(start(), signal);
    },
  };
}
