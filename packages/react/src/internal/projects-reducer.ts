import type { Page, Project } from '@microintern/core';

/** Where a {@link useProjects} list stands. */
export type ProjectsStatus = 'idle' | 'loading' | 'success' | 'error';

/** The list state the hook renders from. */
export interface ProjectsState {
  /** Every project loaded for the current filters, first page first. */
  projects: Project[];
  /** The page that arrived last: its `total`, `facets`, `nextCursor` and `skipped` items. */
  page: Page<Project> | undefined;
  status: ProjectsStatus;
  /**
   * Whether the page loading is a next page (`loadMore`). When `false` while `status` is
   * `loading`, a new first page is on its way and `projects` still hold the previous results.
   */
  loadingMore: boolean;
  /** Why the last load failed, while `status` is `error`. */
  error: unknown;
}

/** What happened to the list. */
export type ProjectsAction =
  | { type: 'idle' }
  | { type: 'loading'; append: boolean }
  | { type: 'page'; page: Page<Project>; append: boolean }
  | { type: 'error'; error: unknown };

export const initialProjectsState: ProjectsState = { projects: [], page: undefined, status: 'idle', loadingMore: false, error: undefined };

/**
 * The list's state machine. A first page replaces the list, a following page is appended.
 * While a new first page loads, the previous results stay, so a list refiltered by typing does
 * not flash empty on every key press; `status` says they are stale.
 *
 * @example
 * ```ts
 * const [state, dispatch] = useReducer(projectsReducer, initialProjectsState);
 * dispatch({ type: 'page', page, append: false });
 * ```
 */
export function projectsReducer(state: ProjectsState, action: ProjectsAction): ProjectsState {
  switch (action.type) {
    case 'idle':
      return initialProjectsState;
    case 'loading':
      return { ...state, status: 'loading', loadingMore: action.append, error: undefined };
    case 'error':
      return { ...state, status: 'error', loadingMore: false, error: action.error };
    case 'page': {
      if (!action.append) return { projects: action.page.items, page: action.page, status: 'success', loadingMore: false, error: undefined };
      // Offset-based cursors can move a project onto the next page when a gig is posted while
      // someone reads; a list keyed by id must not show it twice.
      const seen = new Set(state.projects.map((project) => project.id));
      const added = action.page.items.filter((project) => !seen.has(project.id));
      return { projects: [...state.projects, ...added], page: action.page, status: 'success', loadingMore: false, error: undefined };
    }
  }
}
