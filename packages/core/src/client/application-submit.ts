import { MiInputError } from '../errors/mi-input-error.js';
import { ApplicationInput, ApplicationReceipt } from '../models/application.js';
import { parseOrThrow } from '../models/parse.js';
import type { ClientContext } from './http.js';
import { resolveIdempotencyKey } from './idempotency-key.js';
import type { WriteOptions } from './projects.js';
import { readResource } from './read-response.js';
import { checkSegment, projectsPath, route } from './routes.js';

/** An application as `mi.applications.submit` takes it: `projectId` comes from the first argument. */
export type SubmitInput = Omit<ApplicationInput, 'projectId'> & { projectId?: string };

/** `mi.applications.submit`: see {@link ApplicationsApi.submit}. */
export type Submit = (projectId: string, input: SubmitInput, options?: WriteOptions) => Promise<ApplicationReceipt>;

/**
 * Builds `submit` for one client: shared by `createClient` and `createApplyClient`, which has
 * nothing else and so leaves the secret-key code and its schemas out of a bundle.
 *
 * @example
 * ```ts
 * const submit = createSubmit({ http, options });
 * const receipt = await submit('p_123', { applicant, answers: {}, consent: true });
 * ```
 */
export function createSubmit({ http, options }: ClientContext): Submit {
  const readReceipt = readResource(ApplicationReceipt, 'application receipt');
  return async (projectId, input, { signal, idempotencyKey } = {}) => {
    const id = checkSegment(projectId, 'projectId');
    if (input && typeof input === 'object' && input.projectId !== undefined && input.projectId !== id) {
      throw new MiInputError(`Invalid application (projectId: "${input.projectId}" does not match "${id}")`, [
        { path: 'projectId', message: `Must be the project applied to (${id})` },
      ]);
    }
    const json = parseOrThrow(ApplicationInput, { ...input, projectId: id }, 'Invalid application');
    const key = resolveIdempotencyKey(idempotencyKey);
    const url = route(options.baseUrl, [...projectsPath(options.company), id, 'applications']);
    return (await http.send({ method: 'POST', url, json, idempotencyKey: key, signal, read: readReceipt })).value;
  };
}
