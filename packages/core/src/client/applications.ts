import * as z from 'zod/mini';
import { MiResponseError } from '../errors/mi-response-error.js';
import { Application, type ApplicationReceipt } from '../models/application.js';
import { ApplicationCount } from '../models/application-count.js';
import { createSubmit } from './application-submit.js';
import { ApplicationStatusChange } from '../models/application-status.js';
import { Id } from '../models/company.js';
import type { Page } from '../models/page.js';
import { parseOrThrow } from '../models/parse.js';
import { MAX_PAGE_SIZE } from '../models/query.js';
import { validateItems } from '../models/validate-items.js';
import type { CallOptions } from '../source.js';
import { createStatusReads, type ApplicationStatusReader } from './application-status-reads.js';
import type { ClientContext, Exchange } from './http.js';
import { resolveIdempotencyKey } from './idempotency-key.js';
import type { SubmitInput } from './application-submit.js';
import type { WriteOptions } from './projects.js';
import { readPage, readResource } from './read-response.js';
import { checkSegment, requireSecret, route } from './routes.js';

export type { SubmitInput } from './application-submit.js';

/** Paging of {@link ApplicationsApi.list}. */
export interface ListApplicationsOptions extends CallOptions {
  cursor?: string;
  /** 1–100; the server's default when left out. */
  limit?: number;
}

const ApplicationsQuery = z.strictObject({
  projectId: z.optional(Id),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE))),
});

// Items are checked one by one (an invalid one is dropped and reported), so the envelope only promises a list.
const CountsEnvelope = z.object({ items: z.array(z.unknown()) });

/** The text of a CSV export; an answer that is not CSV (a proxy's HTML page, say) is an `MiResponseError`. */
function readCsv(body: unknown, { request, response }: Exchange): string {
  const type = response.headers.get('content-type') ?? '';
  if (!/^text\/csv\b/i.test(type)) {
    throw new MiResponseError(request, response, `Expected CSV from GET ${new URL(request.url).pathname}, got ${type || 'no content type'}`);
  }
  return String(body);
}

/**
 * `mi.applications`: applying to a gig, the applicant's status link, and (secret key) reading
 * what came in and moving it along.
 *
 * @example
 * ```ts
 * const receipt = await mi.applications.submit('p_123', {
 *   applicant: { name: 'Ada Lovelace', email: 'ada@example.edu' },
 *   answers: {},
 *   consent: true,
 * });
 * ```
 */
export interface ApplicationsApi extends ApplicationStatusReader {
  /**
   * Sends an application. It carries an `Idempotency-Key` (a new one per call unless given), and
   * every retry of this call repeats that key, so a dropped connection never applies twice.
   * The input is checked first: an invalid application throws `MiInputError` and sends nothing.
   */
  submit(projectId: string, input: SubmitInput, options?: WriteOptions): Promise<ApplicationReceipt>;
  /** One page of the company's applications, in the server's order, optionally for one project (secret key). */
  list(projectId?: string, options?: ListApplicationsOptions): Promise<Page<Application>>;
  /**
   * How many applications each of the company's projects has had, in all and per status
   * (secret key): one {@link ApplicationCount} for every project, open, closed and filled,
   * zeros included. An entry that fails validation is left out and reported to `onInvalid`.
   *
   * @example
   * ```ts
   * const counts = await mi.applications.counts();
   * const waiting = counts.filter((c) => c.byStatus.received > 0).map((c) => c.projectId);
   * ```
   */
  counts(options?: CallOptions): Promise<ApplicationCount[]>;
  /**
   * The company's applications as CSV text (secret key), optionally for one project: the
   * reference API's export, safe to open in a spreadsheet (see `csvField`). An answer that is not
   * `text/csv` is an `MiResponseError`; a refusal is an `MiHttpError` as on every other call.
   *
   * @example
   * ```ts
   * await writeFile('applications.csv', await mi.applications.exportCsv('p_123'));
   * ```
   */
  exportCsv(projectId?: string, options?: CallOptions): Promise<string>;
  /** One of the company's applications with its timeline (secret key); a 404 `MiHttpError` when there is none. */
  get(applicationId: string, options?: CallOptions): Promise<Application>;
  /**
   * Moves an application along (secret key): `reviewing`, then `accepted` or `declined`, with
   * an optional plain-text message the applicant reads on their status link. Each change adds a
   * timeline entry. A move the rules do not allow (anything out of `declined`, say) is a 409
   * `MiHttpError` of type `…/invalid-transition`. Carries an `Idempotency-Key` like `submit`,
   * so a retry after a lost answer never adds the entry twice.
   *
   * @example
   * ```ts
   * await mi.applications.setStatus('app_123', { status: 'reviewing' });
   * const updated = await mi.applications.setStatus('app_123', { status: 'accepted', message: 'Kick-off is Saturday at 10:00.' });
   * updated.timeline?.map((entry) => entry.status); // ['received', 'reviewing', 'accepted']
   * ```
   */
  setStatus(applicationId: string, change: ApplicationStatusChange, options?: WriteOptions): Promise<Application>;
}

/**
 * Builds `mi.applications` for one client.
 *
 * @example
 * ```ts
 * const applications = createApplicationsApi({ http, options });
 * ```
 */
export function createApplicationsApi({ http, options }: ClientContext): ApplicationsApi {
  const readApplications = readPage(Application);
  const readApplication = readResource(Application, 'application');
  const readCounts = readResource(CountsEnvelope, 'list of application counts');

  function companyApplication(applicationId: string, method: string): URL {
    const company = requireSecret(options, method);
    return route(options.baseUrl, ['v1', 'companies', company, 'applications', checkSegment(applicationId, 'applicationId')]);
  }

  return {
    ...createStatusReads({ http, options }),

    submit: createSubmit({ http, options }),

    async list(projectId, { signal, cursor, limit } = {}) {
      const company = requireSecret(options, 'applications.list');
      const query = parseOrThrow(ApplicationsQuery, stripUndefined({ projectId, cursor, limit }), 'Invalid applications query');
      const url = route(options.baseUrl, ['v1', 'companies', company, 'applications'], toParams(query));
      const { value: page } = await http.send({ method: 'GET', url, signal, read: readApplications, conditional: true });
      if (page.skipped.length) options.onInvalid?.(page.skipped, { url: url.href });
      return page;
    },

    async counts({ signal } = {}) {
      const company = requireSecret(options, 'applications.counts');
      const url = route(options.baseUrl, ['v1', 'companies', company, 'application-counts']);
      const { value } = await http.send({ method: 'GET', url, signal, read: readCounts });
      const { items, skipped } = validateItems(value.items, ApplicationCount);
      if (skipped.length) options.onInvalid?.(skipped, { url: url.href });
      return items;
    },

    async exportCsv(projectId, { signal } = {}) {
      const company = requireSecret(options, 'applications.exportCsv');
      const query = parseOrThrow(ApplicationsQuery, stripUndefined({ projectId }), 'Invalid export query');
      const url = route(options.baseUrl, ['v1', 'companies', company, 'applications.csv'], toParams(query));
      const accept = 'text/csv, application/problem+json';
      return (await http.send({ method: 'GET', url, signal, accept, responseType: 'text', read: readCsv })).value;
    },

    async get(applicationId, { signal } = {}) {
      const url = companyApplication(applicationId, 'applications.get');
      return (await http.send({ method: 'GET', url, signal, read: readApplication })).value;
    },

    async setStatus(applicationId, change, { signal, idempotencyKey } = {}) {
      const url = companyApplication(applicationId, 'applications.setStatus');
      const json = parseOrThrow(ApplicationStatusChange, change, 'Invalid status change');
      const key = resolveIdempotencyKey(idempotencyKey);
      return (await http.send({ method: 'PATCH', url, json, idempotencyKey: key, signal, read: readApplication })).value;
    },
  };
}

function toParams(query: Record<string, unknown>): URLSearchParams {
  return new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
}

function stripUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
