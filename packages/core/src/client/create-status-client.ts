import { createStatusReads, type ApplicationStatusReader } from './application-status-reads.js';
import { clientContext } from './http.js';
import type { ClientOptions } from './options.js';

/**
 * `mi.applications.status` ({@link createClient}) on its own, for a page that only shows an
 * applicant where their application stands: a bundle that calls this leaves out projects,
 * writes and their schemas. Same options, retries and errors as `createClient`.
 *
 * @example
 * ```ts
 * const link = readStatusLink(location.hash);
 * if (link) {
 *   const view = await createStatusClient({ baseUrl: 'https://api.microintern.dev' }).status(link.applicationId, link.token);
 *   console.log(view.status, view.timeline.at(-1)?.message);
 * }
 * ```
 */
export function createStatusClient(options: ClientOptions): ApplicationStatusReader {
  return createStatusReads(clientContext(options));
}
