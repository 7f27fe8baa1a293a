import { waitUntil } from '@open-wc/testing';

/** Elements matching `selector` in `host`'s shadow root. */
export function $$<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The first element matching `selector` in `host`'s shadow root; fails the test when none. */
export function $<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Waits for a condition with a generous timeout: the machine running the suite is slow and
 * shared, so tests wait for states, never for fixed delays.
 */
export function until(predicate: () => boolean, message: string, timeout = 15_000): Promise<void> {
  return waitUntil(predicate, message, { timeout, interval: 20 });
}
