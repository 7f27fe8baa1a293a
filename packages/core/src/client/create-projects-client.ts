import { HttpTransport } from './http.js';
import { resolveOptions, type ClientOptions } from './options.js';
import { createProjectsApi, type ProjectsApi } from './projects.js';

/**
 * The `projects` part of {@link createClient} on its own, for code that only lists and shows
 * gigs: a bundle that calls this instead of `createClient` leaves out the applications and
 * companies code and their schemas. Same options, checks, retries and errors as `createClient`.
 *
 * @example
 * ```ts
 * const projects = createProjectsClient({ baseUrl: 'https://api.microintern.dev', company: 'acme' });
 * const page = await projects.page({ sort: 'pay', limit: 10 });
 * ```
 */
export function createProjectsClient(options: ClientOptions): ProjectsApi {
  const resolved = resolveOptions(options);
  return createProjectsApi({ http: new HttpTransport(resolved), options: resolved });
}
