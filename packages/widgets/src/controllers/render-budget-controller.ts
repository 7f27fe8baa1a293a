import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs from its element. */
export interface BudgetHost extends ReactiveControllerHost {
  /** Told about the rest of a long list, due in a later update (`MiElement` has it). */
  awaitUpdateAfter?(work: Promise<unknown>): void;
}

/** How many new cards one update may create before the rest wait for the next task. */
export const CARDS_PER_FRAME = 48;

/**
 * Lets a long list paint its top first. When an update would create many new items (a filter
 * widened from 250 cards back to 1,000, or the first render of a long inline list), the host
 * renders what it already had plus {@link CARDS_PER_FRAME} more, the browser paints that, and
 * the rest follows in a task after the paint. The person sees the change at once, and the
 * input that caused it is answered without one long task blocking the page.
 *
 * The rest is handed to the host's `awaitUpdateAfter` (`MiElement` has it), so its
 * `updateComplete` waits for the whole list: code that awaits it still sees every item. Events
 * that announce a rendered page should wait while {@link catchingUp}.
 *
 * @example
 * ```ts
 * private budget = new RenderBudgetController(this);
 * render() { return this.budget.take(this.items).map(renderItem); }
 * ```
 */
export class RenderBudgetController implements ReactiveController {
  private readonly host: BudgetHost;
  private shown = 0;
  private limit = Infinity;
  private items: readonly unknown[] | undefined;
  // Resolves the rest's promise (handed to the host) once its update is asked for.
  private restDue: (() => void) | undefined;

  constructor(host: BudgetHost) {
    this.host = host;
    host.addController(this);
  }

  /** True while part of the list is still to be rendered. */
  get catchingUp(): boolean {
    return this.restDue !== undefined;
  }

  /** The part of `items` to render in this update. */
  take<T>(items: readonly T[]): readonly T[] {
    if (items !== this.items) {
      // A new list: slice it when it would add many items to what is on screen.
      this.items = items;
      if (items.length > this.shown + CARDS_PER_FRAME) {
        this.limit = this.shown + CARDS_PER_FRAME;
        this.scheduleRest();
      } else if (!this.restDue) {
        this.limit = Infinity;
      }
    }
    const taken = items.length > this.limit ? items.slice(0, this.limit) : items;
    this.shown = taken.length;
    return taken;
  }

  /** The list is not on screen (a loading, empty or error state): the next list starts afresh. */
  none(): void {
    this.shown = 0;
    this.items = undefined;
  }

  hostDisconnected(): void {
    // Nothing left to paint for a detached host: render the rest whenever it comes back.
    this.finish();
  }

  private scheduleRest(): void {
    if (this.restDue) return; // The rest of an earlier list is already on its way; it renders all.
    this.host.awaitUpdateAfter?.(new Promise<void>((resolve) => (this.restDue = resolve)));
    let done = false;
    const grow = () => {
      if (done) return;
      done = true;
      this.finish();
    };
    // A frame after the slice is on screen: whatever else waits for that paint (input, the
    // page's own frame callbacks) runs before the long task that builds the rest. The timer
    // covers a hidden tab, where animation frames do not come.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(grow, 0)));
    setTimeout(grow, 250);
  }

  private finish(): void {
    const restDue = this.restDue;
    if (!restDue) return;
    this.limit = Infinity;
    this.restDue = undefined;
    this.host.requestUpdate();
    restDue();
  }
}
