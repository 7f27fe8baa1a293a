import type { Page } from './models/page.js';
import type { Project } from './models/project.js';
import type { ProjectQuery } from './models/query.js';

/** Options every call accepts. */
export interface CallOptions {
  /** Aborts the call; it then rejects with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal;
}

/**
 * The read interface every widget needs. The HTTP client ({@link createClient}) and the static
 * feed ({@link createFeedSource}) both implement it, so a board works the same against the API
 * or a JSON file.
 *
 * @example
 * ```ts
 * async function firstTitles(source: ProjectSource) {
 *   const page = await source.page({ sort: 'pay', limit: 5 });
 *   return page.items.map((p) => p.title);
 * }
 * ```
 */
export interface ProjectSource {
  /** One page of projects matching `query`. */
  page(query?: ProjectQuery, options?: CallOptions): Promise<Page<Project>>;
  /** Every matching project, walking the pages as the loop asks for them. */
  list(query?: Omit<ProjectQuery, 'cursor'>, options?: CallOptions): AsyncIterable<Project>;
  /** One project by id or slug. Rejects with a 404 `MiHttpError` when there is none. */
  get(idOrSlug: string, options?: CallOptions): Promise<Project>;
}
