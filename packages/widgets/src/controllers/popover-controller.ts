import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PopoverPlacement } from './place-popover.js';

/** Options for {@link PopoverController}. */
export interface PopoverOptions {
  /** Where the popover sits relative to its anchor; flips when there is no room. Default `bottom-start`. */
  placement?: PopoverPlacement;
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
 * Positions a floating element next to an anchor (`place-popover.ts`: the requested side, flipped
 * when there is no room, shifted to stay inside the viewport) and keeps it there while the page
 * scrolls or resizes. The function that stops the tracking is stored and called on hide and when
 * the host disconnects, so no listener or observer outlives the popover.
 *
 * Escape closes the popover and returns focus to the anchor; a press outside closes it
 * without moving focus. The positioning code is imported on first open: a page that never
 * opens a popover never downloads it when the widgets are bundled with code splitting.
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
    const { placePopover, trackPopover } = await import('./place-popover.js');
    // Closed (or reopened elsewhere) while the positioning code was loading.
    if (generation !== this.generation) return;
    const place = () =>
      placePopover(anchor, floating, { placement: this.options.placement ?? 'bottom-start', distance: this.options.distance ?? 6, padding: 8 });
    this.cleanup = trackPopover(anchor, floating, place);
    place();
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
