import { MiInputError } from '../errors/mi-input-error.js';
import type { ApplicationStatusView } from '../models/application-status.js';
import { isStatusToken } from '../models/status-token.js';
import type { CallOptions } from '../source.js';
import type { ClientContext } from './http.js';
import { readResource } from './read-response.js';
import { checkSegment, route } from './routes.js';

/** An applicant's read of their own application, with the secret of their status link. */
export interface ApplicationStatusReader {
  /**
   * Where the application stands: status, timeline, and the gig's title and company. The token
   * travels as `Authorization: Bearer …`, never in the URL. A wrong token, a wrong id and a
   * missing application all answer the same 404 `MiHttpError`.
   */
  status(applicationId: string, token: string, options?: CallOptions): Promise<ApplicationStatusView>;
}

/**
 * Builds {@link ApplicationStatusReader} for one client: `mi.applications.status`, and what
 * `createStatusClient` returns. The schema is imported when the first answer arrives.
 *
 * @example
 * ```ts
 * const reader = createStatusReads({ http, options });
 * const view = await reader.status('app_123', 'st_…');
 * ```
 */
export function createStatusReads({ http, options }: ClientContext): ApplicationStatusReader {
  const readView = readResource(() => import('../models/application-status.js').then((m) => m.ApplicationStatusView), 'application status');
  return {
    async status(applicationId, token, { signal } = {}) {
      const id = checkSegment(applicationId, 'applicationId');
      if (!isStatusToken(token)) {
        throw new MiInputError('Invalid status token (st_ and 32 letters or digits)', [{ path: 'token', message: 'Must be the token of a status link' }]);
      }
      const url = route(options.baseUrl, ['v1', 'applications', id, 'status']);
      return (await http.send({ method: 'GET', url, signal, bearer: token, read: readView })).value;
    },
  };
}
