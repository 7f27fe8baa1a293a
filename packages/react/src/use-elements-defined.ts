import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { defineElements, type WidgetTag } from './define-elements.js';

/**
 * Whether every element in `tags` is registered, loading the ones that are not. `false` on the
 * server and in the first client render of a server-rendered page (so hydration matches), then
 * `true` from the render after the last element is defined.
 *
 * Until then a wrapped element is an empty tag with no height. Render your own placeholder
 * while this is `false`, and the page does not jump when the elements upgrade: data that
 * arrives before the widgets' code would otherwise lay out as empty cards first.
 *
 * A download that fails is reported on the console and the hook stays `false`.
 *
 * @example
 * ```tsx
 * const { projects, status } = useProjects(mi.projects, filters);
 * const ready = useElementsDefined(['mi-project-card']);
 * if (status === 'loading' || (projects.length > 0 && !ready)) return <Skeletons />;
 * return projects.length > 0 ? <Cards projects={projects} /> : <p>No gigs match.</p>;
 * ```
 */
export function useElementsDefined(tags: readonly WidgetTag[]): boolean {
  // One key per set of tags, so a new array with the same tags does not subscribe again.
  const key = tags.join(' ');
  const list = useMemo(() => (key ? (key.split(' ') as WidgetTag[]) : []), [key]);
  const subscribe = useCallback(
    (changed: () => void) => {
      let live = true;
      defineElements(list).then(
        () => {
          if (live) changed();
        },
        (error: unknown) => console.error(`@microintern/react: could not load ${list.map((tag) => `<${tag}>`).join(', ')}.`, error),
      );
      return () => {
        live = false;
      };
    },
    [list],
  );
  const defined = useCallback(() => list.every((tag) => customElements.get(tag) !== undefined), [list]);
  return useSyncExternalStore(subscribe, defined, () => false);
}
