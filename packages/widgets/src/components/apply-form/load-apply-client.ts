// Imported lazily by <mi-apply-form>: the HTTP client (ky and the client's request code) is
// needed only to send, so with code splitting it stays out of the download that opens the form.
import { createApplyClient } from '@microintern/core';
import type { ApplyClient } from './apply-client.js';

/**
 * A client that sends applications to the API at `baseUrl`, for one company or (without
 * `company`) through the marketplace route.
 *
 * @example
 * ```ts
 * const { applyClient } = await import('./load-apply-client.js');
 * await applyClient('https://api.example.com', 'acme').applications.submit(id, input);
 * ```
 */
export function applyClient(baseUrl: string, company: string | undefined): ApplyClient {
  return createApplyClient({ baseUrl, ...(company ? { company } : {}) });
}
