import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';

/** Options for {@link PopoverController}. */
export interface PopoverOptions {
  /** Where the popover sits relative to its anchor; flips when there is no room. Default `bottom-start`. */
  placement?: Placement;
  /** Gap between anchor and popover in pixels. Default 6. */
  distance?: number;
  /** Called after the popover opens or closes, so the host can re-render (`aria-expanded`). */
  onChange?: (open: boolean) => void;
}

type HostElement = ReactiveControllerHost & HTMLElement;

// One popover open on the page at a time: opening a menu closes an open explanation, as a
// press outside would, even when the opening came from the keyboard.
let active: PopoverController | undefined;

/**
 * Positions a floating element next to an anchor with `@floating-ui/dom` and keeps it there
 * (`autoUpdate` follows scrolling, resizing and layout changes). The `cleanup` function that
 * `autoUpdate` returns is stored and called on hide and when the host disconnects, so no
 * listener or observer outlives the popover.
 *
 * Escape closes the popover and returns focus to the anchor; a press outside closes it
 * without moving focus. floating-ui is imported on first open, so a page that never opens a
 * popover never downloads it when the widgets are bundled with code splitting.
 *
 * @example
 * ```ts
 * private popover = new PopoverController(this, { placement: 'bottom', onChange: () => this.requestUpdate() });
 * private toggle(event: Event) {
 *   const button = event.currentTarget as HTMLElement;
 *   this.popover.toggle(button, this.renderRoot.querySelector('#pay-popover')!);
 * }
 * ```
 */
export class PopoverController implements ReactiveController {
  private readonly options: PopoverOptions;
  private cleanup: (() => void) | undefined;
  private generation = 0;
  /** The element the popover is attached to while open. */
  anchor: HTMLElement | undefined;
  floating: HTMLElement | undefined;

  constructor(host: HostElement, options: PopoverOptions = {}) {
    this.options = options;
    host.addController(this);
  }

  get open(): boolean {
    return this.anchor !== undefined;
  }

  hostDisconnected(): void {
    this.hide({ returnFocus: false });
  }

  /** Opens `floating` next to `anchor`, or closes it when it is already open there. */
  toggle(anchor: HTMLElement, floating: HTMLElement): Promise<void> {
    if (this.anchor === anchor) {
      this.hide({ returnFocus: false });
      return Promise.resolve();
    }
    return this.show(anchor, floating);
  }

  /** Shows `floating` (removes its `hidden`) and positions it against `anchor`. */
  async show(anchor: HTMLElement, floating: HTMLElement): Promise<void> {
    this.hide({ returnFocus: false });
    if (active && active !== this) active.hide({ returnFocus: false });
    active = this;
    const generation = ++this.generation;
    this.anchor = anchor;
    this.floating = floating;
    floating.hidden = false;
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    this.options.onChange?.(true);
    const { autoUpdate, computePosition, flip, offset, shift } = await import('@floating-ui/dom');
    // Closed (or reopened elsewhere) while floating-ui was loading.
    if (generation !== this.generation) return;
    const place = () =>
      computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: this.options.placement ?? 'bottom-start',
        middleware: [offset(this.options.distance ?? 6), flip(), shift({ padding: 8 })],
      }).then(({ x, y, placement }) => {
        // CSSOM writes, not a `style` attribute: allowed under a strict `style-src` CSP.
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placement = placement;
      });
    this.cleanup = autoUpdate(anchor, floating, () => void place());
    await place();
  }

  /** Hides the popover and stops tracking; optionally puts focus back on the anchor. */
  hide({ returnFocus = true }: { returnFocus?: boolean } = {}): void {
    const { anchor, floating } = this;
    if (!anchor) return;
    this.generation++;
    if (active === this) active = undefined;
    this.cleanup?.();
    this.cleanup = undefined;
    this.anchor = undefined;
    this.floating = undefined;
    if (floating) floating.hidden = true;
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    if (returnFocus && anchor.isConnected) anchor.focus();
    this.options.onChange?.(false);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.hide({ returnFocus: true });
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    if ((this.floating && path.includes(this.floating)) || (this.anchor && path.includes(this.anchor))) return;
    this.hide({ returnFocus: false });
  };
}
