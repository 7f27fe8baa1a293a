import { parseOrThrow } from '../models/parse.js';
import { Project } from '../models/project.js';
import { ProjectInput, ProjectPatch } from '../models/project-input.js';
import type { CallOptions } from '../source.js';
import type { ClientContext } from './http.js';
import { resolveIdempotencyKey } from './idempotency-key.js';
import { createProjectReads, type ProjectsReader } from './project-reads.js';
import { readResource } from './read-response.js';
import { checkSegment, requireSecret, route } from './routes.js';

/** Options of a write that may be retried safely. */
export interface WriteOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key` so a retry is replayed by the server instead of acting twice. A new
   * key is made per call when not given; `false` sends none, and the request is then never retried.
   */
  idempotencyKey?: string | false;
}

/**
 * `mi.projects`: the reads of {@link ProjectsReader} plus the secret-key writes.
 *
 * @example
 * ```ts
 * const page = await mi.projects.page({ category: ['data'], schedule: ['weekend'], limit: 10 });
 * for await (const project of mi.projects.list({ q: 'survey' })) console.log(project.title);
 * ```
 */
export interface ProjectsApi extends ProjectsReader {
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

  function companyProject(id: string, method: string, ...rest: string[]): URL {
    const company = requireSecret(options, method);
    return route(options.baseUrl, ['v1', 'companies', company, 'projects', checkSegment(id, 'id'), ...rest]);
  }

  return {
    ...createProjectReads({ http, options }),

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
