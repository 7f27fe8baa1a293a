import * as React from 'react';
import { createComponent } from '@lit/react';
import { defineElement, type WidgetTag } from '../define-elements.js';
import { serverProps } from './server-props.js';

/**
 * What {@link wrapElement} needs to know about one element. `P` are the element props (set as
 * properties in the browser), `E` the event props (added as listeners).
 */
export interface WrapperSpec<P extends object, E extends object> {
  tagName: WidgetTag;
  displayName: string;
  /** Every element prop with its HTML attribute, or `null` when only a property can carry it. */
  properties: { readonly [K in keyof P]-?: string | null };
  /** Every event prop with the DOM event it listens to. */
  events: { readonly [K in keyof E]-?: string };
}

/**
 * The props of a wrapped element: its own props, its typed event props, and the ordinary HTML
 * attributes React knows (`id`, `className`, `style`, `aria-*`, `children`) minus those the
 * element's props replace (its `onLoad` is `mi-load`, not the DOM `load` event).
 */
export type WrapperProps<I extends HTMLElement, P extends object, E extends object> = P &
  E &
  Omit<React.HTMLAttributes<I>, keyof P | keyof E>;

/** A React component for one element; its `ref` is the element. */
export type WrappedElement<I extends HTMLElement, P extends object, E extends object> = React.ForwardRefExoticComponent<
  WrapperProps<I, P, E> & React.RefAttributes<I>
>;

type ClientComponent = React.ComponentType<Record<string, unknown> & React.RefAttributes<HTMLElement>>;

/**
 * An object that says which names are element properties, standing in for the element class
 * `@lit/react` asks for. `createComponent` only looks at `name in elementClass.prototype` to
 * decide between property and attribute; the real class cannot be used here because importing
 * it needs a browser, and this package must import cleanly during server rendering.
 */
function elementShape(names: readonly string[]): new () => HTMLElement {
  class ElementShape {}
  for (const name of names) Object.defineProperty(ElementShape.prototype, name, { value: undefined });
  return ElementShape as unknown as new () => HTMLElement;
}

/**
 * Makes the React component for one `mi-*` element, safe to import and render on a server.
 *
 * - On the server (no `document`), it renders the tag with the element props written as HTML
 *   attributes ({@link serverProps}); nothing touches `window` or `customElements`.
 * - In the browser, it renders through `@lit/react`'s `createComponent` (made on first use, not
 *   at import time), which sets element props as properties and adds the event listeners, and
 *   it registers the element on mount with a dynamic import of its widgets module. Properties
 *   set before the element is defined are picked up when it upgrades, so nothing is lost.
 *
 * @example
 * ```ts
 * export const ProjectCard = wrapElement<MiProjectCard, ProjectCardElementProps, ProjectCardEvents>({
 *   tagName: 'mi-project-card',
 *   displayName: 'ProjectCard',
 *   properties: { project: null, projectId: 'project-id', ... },
 *   events: { onApplyOpen: 'mi-apply-open', ... },
 * });
 * ```
 */
export function wrapElement<I extends HTMLElement, P extends object, E extends object>(spec: WrapperSpec<P, E>): WrappedElement<I, P, E> {
  const properties = spec.properties as Readonly<Record<string, string | null>>;
  const events = spec.events as Readonly<Record<string, string>>;
  let client: ClientComponent | undefined;

  // An anonymous render function: React then names it after `displayName` in its messages.
  const Wrapped = React.forwardRef<I, WrapperProps<I, P, E>>((props, ref) => {
    // Effects never run on the server, so this only ever loads the element in a browser.
    React.useEffect(() => {
      defineElement(spec.tagName).catch((error: unknown) => {
        console.error(`@microintern/react: could not load <${spec.tagName}>; it will stay empty.`, error);
      });
    }, []);
    if (typeof document === 'undefined') {
      return React.createElement(spec.tagName, serverProps(props as Record<string, unknown>, { properties, events }));
    }
    client ??= createComponent({
      react: React,
      tagName: spec.tagName,
      elementClass: elementShape(Object.keys(properties)),
      events,
      displayName: `${spec.displayName}(${spec.tagName})`,
    }) as unknown as ClientComponent;
    return React.createElement(client, { ...(props as Record<string, unknown>), ref: ref as React.Ref<HTMLElement> });
  });
  Wrapped.displayName = spec.displayName;
  // forwardRef's own type strips `ref` from the props with a distributive Omit, which a generic
  // `P & E` cannot be proven to survive; the runtime component is exactly this type.
  return Wrapped as unknown as WrappedElement<I, P, E>;
}
