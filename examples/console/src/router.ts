// The console's places, in the address's fragment so that a reload or a shared link (inside the
// company) lands on the same view, and nothing of it reaches the server's logs.

/** A view of the console. */
export type Route =
  | { view: 'gigs' }
  | { view: 'new-gig' }
  | { view: 'edit-gig'; id: string }
  | { view: 'applicants'; projectId: string; filters?: ApplicantFilters }
  | { view: 'applicant'; id: string }
  | { view: 'not-found'; hash: string };

/**
 * What the applicants list is narrowed to, kept in the address (`?status=received&q=ada`) so
 * that a reload, the Back button or a shared link shows the same list.
 */
export interface ApplicantFilters {
  /** A status name, or left out for all. */
  status?: string;
  /** The search text. */
  q?: string;
}

const ID = '([A-Za-z0-9_-]{1,64})';
const PATTERNS: [RegExp, (m: RegExpExecArray) => Route][] = [
  [/^$/, () => ({ view: 'gigs' })],
  [/^gigs$/, () => ({ view: 'gigs' })],
  [/^gigs\/new$/, () => ({ view: 'new-gig' })],
  [new RegExp(`^gigs/${ID}$`), (m) => ({ view: 'edit-gig', id: m[1]! })],
  [new RegExp(`^gigs/${ID}/applicants$`), (m) => ({ view: 'applicants', projectId: m[1]! })],
  [new RegExp(`^gigs/${ID}/applicants\\?(.*)$`), (m) => applicantsWith(m[1]!, new URLSearchParams(m[2]))],
  [new RegExp(`^applications/${ID}$`), (m) => ({ view: 'applicant', id: m[1]! })],
];

function applicantsWith(projectId: string, params: URLSearchParams): Route {
  const filters: ApplicantFilters = {};
  const status = params.get('status');
  const q = params.get('q');
  if (status) filters.status = status;
  if (q) filters.q = q;
  return Object.keys(filters).length ? { view: 'applicants', projectId, filters } : { view: 'applicants', projectId };
}

/**
 * Reads `location.hash`.
 *
 * @example
 * ```ts
 * parseRoute('#/gigs/p_123/applicants'); // { view: 'applicants', projectId: 'p_123' }
 * parseRoute('#/gigs/p_123/applicants?status=received&q=ada'); // … filters: { status: 'received', q: 'ada' }
 * ```
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/$/, '');
  for (const [pattern, make] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return make(match);
  }
  return { view: 'not-found', hash };
}

/**
 * The link to a view.
 *
 * @example
 * ```ts
 * routeHref({ view: 'applicant', id: 'app_1' }); // '#/applications/app_1'
 * ```
 */
export function routeHref(route: Route): string {
  switch (route.view) {
    case 'gigs': return '#/gigs';
    case 'new-gig': return '#/gigs/new';
    case 'edit-gig': return `#/gigs/${encodeURIComponent(route.id)}`;
    case 'applicants': {
      const params = new URLSearchParams();
      if (route.filters?.status) params.set('status', route.filters.status);
      if (route.filters?.q) params.set('q', route.filters.q);
      const query = params.toString();
      return `#/gigs/${encodeURIComponent(route.projectId)}/applicants${query ? `?${query}` : ''}`;
    }
    case 'applicant': return `#/applications/${encodeURIComponent(route.id)}`;
    case 'not-found': return route.hash;
  }
}
