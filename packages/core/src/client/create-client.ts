import { createApplicationsApi, type ApplicationsApi } from './applications.js';
import { createCompaniesApi, type CompaniesApi } from './companies.js';
import { clientContext } from './http.js';
import type { ClientOptions } from './options.js';
import { createProjectsApi, type ProjectsApi } from './projects.js';

/** A typed client of the Micro-Internship API, made by {@link createClient}. */
export interface MiClient {
  /** Gigs: the `ProjectSource` read interface, plus create, update and close with a secret key. */
  readonly projects: ProjectsApi;
  /** Applying to a gig, and reading applications with a secret key. */
  readonly applications: ApplicationsApi;
  /** The directory of companies. */
  readonly companies: CompaniesApi;
}

/**
 * Creates a client of the Micro-Internship API. Every call takes an `AbortSignal`, fails with a
 * typed `MiError`, and is checked against the core schemas on the way out and the way in. Reads
 * (and writes carrying an `Idempotency-Key`) are retried on network failures and on
 * 408/413/429/5xx, honouring `Retry-After`. Invalid options throw `MiInputError` here, before
 * anything is sent.
 *
 * Methods do not depend on `this`, so `const { page } = mi.projects` works.
 *
 * @example
 * ```ts
 * const mi = createClient({ baseUrl: 'https://api.microintern.dev', company: 'acme' });
 * const page = await mi.projects.page({ schedule: ['weekend'], sort: 'pay', limit: 10 });
 * const receipt = await mi.applications.submit(page.items[0].id, {
 *   applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' },
 *   answers: {},
 *   consent: true,
 * });
 * ```
 */
export function createClient(options: ClientOptions): MiClient {
  const context = clientContext(options);
  return Object.freeze({
    projects: createProjectsApi(context),
    applications: createApplicationsApi(context),
    companies: createCompaniesApi(context),
  });
}
