import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Page, Project, ProjectQuery, ProjectSource } from '@microintern/core';
import { initialProjectsState, projectsReducer, type ProjectsStatus } from './internal/projects-reducer.js';

export type { ProjectsStatus } from './internal/projects-reducer.js';

/** The filters, sort and page size of {@link useProjects}: a `ProjectQuery` without its cursor. */
export type ProjectFilters = Omit<ProjectQuery, 'cursor'>;

/** What {@link useProjects} returns. */
export interface UseProjectsResult {
  /** Every project loaded for the current filters; kept while a new query loads. */
  projects: Project[];
  /** The page that arrived last: `total`, `facets` (counts per category and schedule), `skipped`. */
  page: Page<Project> | undefined;
  /**
   * `idle` without a source; `loading` while a page is on its way (from the first render when a
   * source is given, so placeholders show at once), then `success` or `error`.
   */
  status: ProjectsStatus;
  /** `true` while {@link loadMore}'s page loads; `false` while a new first page loads (then `projects` are the previous results, to show dimmed). */
  loadingMore: boolean;
  /** Why the last load failed (an `MiError` from a client), while `status` is `error`. */
  error: unknown;
  /** Whether there is a next page for {@link loadMore} (never while a new first page loads). */
  hasMore: boolean;
  /** Fetches the next page and appends it. Does nothing while a page loads or on the last page; after an error it tries that page again. */
  loadMore: () => void;
  /** Loads the first page again, for a Retry button or after posting a gig. */
  reload: () => void;
}

/** The request in flight for the current filters, and where paging stands. */
interface Session {
  controller: AbortController;
  query: ProjectFilters;
  cursor: string | null;
  busy: boolean;
}

/**
 * A stable key for filters: the same filters in any key order, with or without `undefined`
 * fields, give the same key, so a new object literal on every render does not refetch.
 */
function filtersKey(filters: ProjectFilters): string {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * Pages through projects from any `ProjectSource`: a client's `mi.projects`, a static feed from
 * `createFeedSource`, or a test double.
 *
 * When the filters or the source change, the request still in flight is aborted through its
 * `AbortSignal` and its answer ignored, so a slow old query can never overwrite a newer one.
 * Nothing is set after the component unmounts. Filters are compared by value; the source by
 * identity, so create it once (outside the component, or with `useMemo`).
 *
 * @example
 * ```tsx
 * const mi = createClient({ baseUrl: 'https://api.example.com' });
 *
 * function Gigs({ q }: { q: string }) {
 *   const { projects, status, error, hasMore, loadMore, reload } = useProjects(mi.projects, { q, schedule: ['weekend'] });
 *   if (status === 'error') return <button onClick={reload}>Retry ({String(error)})</button>;
 *   return (
 *     <>
 *       {projects.map((p) => <ProjectCard key={p.id} project={p} />)}
 *       {hasMore && <button onClick={loadMore} disabled={status === 'loading'}>Load more</button>}
 *     </>
 *   );
 * }
 * ```
 */
export function useProjects(source: ProjectSource | null | undefined, filters: ProjectFilters = {}): UseProjectsResult {
  const key = filtersKey(filters);
  // With a source, the first page is requested right after mounting: render `loading` from the
  // start (on the server too), so a list shows its placeholders in the first paint instead of
  // an empty state that the placeholders then push the rest of the page away from.
  const [state, dispatch] = useReducer(projectsReducer, source, (given) => (given ? { ...initialProjectsState, status: 'loading' as const } : initialProjectsState));
  const [generation, setGeneration] = useState(0);
  const session = useRef<Session | undefined>(undefined);

  const fetchPage = useCallback(
    (current: Session, append: boolean) => {
      if (!source) return;
      current.busy = true;
      dispatch({ type: 'loading', append });
      const query: ProjectQuery = { ...current.query, ...(append && current.cursor ? { cursor: current.cursor } : {}) };
      const { signal } = current.controller;
      // Through a promise, so a source that throws synchronously lands in `error` too.
      new Promise<Page<Project>>((resolve) => resolve(source.page(query, { signal }))).then(
        (page) => {
          // Aborted: the filters changed or the component unmounted; this answer is stale.
          if (signal.aborted) return;
          current.busy = false;
          current.cursor = page.nextCursor;
          dispatch({ type: 'page', page, append });
        },
        (error: unknown) => {
          if (signal.aborted) return;
          current.busy = false;
          dispatch({ type: 'error', error });
        },
      );
    },
    [source],
  );

  useEffect(() => {
    if (!source) {
      session.current = undefined;
      dispatch({ type: 'idle' });
      return undefined;
    }
    const current: Session = { controller: new AbortController(), query: JSON.parse(key) as ProjectFilters, cursor: null, busy: false };
    session.current = current;
    fetchPage(current, false);
    return () => current.controller.abort();
  }, [source, key, generation, fetchPage]);

  const loadMore = useCallback(() => {
    const current = session.current;
    if (!current || current.busy || !current.cursor) return;
    fetchPage(current, true);
  }, [fetchPage]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  return useMemo(
    // While a new first page loads, the old results' next page is out of reach: no "more".
    () => ({ ...state, hasMore: Boolean(state.page?.nextCursor) && !(state.status === 'loading' && !state.loadingMore), loadMore, reload }),
    [state, loadMore, reload],
  );
}
