/**
 * The element that really has focus, looking inside shadow roots: `document.activeElement` is
 * only the outermost host (the board), but focus must return to the Apply button inside it.
 *
 * @example
 * ```ts
 * const opener = deepActiveElement(); // the card's Apply button, inside the board's shadow root
 * dialog.addEventListener('close', () => opener?.focus());
 * ```
 */
export function deepActiveElement(root: Document | ShadowRoot = document): HTMLElement | undefined {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}
