import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moveFrom, type Cell, type GridShape } from './picker-grid.js';

/** What {@link GridInputController} needs from the picker. */
export interface GridInputHost extends ReactiveControllerHost, HTMLElement {
  readonly shape: GridShape;
  readonly activeCell: Cell;
  /** True while disabled: input is ignored. */
  readonly locked: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Moves the roving tabindex (and focus, when `focus`) to `cell`. */
  moveTo(cell: Cell, focus: boolean): void;
  isSelected(cell: Cell): boolean;
  /**
   * Starts a gesture at `anchor`: cells it sweeps become `on`. The week as it is now is kept,
   * and every {@link extendGesture} paints over that copy, so a sweep that shrinks back gives
   * cells their earlier state again.
   */
  beginGesture(anchor: Cell, on: boolean): void;
  /** Paints the rectangle from the gesture's anchor to `cell` over the week kept at its start. */
  extendGesture(cell: Cell): void;
  /** The gesture is done: announce it and fire `change`. */
  endGesture(): void;
  /** Puts back the week kept at the gesture's start (pointer cancelled, Escape). */
  cancelGesture(): void;
}

function cellOf(target: EventTarget | null): Cell | undefined {
  if (!(target instanceof HTMLElement) || target.getAttribute('role') !== 'gridcell') return undefined;
  return { col: Number(target.dataset['col']), row: Number(target.dataset['row']) };
}

const same = (a: Cell | undefined, b: Cell | undefined) => !!a && !!b && a.col === b.col && a.row === b.row;

/**
 * Pointer and keyboard input for the picker's grid.
 *
 * Pointer: press on a cell and drag to sweep a rectangle; cells become the opposite of what the
 * first cell was, so one gesture either selects or clears. The pointer is captured on the grid,
 * so a drag that leaves it still ends cleanly, and the cell under the pointer is found with
 * `elementFromPoint` (a captured pointer's events all target the grid).
 *
 * Keyboard (WAI-ARIA grid): arrows, Home/End, Ctrl+Home/End and Page Up/Down move; Space or
 * Enter toggles and sets the anchor; Shift with a move extends the anchor's state over the
 * rectangle up to the new cell (selecting, when no cell was just toggled); Escape undoes a
 * drag in progress.
 */
export class GridInputController implements ReactiveController {
  private readonly host: GridInputHost;
  /** The cell a Shift extension grows from, and whether it selects or clears. */
  private anchor: { cell: Cell; on: boolean } | undefined;
  private pointer: { id: number; last: Cell } | undefined;

  constructor(host: GridInputHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.pointer = undefined;
    this.anchor = undefined;
  }

  /** Forgets the anchor: the week changed some other way (a preset, a new value). */
  reset(): void {
    this.anchor = undefined;
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    const cell = cellOf(event.target);
    if (!cell || this.host.locked || event.button !== 0 || this.pointer) return;
    event.preventDefault(); // No text selection or native drag while sweeping.
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.host.moveTo(cell, true);
    // Shift+press extends from the anchor over the week kept when that anchor was set.
    if (!event.shiftKey || !this.anchor) {
      this.anchor = { cell, on: !this.host.isSelected(cell) };
      this.host.beginGesture(cell, this.anchor.on);
    }
    this.pointer = { id: event.pointerId, last: cell };
    this.host.extendGesture(cell);
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    const root = this.host.renderRoot as ShadowRoot; // Lit renders into the shadow root.
    const cell = cellOf(root.elementFromPoint(event.clientX, event.clientY));
    if (!cell || same(cell, this.pointer.last)) return;
    this.pointer.last = cell;
    this.host.moveTo(cell, false);
    this.host.extendGesture(cell);
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    this.pointer = undefined;
    this.host.moveTo(this.host.activeCell, true);
    this.host.endGesture();
  };

  readonly onPointerCancel = (event: PointerEvent): void => {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    this.pointer = undefined;
    this.host.cancelGesture();
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const from = cellOf(event.target);
    if (!from || this.host.locked) return;
    if (event.key === 'Escape' && this.pointer) {
      event.preventDefault();
      this.pointer = undefined;
      this.host.cancelGesture();
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault(); // Space would scroll the page; Enter would submit the form.
      if (event.repeat) return;
      const on = !this.host.isSelected(from);
      this.anchor = { cell: from, on };
      this.host.beginGesture(from, on);
      this.host.extendGesture(from);
      this.host.endGesture();
      return;
    }
    // In a right-to-left layout the days run from right to left, so the arrows swap meaning:
    // → moves to the day drawn to the right, which is the previous one.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    const to = moveFrom(this.host.shape, from, key, event.ctrlKey || event.metaKey);
    if (!to) return;
    event.preventDefault();
    this.host.moveTo(to, true);
    if (!event.shiftKey) {
      this.anchor = undefined;
      return;
    }
    if (!this.anchor) {
      // Shift+arrow with nothing toggled first: grow a selection from where focus was.
      this.anchor = { cell: from, on: true };
      this.host.beginGesture(from, true);
    }
    this.host.extendGesture(to);
    this.host.endGesture();
  };
}
