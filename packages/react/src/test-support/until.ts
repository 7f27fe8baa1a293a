/**
 * Waits until `check` returns something truthy (checked every animation frame) and returns it;
 * fails with `what` after `timeout` ms. For states reached asynchronously: an element upgraded
 * after its module loaded, a board that rendered its cards.
 */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 5000): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The element of the widget's shadow root matching `selector`; fails when missing. */
export function shadow<E extends Element>(host: Element, selector: string): E {
  const element = host.shadowRoot?.querySelector<E>(selector);
  if (!element) throw new Error(`<${host.localName}> has no ${selector} in its shadow root`);
  return element;
}
