// Keeps the preview's real element in step with the state: the same attributes the HTML
// snippet shows, and the tokens set through the CSSOM (which a strict CSP allows, unlike a
// `style` attribute written as text).
import { TOKENS } from './tokens.js';
import { embedAttributes, tagName, type BuilderState } from './state.js';

const identities = new WeakMap<Element, string>();

/**
 * Updates the element in `stage` to show `state` and returns it. Added or changed attributes
 * are set on the element in place. It is replaced by a fresh one when the tag, the kind of
 * source or `sync-url` changes (each is read once, when the element connects), and when an
 * attribute goes away: a removed attribute leaves its property `null` rather than at its
 * default, and the preview must be what a page pasting the snippet gets.
 */
export function syncPreview(stage: HTMLElement, state: BuilderState): HTMLElement {
  const tag = tagName(state);
  const identity = `${tag} ${state.source} ${state.syncUrl ? state.syncPrefix || 'mi-' : ''}`;
  const wanted = new Map(embedAttributes(state));
  let element = stage.firstElementChild as HTMLElement | null;
  // The element reflects `theme` itself, so its default `light` is there without being asked for.
  const dropped = element ? [...element.attributes].some(({ name, value }) => name !== 'style' && !wanted.has(name) && !(name === 'theme' && value === 'light')) : false;
  if (!element || identities.get(element) !== identity || dropped) {
    element = document.createElement(tag);
    identities.set(element, identity);
    for (const [name, value] of wanted) element.setAttribute(name, value);
    applyTokens(element, state);
    stage.replaceChildren(element);
    return element;
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
