// Imported lazily by <mi-application-status>: the HTTP client (ky and the status read) comes
// after the element's first render, so the loading state shows at once.
import { createStatusClient, type ApplicationStatusReader } from '@microintern/core';

/** The status reader for the API at `baseUrl`. */
export function statusClient(baseUrl: string): ApplicationStatusReader {
  return createStatusClient({ baseUrl });
}
