import { MiResponseError } from '../errors/mi-response-error.js';
import type { Page } from '../models/page.js';
import { parseOrThrow } from '../models/parse.js';
import { Project, ProjectInput, ProjectPatch } from '../models/project.js';
import { ProjectQuery, queryToSearchParams } from '../models/query.js';
import type { CallOptions, ProjectSource } from '../source.js';
import type { Answer, ClientContext } from './http.js';
import { resolveIdempotencyKey } from './idempotency-key.js';
import { readPage, readResource } from './read-response.js';
import { checkSegment, projectsPath, requireSecret, route } from './routes.js';

/** Options of a write that may be retried safely. */
export interface WriteOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key` so a retry is replayed by the server instead of acting twice. A new
   * key is made per call when not given; `false` sends none, and the request is then never retried.
   */
  idempotencyKey?: string | false;
}

/**
 * `mi.projects`: the {@link ProjectSource} read interface over HTTP, plus the secret-key writes.
 *
 * @example
 * ```ts
 * const page = await mi.projects.page({ category: ['data'], schedule: ['weekend'], limit: 10 });
 * for await (const project of mi.projects.list({ q: 'survey' })) console.log(project.title);
 * ```
 */
export interface ProjectsApi extends ProjectSource {
  /** One page of projects; items that fail validation are left out and listed in `skipped`. */
  page(query?: ProjectQuery, options?: CallOptions): Promise<Page<Project>>;
  /** Every matching project, each once, fetching the next page only when the loop needs it. */
  list(query?: Omit<ProjectQuery, 'cursor'>, options?: CallOptions): AsyncGenerator<Project, void, undefined>;
  /** One project by id or slug; a 404 `MiHttpError` when there is none. */
  get(idOrSlug: string, options?: CallOptions): Promise<Project>;
  /** Posts a new project (secret key): `201` with the stored project. */
  create(input: ProjectInput, options?: WriteOptions): Promise<Project>;
  /** Changes some fields of a project (secret key). Never retried: a PATCH need not be idempotent. */
  update(id: string, patch: ProjectPatch, options?: CallOptions): Promise<Project>;
  /** Stops a project taking applications (secret key). */
  close(id: string, options?: CallOptions): Promise<Project>;
}

/**
 * Builds `mi.projects` for one client.
 *
 * @example
 * ```ts
 * const projects = createProjectsApi({ http, options });
 * ```
 */
export function createProjectsApi({ http, options }: ClientContext): ProjectsApi {
  const readProject = readResource(Project, 'project');
  const readProjects = readPage(Project);

  async function load(query: ProjectQuery, signal: AbortSignal | undefined): Promise<Answer<Page<Project>>> {
    const parsed = parseOrThrow(ProjectQuery, query, 'Invalid project query');
    const url = route(options.baseUrl, projectsPath(options.company), queryToSearchParams(parsed));
    const answer = await http.send({ method: 'GET', url, signal, read: readProjects, conditional: true });
    // Reported on every page handed out, a revalidated one included, so a board that shows a
    // notice per load shows it every time the bad items are (still) left out.
    if (answer.value.skipped.length) options.onInvalid?.(answer.value.skipped, { url: url.href });
    return answer;
  }

  function companyProject(id: string, method: string, ...rest: string[]): URL {
    const company = requireSecret(options, method);
    return route(options.baseUrl, ['v1', 'companies', company, 'projects', checkSegment(id, 'id'), ...rest]);
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

    async create(input, { signal, idempotencyKey } = {}) {
      const company = requireSecret(options, 'projects.create');
      const json = parseOrThrow(ProjectInput, input, 'Invalid project');
      const url = route(options.baseUrl, ['v1', 'companies', company, 'projects']);
      const key = resolveIdempotencyKey(idempotencyKey);
      return (await http.send({ method: 'POST', url, json, idempotencyKey: key, signal, read: readProject })).value;
    },

    async update(id, patch, { signal } = {}) {
      const url = companyProject(id, 'projects.update');
      const json = parseOrThrow(ProjectPatch, patch, 'Invalid project patch');
      return (await http.send({ method: 'PATCH', url, json, signal, read: readProject })).value;
    },

    async close(id, { signal } = {}) {
      const url = companyProject(id, 'projects.close', 'close');
      return (await http.send({ method: 'POST', url, signal, read: readProject })).value;
    },
  };
}
