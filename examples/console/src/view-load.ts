// Loading what a view shows: one reactive controller that runs the view's load when the view
// gets its context (and again when the client or the view's own inputs change), aborts it when
// the view goes, sorts failures with classifyFailure, hands a `signed-out` one to the shell and
// loads again once the person has signed in again.
import type { ReactiveController } from 'lit';
import type { ConsoleContext, ConsoleView } from './context.js';
import { classifyFailure, type Failure } from './failure.js';
import type { Session } from './session.js';

/** Where a view's load stands. `loaded` counts items in so far, for a progress line. */
export type LoadState<T> =
  | { kind: 'loading'; loaded: number }
  | { kind: 'ready'; value: T }
  | { kind: 'failed'; failure: Failure };

/** A view's load: given the context, a signal to stop on, and a progress callback. */
export type LoadTask<T> = (ctx: ConsoleContext, signal: AbortSignal, progress: (loaded: number) => void) => Promise<T>;

/**
 * Runs a view's load and keeps its {@link LoadState}.
 *
 * @example
 * ```ts
 * class ConsoleApplicants extends ConsoleView {
 *   private readonly load = new ViewLoad(this, (ctx, signal) => ctx.client.projects.get(this.projectId, { signal }), () => [this.projectId]);
 *   override render() { return this.load.state.kind === 'ready' ? html`<h1>${this.load.state.value.title}</h1>` : nothing; }
 * }
 * ```
 */
export class ViewLoad<T> implements ReactiveController {
  state: LoadState<T> = { kind: 'loading', loaded: 0 };
  readonly #host: ConsoleView;
  readonly #task: LoadTask<T>;
  readonly #inputs: () => readonly unknown[];
  #ran: readonly unknown[] | undefined;
  #session: Session | undefined;
  #abort: AbortController | undefined;

  /** `inputs` are the view's own properties the load depends on (an id); the client is always one. */
  constructor(host: ConsoleView, task: LoadTask<T>, inputs: () => readonly unknown[] = () => []) {
    this.#host = host;
    this.#task = task;
    this.#inputs = inputs;
    host.addController(this);
  }

  hostUpdate(): void {
    const ctx = this.#host.ctx;
    if (!ctx) return;
    const inputs = [ctx.client, ...this.#inputs()];
    const changed = !this.#ran || inputs.length !== this.#ran.length || inputs.some((value, i) => value !== this.#ran![i]);
    const signedInAgain = this.state.kind === 'failed' && this.state.failure.kind === 'signed-out' && ctx.session !== this.#session;
    if (changed || signedInAgain) this.run();
  }

  hostDisconnected(): void {
    this.#abort?.abort(new DOMException('The view was left', 'AbortError'));
    this.#abort = undefined;
    this.#ran = undefined;
  }

  /** Loads again now (a "Try again" button, or after a change that others may have made too). */
  run(): void {
    const ctx = this.#host.ctx;
    this.#abort?.abort(new DOMException('A newer load started', 'AbortError'));
    const abort = new AbortController();
    this.#abort = abort;
    this.#ran = [ctx.client, ...this.#inputs()];
    this.#session = ctx.session;
    this.state = { kind: 'loading', loaded: 0 };
    const progress = (loaded: number) => {
      if (abort.signal.aborted) return;
      this.state = { kind: 'loading', loaded };
      this.#host.requestUpdate();
    };
    this.#task(ctx, abort.signal, progress).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.state = { kind: 'ready', value };
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const failure = classifyFailure(error);
        this.state = { kind: 'failed', failure };
        if (failure.kind === 'signed-out') ctx.signedOut(failure);
        this.#host.requestUpdate();
      },
    );
    this.#host.requestUpdate();
  }

  /** Replaces the loaded value with one the view got from a change it made (a status move). */
  set(value: T): void {
    this.state = { kind: 'ready', value };
    this.#host.requestUpdate();
  }
}
