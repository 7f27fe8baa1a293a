import { clientContext } from './http.js';
import type { ClientOptions } from './options.js';
import { createProjectReads, type ProjectsReader } from './project-reads.js';

/**
 * The reads of `mi.projects` ({@link createClient}) on their own, for code that only lists and
 * shows gigs: `page`, `list` and `get`. A bundle that calls this instead of `createClient` leaves
 * out the writes, the applications and companies code and their schemas. Same options, checks,
 * retries and errors as `createClient`.
 *
 * @example
 * ```ts
 * const projects = createProjectsClient({ baseUrl: 'https://api.microintern.dev', company: 'acme' });
 * const page = await projects.page({ sort: 'pay', limit: 10 });
 * ```
 */
export function createProjectsClient(options: ClientOptions): ProjectsReader {
  return createProjectReads(clientContext(options));
}
