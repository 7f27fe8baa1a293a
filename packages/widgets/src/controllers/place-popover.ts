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
  // Room on each side of the anchor, after the gap.
  const room = {
    top: anchor.y - viewport.y - options.distance,
    bottom: viewport.y + viewport.height - (anchor.y + anchor.height) - options.distance,
    left: anchor.x - viewport.x - options.distance,
    right: viewport.x + viewport.width - (anchor.x + anchor.width) - options.distance,
  };
  const need = vertical ? size.height : size.width;
  const opposite = OPPOSITE[preferred];
  const side = room[preferred] >= need || room[preferred] >= room[opposite] ? preferred : opposite;

  let x: number;
  let y: number;
  if (vertical) {
    y = side === 'top' ? anchor.y - options.distance - size.height : anchor.y + anchor.height + options.distance;
    const start = options.rtl ? anchor.x + anchor.width - size.width : anchor.x;
    const end = options.rtl ? anchor.x : anchor.x + anchor.width - size.width;
    x = align === 'start' ? start : align === 'end' ? end : anchor.x + (anchor.width - size.width) / 2;
    x = clamp(x, viewport.x + options.padding, viewport.x + viewport.width - options.padding - size.width);
  } else {
    x = side === 'left' ? anchor.x - options.distance - size.width : anchor.x + anchor.width + options.distance;
    y = align === 'start' ? anchor.y : align === 'end' ? anchor.y + anchor.height - size.height : anchor.y + (anchor.height - size.height) / 2;
    y = clamp(y, viewport.y + options.padding, viewport.y + viewport.height - options.padding - size.height);
  }
  return { x, y, placement: (align ? `${side}-${align}` : side) as PopoverPlacement };
}

/** `value` kept within [min, max]; `min` wins when the range is empty (a popover wider than the viewport). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
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
