import type { DeliveryJob, Store } from '../store/store.js';
import { signWebhook } from './signature.js';

/** How a dispatcher retries, times out and paces itself. */
export interface WebhookSettings {
  /** How often the outbox is read when nothing woke the dispatcher (another instance's events). */
  pollMs: number;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs: number;
  /** How long a claimed delivery is held; must outlast `timeoutMs`, or another instance could send it too. */
  leaseMs: number;
  /** The wait after the first failure; each later failure doubles it, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Attempts before a delivery is given up (`failed`). */
  maxAttempts: number;
  /** Plain `http://` endpoints may be registered (local development only). */
  allowHttp: boolean;
}

/** 12 attempts over about 11 hours: 10 s, 20 s, 40 s … capped at 6 h. */
export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  pollMs: 5_000,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  backoffMs: 10_000,
  maxBackoffMs: 6 * 3_600_000,
  maxAttempts: 12,
  allowHttp: false,
};

/** The wait before attempt `attempts + 1`, after `attempts` failures. */
export function backoffAfter(attempts: number, settings: Pick<WebhookSettings, 'backoffMs' | 'maxBackoffMs'>): number {
  return Math.min(settings.maxBackoffMs, settings.backoffMs * 2 ** Math.max(0, attempts - 1));
}

/** What a dispatcher needs besides the store. */
export interface DispatcherOptions {
  settings: WebhookSettings;
  now?: () => number;
  fetch?: typeof globalThis.fetch;
  logError?: (error: unknown) => void;
}

const BATCH = 10;

/**
 * Sends the outbox's deliveries: claims what is due, POSTs each body signed with its endpoint's
 * secret (`Microintern-Signature`), and records the answer. A 2xx acknowledges the delivery;
 * anything else (another status, a redirect, a timeout, a refused connection) schedules another
 * attempt with exponential backoff, until `maxAttempts`. Every attempt sends the same body, so
 * the event id a receiver de-duplicates by never changes; only the signature's timestamp does.
 *
 * It reads the outbox every `pollMs`, and at once when {@link kick}ed after a write. Rows live in
 * the application's own database, so a restart (or a crash mid-delivery, once the lease runs
 * out) picks up exactly where the last process stopped.
 *
 * @example
 * ```ts
 * const dispatcher = new WebhookDispatcher(store, { settings: DEFAULT_WEBHOOK_SETTINGS });
 * dispatcher.start();
 * // … after storing an application with its events:
 * dispatcher.kick();
 * await dispatcher.stop();
 * ```
 */
export class WebhookDispatcher {
  readonly #store: Store;
  readonly #settings: WebhookSettings;
  readonly #now: () => number;
  readonly #fetch: typeof globalThis.fetch;
  readonly #logError: (error: unknown) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<number> | undefined;
  #again = false;
  #stopped = true;

  constructor(store: Store, { settings, now = Date.now, fetch = globalThis.fetch, logError = (error) => console.error(error) }: DispatcherOptions) {
    if (!(settings.leaseMs > settings.timeoutMs)) throw new Error('The webhook lease must be longer than the delivery timeout');
    this.#store = store;
    this.#settings = settings;
    this.#now = now;
    this.#fetch = fetch;
    this.#logError = logError;
  }

  /** Starts reading the outbox (at once, then every `pollMs`). */
  start(): void {
    this.#stopped = false;
    this.#schedule(0);
  }

  /** Reads the outbox soon: something was just written to it. */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) this.#again = true;
    else this.#schedule(0);
  }

  /** Stops, waiting for the attempts under way to be recorded. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running?.catch(() => undefined);
  }

  /**
   * Claims and sends one batch of due deliveries and resolves with how many it attempted. The
   * dispatcher's own loop calls it; tests call it to take a step at a time.
   */
  runOnce(): Promise<number> {
    this.#running ??= this.#batch().finally(() => (this.#running = undefined));
    return this.#running;
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#loop(), ms);
    this.#timer.unref?.();
  }

  async #loop(): Promise<void> {
    let attempted = 0;
    try {
      attempted = await this.runOnce();
    } catch (error) {
      this.#logError(error);
    }
    if (this.#stopped) return;
    const more = attempted === BATCH || this.#again;
    this.#again = false;
    this.#schedule(more ? 0 : this.#settings.pollMs);
  }

  async #batch(): Promise<number> {
    const jobs = await this.#store.claimWebhookDeliveries(this.#now(), this.#settings.leaseMs, BATCH);
    await Promise.all(jobs.map((job) => this.#deliver(job)));
    return jobs.length;
  }

  async #deliver(job: DeliveryJob): Promise<void> {
    const attempt = job.attempts + 1;
    let status: number | null = null;
    let error = '';
    try {
      const response = await this.#fetch(job.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'microintern-webhooks/1',
          'microintern-event-id': job.eventId,
          'microintern-event-type': job.type,
          'microintern-delivery-attempt': String(attempt),
          'microintern-signature': signWebhook(job.secret, Math.floor(this.#now() / 1000), job.body),
        },
        body: job.body,
        // A redirect is not an acknowledgement, and following one could send the body elsewhere.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.#settings.timeoutMs),
      });
      status = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) {
        await this.#store.finishWebhookDelivery(job, { delivered: true, status, at: this.#now() });
        return;
      }
      error = `The endpoint answered ${status}`;
    } catch (failure) {
      error = failure instanceof Error ? `${failure.name}: ${failure.message}` : String(failure);
    }
    const at = this.#now();
    const retryAt = attempt >= this.#settings.maxAttempts ? null : at + backoffAfter(attempt, this.#settings);
    await this.#store.finishWebhookDelivery(job, { delivered: false, status, error, retryAt, at });
  }
}
