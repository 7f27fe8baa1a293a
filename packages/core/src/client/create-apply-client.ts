import { createSubmit, type Submit } from './application-submit.js';
import { clientContext } from './http.js';
import type { ClientOptions } from './options.js';

/** What {@link createApplyClient} returns: `applications.submit` and nothing else. */
export interface ApplyClientApi {
  readonly applications: { readonly submit: Submit };
}

/**
 * `mi.applications.submit` ({@link createClient}) on its own, for a page that only sends
 * applications (the apply form): a bundle that calls this leaves out the secret-key methods,
 * project writes and their schemas. Same options, idempotency keys, retries and errors as
 * `createClient`.
 *
 * @example
 * ```ts
 * const mi = createApplyClient({ baseUrl: 'https://api.microintern.dev', company: 'acme' });
 * const receipt = await mi.applications.submit('p_123', { applicant, answers: {}, consent: true });
 * ```
 */
export function createApplyClient(options: ClientOptions): ApplyClientApi {
  return Object.freeze({ applications: Object.freeze({ submit: createSubmit(clientContext(options)) }) });
}
