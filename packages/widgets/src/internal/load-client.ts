// Imported lazily by `sourceFor`, so code splitting keeps the HTTP client (and ky) out of the
// first download of a page whose board reads a static feed. It uses the read-only client: the
// applications code and schemas come with the apply form, when someone applies.
import { createProjectsClient, type ProjectSource } from '@microintern/core';

/** The API client's read interface for `baseUrl`, optionally one company's gigs. */
export function clientSource(baseUrl: string, company: string | undefined): ProjectSource {
  return createProjectsClient({ baseUrl, ...(company ? { company } : {}) });
}
