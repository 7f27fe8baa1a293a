// The custom elements the React components render, and how to register each one.
//
// The element classes extend `HTMLElement`, so their modules can only be evaluated in a browser.
// They are therefore never imported at the top of this package: each one is fetched with a
// dynamic `import()` the first time a component mounts (or when `defineElements` is called),
// which also lets bundlers put the widgets in their own chunk.

/** The tag of an element this package wraps. */
export type WidgetTag = 'mi-project-board' | 'mi-project-card' | 'mi-apply-form' | 'mi-availability-picker' | 'mi-application-status';

const loaders: Record<WidgetTag, () => Promise<unknown>> = {
  'mi-project-board': () => import('@microintern/widgets/components/project-board/project-board'),
  'mi-project-card': () => import('@microintern/widgets/components/project-card/project-card'),
  'mi-apply-form': () => import('@microintern/widgets/components/apply-form/apply-form'),
  'mi-availability-picker': () => import('@microintern/widgets/components/availability-picker/availability-picker'),
  'mi-application-status': () => import('@microintern/widgets/components/application-status/application-status'),
};

/** Every tag this package wraps, in the order {@link defineElements} registers them. */
export const WIDGET_TAGS = Object.keys(loaders) as WidgetTag[];

const pending = new Map<WidgetTag, Promise<void>>();

/**
 * Registers one element, once. Resolves when the tag is defined. A tag that is already
 * registered (by the CDN bundle, or another copy of the widgets) is used as it is, without
 * downloading anything.
 *
 * A failed download (a chunk that went missing after a deploy) rejects, and the next call
 * tries again instead of remembering the failure.
 *
 * @example
 * ```ts
 * await defineElement('mi-project-card');
 * document.createElement('mi-project-card'); // an upgraded MiProjectCard
 * ```
 */
export function defineElement(tag: WidgetTag): Promise<void> {
  if (typeof customElements === 'undefined') {
    return Promise.reject(new Error(`<${tag}> can only be defined in a browser`));
  }
  if (customElements.get(tag)) return Promise.resolve();
  let loading = pending.get(tag);
  if (!loading) {
    loading = loaders[tag]().then(
      () => undefined,
      (error: unknown) => {
        pending.delete(tag);
        throw error;
      },
    );
    pending.set(tag, loading);
  }
  return loading;
}

/**
 * Registers the elements behind the React components ahead of their first render, so they
 * appear upgraded on the first frame instead of a moment later. Optional: every component
 * registers its own element when it mounts. Call it only in the browser (for example in your
 * client entry), never while rendering on the server.
 *
 * @example
 * ```ts
 * // main.tsx
 * import { defineElements } from '@microintern/react';
 * void defineElements(); // start the download while React renders
 * createRoot(document.getElementById('root')!).render(<App />);
 * ```
 */
export async function defineElements(tags: readonly WidgetTag[] = WIDGET_TAGS): Promise<void> {
  await Promise.all(tags.map((tag) => defineElement(tag)));
}
