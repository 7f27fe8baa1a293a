// Keeps the preview's real element in step with the state: the same attributes the HTML
// snippet shows, and the tokens set through the CSSOM (which a strict CSP allows, unlike a
// `style` attribute written as text).
import { TOKENS } from './tokens.js';
import { embedAttributes, tagName, type BuilderState } from './state.js';

/**
 * Updates the element in `stage` to show `state`, replacing it when the tag, the kind of source
 * or `sync-url` changes (each is read once, when the element connects). Returns the element.
 */
const identities = new WeakMap<Element, string>();

export function syncPreview(stage: HTMLElement, state: BuilderState): HTMLElement {
  const tag = tagName(state);
  const identity = `${tag} ${state.source} ${state.syncUrl ? state.syncPrefix || 'mi-' : ''}`;
  let element = stage.firstElementChild as HTMLElement | null;
  const wanted = new Map(embedAttributes(state));
  if (!element || identities.get(element) !== identity) {
    element = document.createElement(tag);
    identities.set(element, identity);
    for (const [name, value] of wanted) element.setAttribute(name, value);
    applyTokens(element, state);
    stage.replaceChildren(element);
    return element;
  }
  for (const { name } of [...element.attributes]) {
    // The element reflects `theme` itself: its default `light` stays, as it would in a host page.
    if (!wanted.has(name) && name !== 'style' && !(name === 'theme' && element.getAttribute(name) === 'light')) {
      element.removeAttribute(name);
    }
  }
  for (const [name, value] of wanted) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  applyTokens(element, state);
  return element;
}

function applyTokens(element: HTMLElement, state: BuilderState): void {
  for (const { name } of TOKENS) {
    const value = state.tokens[name];
    if (value === undefined) element.style.removeProperty(name);
    else element.style.setProperty(name, value);
  }
}
