// What a saved gig's editor says when it opens: a gig posted from `#/gigs/new` is shown next at
// `#/gigs/{id}` by a new editor, which reads here that it was just posted (and the gig the
// server returned, so nothing is fetched again).
import type { Project } from '@microintern/core';

/** The news for the editor of one gig. */
export interface Flash {
  kind: 'posted';
  project: Project;
}

const waiting = new Map<string, Flash>();

/**
 * Leaves `flash` for the next editor of gig `id`.
 *
 * @example
 * ```ts
 * leaveFlash(project.id, { kind: 'posted', project });
 * location.hash = routeHref({ view: 'edit-gig', id: project.id });
 * ```
 */
export function leaveFlash(id: string, flash: Flash): void {
  waiting.set(id, flash);
}

/**
 * The news left for gig `id`, once: a second call gets nothing.
 *
 * @example
 * ```ts
 * const flash = takeFlash(this.gigId);
 * ```
 */
export function takeFlash(id: string): Flash | undefined {
  const flash = waiting.get(id);
  waiting.delete(id);
  return flash;
}
