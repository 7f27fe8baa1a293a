import { MiResponseError } from '../errors/mi-response-error.js';
import type { Page } from '../models/page.js';
import type { Project } from '../models/project.js';
import type { ProjectQuery } from '../models/query.js';
import { queryToSearchParams } from '../models/query-params.js';
import { checkProjectQuery, readProjectQuickly } from '../models/project-quick.js';
import type { CallOptions, ProjectSource } from '../source.js';
import type { Answer, ClientContext } from './http.js';
import { readPage, readResource } from './read-response.js';
import { checkSegment, projectsPath, route } from './routes.js';

/**
 * The read half of `mi.projects`, the {@link ProjectSource} interface over HTTP: what
 * `createProjectsClient()` returns. The writes live in `projects.ts`, so a bundle that only
 * reads leaves them and their schemas out.
 */
export interface ProjectsReader extends ProjectSource {
  /** One page of projects; items that fail validation are left out and listed in `skipped`. */
  page(query?: ProjectQuery, options?: CallOptions): Promise<Page<Project>>;
  /** Every matching project, each once, fetching the next page only when the loop needs it. */
  list(query?: Omit<ProjectQuery, 'cursor'>, options?: CallOptions): AsyncGenerator<Project, void, undefined>;
  /** One project by id or slug; a 404 `MiHttpError` when there is none. */
  get(idOrSlug: string, options?: CallOptions): Promise<Project>;
}

/**
 * Builds the read half of `mi.projects` for one client.
 *
 * @example
 * ```ts
 * const reads = createProjectReads({ http, options });
 * ```
 */
export function createProjectReads({ http, options }: ClientContext): ProjectsReader {
  // The schemas come only when a quick reader is unsure: a valid answer is read without zod.
  const project = () => import('../models/project.js').then((m) => m.Project);
  const readProject = readResource(project, 'project', readProjectQuickly);
  const readProjects = readPage(project, readProjectQuickly);

  async function load(query: ProjectQuery, signal: AbortSignal | undefined): Promise<Answer<Page<Project>>> {
    const parsed = await checkProjectQuery(query);
    const url = route(options.baseUrl, projectsPath(options.company), queryToSearchParams(parsed));
    const answer = await http.send({ method: 'GET', url, signal, read: readProjects, conditional: true });
    // Reported on every page handed out, a revalidated one included, so a board that shows a
    // notice per load shows it every time the bad items are (still) left out.
    if (answer.value.skipped.length) options.onInvalid?.(answer.value.skipped, { url: url.href });
    return answer;
  }

  return {
    async page(query = {}, { signal } = {}) {
      return (await load(query, signal)).value;
    },

    async *list(query = {}, { signal } = {}) {
      const seenCursors = new Set<string>();
      // Ids already yielded: offset-based cursors can shift an item onto the next page when a
      // gig is posted mid-walk, and a caller counting applicants must not see it twice.
      const seenIds = new Set<string>();
      let cursor: string | undefined;
      for (;;) {
        const { value: page, exchange } = await load({ ...query, ...(cursor !== undefined ? { cursor } : {}) }, signal);
        for (const project of page.items) {
          if (seenIds.has(project.id)) continue;
          seenIds.add(project.id);
          yield project;
        }
        if (page.nextCursor === null) return;
        // A proxy that ignores the query string would hand back the same page for ever.
        if (seenCursors.has(page.nextCursor)) {
          throw new MiResponseError(exchange.request, exchange.response, `The server sent cursor "${page.nextCursor}" twice; stopped instead of looping`);
        }
        seenCursors.add(page.nextCursor);
        cursor = page.nextCursor;
      }
    },

    async get(idOrSlug, { signal } = {}) {
      const url = route(options.baseUrl, [...projectsPath(options.company), checkSegment(idOrSlug, 'idOrSlug')]);
      return (await http.send({ method: 'GET', url, signal, read: readProject, conditional: true })).value;
    },
  };
}
