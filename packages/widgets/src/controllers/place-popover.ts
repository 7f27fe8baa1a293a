/** A side of the anchor, optionally aligned to its start or end edge: floating-ui's placement names. */
export type PopoverSide = 'top' | 'right' | 'bottom' | 'left';
export type PopoverPlacement = PopoverSide | `${PopoverSide}-${'start' | 'end'}`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What {@link computePopoverPosition} needs besides the boxes. */
export interface PositionOptions {
  placement: PopoverPlacement;
  /** Gap between the anchor and the popover. */
  distance: number;
  /** The least room kept between the popover and the viewport's edges. */
  padding: number;
  /** In a right-to-left context, `start` is the anchor's right edge on the top and bottom sides. */
  rtl: boolean;
}

const OPPOSITE = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' } as const;

/**
 * Where a popover of `size` goes next to `anchor` inside `viewport` (all in viewport pixels):
 * on the requested side unless it does not fit there and the opposite side has more room (a
 * flip), aligned as asked along the anchor, then shifted along that edge to stay `padding` inside
 * the viewport. Returns the top-left corner and the placement actually used.
 *
 * @example
 * ```ts
 * computePopoverPosition({ x: 10, y: 700, width: 20, height: 20 }, { x: 0, y: 0, width: 200, height: 100 },
 *   { x: 0, y: 0, width: 1000, height: 760 }, { placement: 'bottom-start', distance: 6, padding: 8, rtl: false });
 * // { x: 10, y: 594, placement: 'top-start' }: no room below, so above
 * ```
 */
export function computePopoverPosition(anchor: Box, size: Box, viewport: Box, options: PositionOptions): { x: number; y: number; placement: PopoverPlacement } {
  const [preferred, align] = options.placement.split('-') as [PopoverSide, 'start' | 'end' | undefined];
  const vertical = preferred === 'top' || preferred === 'bottom';
  // The main axis runs away from the anchor (y for top and bottom), the cross axis along it.
  const [main, cross, mainSize, crossSize] = vertical ? (['y', 'x', 'height', 'width'] as const) : (['x', 'y', 'width', 'height'] as const);
  const roomBefore = anchor[main] - viewport[main] - options.distance;
  const roomAfter = viewport[main] + viewport[mainSize] - anchor[main] - anchor[mainSize] - options.distance;
  const before = preferred === 'top' || preferred === 'left';
  const [wanted, other] = before ? [roomBefore, roomAfter] : [roomAfter, roomBefore];
  const flip = wanted < size[mainSize] && other > wanted;
  const along = before !== flip
    ? anchor[main] - options.distance - size[mainSize]
    : anchor[main] + anchor[mainSize] + options.distance;
  let start = anchor[cross];
  let end = anchor[cross] + anchor[crossSize] - size[crossSize];
  if (vertical && options.rtl) [start, end] = [end, start];
  const lowest = viewport[cross] + options.padding;
  const offset = Math.max(lowest, Math.min(
    align === 'start' ? start : align === 'end' ? end : (start + end) / 2,
    viewport[cross] + viewport[crossSize] - options.padding - size[crossSize],
  ));
  const side = flip ? OPPOSITE[preferred] : preferred;
  const placement = (align ? `${side}-${align}` : side) as PopoverPlacement;
  return vertical ? { x: offset, y: along, placement } : { x: along, y: offset, placement };
}

/**
 * Puts a `position: fixed` element next to `anchor`. The element is first put at (0, 0) and
 * measured there, so an ancestor that becomes its containing block (a host page's `transform`,
 * `filter` or `contain`) is accounted for: the offset it adds is subtracted. Writes go through
 * CSSOM, which a strict `style-src` CSP allows.
 */
export function placePopover(anchor: Element, floating: HTMLElement, options: Omit<PositionOptions, 'rtl'>): PopoverPlacement {
  floating.style.left = '0px';
  floating.style.top = '0px';
  const origin = floating.getBoundingClientRect();
  const root = document.documentElement;
  const viewport = { x: 0, y: 0, width: root.clientWidth, height: root.clientHeight };
  const rtl = getComputedStyle(floating).direction === 'rtl';
  const { x, y, placement } = computePopoverPosition(anchor.getBoundingClientRect(), origin, viewport, { ...options, rtl });
  floating.style.left = `${x - origin.x}px`;
  floating.style.top = `${y - origin.y}px`;
  floating.dataset['placement'] = placement;
  return placement;
}

/**
 * Calls `update` (at most once a frame) while the popover's position may have changed: a
 * scroll anywhere (the document or any shadow root the anchor sits in: scroll events do not
 * cross shadow boundaries), a resize of the window, the anchor, the popover or the page's
 * content. Returns the function that removes every listener and observer.
 */
export function trackPopover(anchor: Element, floating: Element, update: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    }
  };
  const targets: EventTarget[] = [window];
  for (let root = anchor.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) targets.push(root);
  for (const target of targets) target.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  const observer = new ResizeObserver(schedule);
  for (const element of [anchor, floating, document.documentElement]) observer.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    for (const target of targets) target.removeEventListener('scroll', schedule, { capture: true });
    window.removeEventListener('resize', schedule);
    observer.disconnect();
  };
}
